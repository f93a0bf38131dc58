// The Layers panel's section controls: cut the body open along a transverse, sagittal or coronal
// plane and move the plane through it.
#pragma once

#include "anatomy/section_plane.hpp"
#include "gui/commands.hpp"

#include <optional>

namespace lumbar::app {

class Viewer;

/// Draws the controls inside the current ImGui window; edits viewer.display.section. Turning the
/// section on, or to another plane or side, turns the view to face the cut. With the lesson's
/// `tool` on the body, "To the tool" moves a transverse or sagittal plane to it.
void drawSectionControls(Viewer& viewer, CommandQueue& commands, const std::optional<ToolFrame>& tool = {});

} // namespace lumbar::app
