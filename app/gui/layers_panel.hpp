// The Layers panel: peel away from skin to bone, per-layer visibility and opacity, x-ray, and the
// fibre and label toggles.
#pragma once

namespace lumbar::app {

class Viewer;

/// Draws the panel inside the current ImGui frame and applies changes to the viewer's state.
void drawLayersPanel(Viewer& viewer);

} // namespace lumbar::app
