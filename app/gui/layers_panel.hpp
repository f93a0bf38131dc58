// The Layers panel: peel away from skin to bone, per-layer visibility and opacity, x-ray, and the
// fibre and label toggles, the section view's plane.
#pragma once

#include "gui/commands.hpp"

namespace lumbar::app {

class Viewer;

/// Draws the panel inside the current ImGui frame and applies changes to the viewer's state.
void drawLayersPanel(Viewer& viewer, CommandQueue& commands);

} // namespace lumbar::app
