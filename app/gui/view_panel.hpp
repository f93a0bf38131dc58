// The "View" side panel: frame time, model facts, camera controls, opening a model.
#pragma once

#include "gui/commands.hpp"
#include "render/view_preset.hpp"
#include "session/settings.hpp"

#include <optional>
#include <string>

namespace lumbar::app {

class Viewer;

/// State the panel keeps between frames.
struct ViewPanelState {
    std::string modelPathInput;
    std::string message; ///< last load result or error, shown in the panel
    bool messageIsError = false;
    float frameMs = 0.0f; ///< CPU time of the last frame, smoothed
    float renderScale = 1.0f; ///< the share of each side of the window the 3D view was drawn at
    ViewPreset lastPreset = ViewPreset::Oblique;
    std::string opening; ///< the model file being opened; empty when none
    double openingS = 0.0; ///< how long it has been opening
};

/// Draws the panel inside the current ImGui frame; the Appearance section edits `settings`, the
/// buttons push their commands.
void drawViewPanel(ViewPanelState& state, const Viewer& viewer, Settings& settings, CommandQueue& commands);
/// While a model file is being opened: its name, the seconds so far and a Cancel button, in a
/// small window at the top of the view.
void drawOpeningStatus(const ViewPanelState& state, CommandQueue& commands);

} // namespace lumbar::app
