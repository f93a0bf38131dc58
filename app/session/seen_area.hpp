// The part of the window's 3D view that the panels leave in sight: the only part worth drawing.
#pragma once

#include "render/pixel_rect.hpp"
#include "session/free_area.hpp"

#include <glm/vec2.hpp>

#include <vector>

namespace lumbar::app {

/// The bounding box of the viewport's pixels that no panel covers, leaving out the gaps between
/// panels and between a panel and the viewport's edge (uncovered strips narrower than about 40
/// pixels): those show the background instead of the scene. The box is at most 8 pixels larger
/// than what is seen on any side (it is found on a grid of 8-pixel cells). Where no part as
/// large as 48 x 48 pixels is uncovered, the whole viewport.
ScreenRect seenArea(const std::vector<ScreenRect>& panels, const glm::vec2& viewport);

/// `area` of a window of `view` pixels (from the top left) in the pixels of a `target` standing
/// for the whole window (from the bottom left, as GL counts them): grown to whole pixels and one
/// more on each side (the blit up to the window filters across a pixel's edge), within the target.
PixelRect targetPart(const ScreenRect& area, const glm::ivec2& view, const glm::ivec2& target);

} // namespace lumbar::app
