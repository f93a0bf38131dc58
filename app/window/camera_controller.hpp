// Mouse and keyboard to camera: orbit, pan, zoom, frame, reset, view presets.
#pragma once

#include "render/camera.hpp"

#include <SDL.h>

#include <optional>

namespace lumbar::app {

/// What a key asked the application to do beyond moving the camera.
enum class ViewCommand { None, Frame, Reset, Preset };

/// Translates SDL input into camera moves. Left drag orbits; right or middle drag, or shift +
/// left drag, pans; the wheel zooms. Keys: F frames, R resets, 1-7 pick the view presets.
class CameraController {
public:
    /// Radians of orbit per pixel of drag.
    static constexpr float kOrbitRadiansPerPixel = 0.008f;

    /// Applies `event` to `camera` unless the UI owns the mouse (`uiWantsMouse`) or keyboard.
    /// Returns the command a key stands for; `preset` is set for ViewCommand::Preset.
    ViewCommand handle(const SDL_Event& event, Camera& camera, float viewportHeightPx, bool uiWantsMouse,
        bool uiWantsKeyboard, ViewPreset& preset);

private:
    enum class Drag { None, Orbit, Pan };
    Drag m_drag = Drag::None;
};

} // namespace lumbar::app
