// The Layers panel's section controls: cut the body open along a transverse, sagittal or coronal
// plane and move the plane through it.
#pragma once

#include "gui/commands.hpp"

namespace lumbar::app {

class Viewer;

/// Draws the controls inside the current ImGui window; edits viewer.display.section. Turning the
/// section on, or to another plane or side, turns the view to face the cut.
void drawSectionControls(Viewer& viewer, CommandQueue& commands);

} // namespace lumbar::app
