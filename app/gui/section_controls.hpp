// The Layers panel's section controls: cut the body open along a transverse, sagittal or coronal
// plane and move the plane through it.
#pragma once

namespace lumbar::app {

class Viewer;

/// Draws the controls inside the current ImGui window; edits viewer.display.section.
void drawSectionControls(Viewer& viewer);

} // namespace lumbar::app
