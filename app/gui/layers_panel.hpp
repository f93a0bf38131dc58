// The Layers panel: peel away from skin to bone, per-layer visibility and opacity, x-ray, and the
// fibre and label toggles, the section view's plane.
#pragma once

#include "anatomy/section_plane.hpp"
#include "gui/commands.hpp"

#include <optional>

namespace lumbar::app {

class Viewer;

/// Draws the panel inside the current ImGui frame and applies changes to the viewer's state.
void drawLayersPanel(Viewer& viewer, CommandQueue& commands, const std::optional<ToolFrame>& tool = {});

} // namespace lumbar::app
