// The part of the window the panels leave free for the 3D view: the camera frames into it, so the
// anatomy is never hidden behind a panel.
#pragma once

#include <glm/vec2.hpp>

#include <vector>

namespace lumbar::app {

/// An axis-aligned rectangle in window pixels (origin top left).
struct ScreenRect {
    glm::vec2 min{0.0f};
    glm::vec2 max{0.0f};

    bool operator==(const ScreenRect&) const = default;
};

/// The viewport minus the panels along its edges: a panel hugging the left or right edge (within
/// 5% of it) and narrower than 45% of the viewport narrows the area; one of the others hugging the
/// bottom or top edge and lower than half the viewport shortens it. Panels floating elsewhere are
/// ignored (they cover part of the view wherever the camera looks). When less than a quarter of
/// the width or height would be left, the whole viewport is given.
ScreenRect freeArea(const std::vector<ScreenRect>& panels, const glm::vec2& viewport);

} // namespace lumbar::app
