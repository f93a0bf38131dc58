// The "View" side panel: frame time, model facts, camera controls, opening a model.
#pragma once

#include "render/view_preset.hpp"
#include "session/settings.hpp"

#include <optional>
#include <string>

namespace lumbar::app {

class Viewer;

/// State the panel keeps between frames and what the user asked for this frame.
struct ViewPanelState {
    std::string modelPathInput;
    std::string message; ///< last load result or error, shown in the panel
    bool messageIsError = false;
    float frameMs = 0.0f; ///< CPU time of the last frame, smoothed
    ViewPreset lastPreset = ViewPreset::Oblique;

    // Requests raised by the panel, consumed by the application.
    bool requestFrame = false;
    bool requestReset = false;
    std::optional<ViewPreset> requestPreset;
    std::optional<std::string> requestLoad;
    std::string opening; ///< the model file being opened; empty when none
    double openingS = 0.0; ///< how long it has been opening
    bool requestCancelOpen = false;
    bool requestQuiz = false; ///< start or end quiz mode
    bool requestScreenshotView = false; ///< save the 3D view as PNG (F12)
    bool requestScreenshotWindow = false; ///< save the window with its panels as PNG (Shift+F12)
    bool requestPresentation = false;
};

/// Draws the panel inside the current ImGui frame; the Appearance section edits `settings`.
void drawViewPanel(ViewPanelState& state, const Viewer& viewer, Settings& settings);
/// While a model file is being opened: its name, the seconds so far and a Cancel button, in a
/// small window at the top of the view.
void drawOpeningStatus(ViewPanelState& state);

} // namespace lumbar::app
