// Which part of the window the panels leave free.
#include "session/free_area.hpp"

#include <algorithm>

namespace lumbar::app {

ScreenRect freeArea(const std::vector<ScreenRect>& panels, const glm::vec2& viewport)
{
    constexpr float kEdge = 0.05f; // how close to an edge a panel must start to hug it
    constexpr float kMaxSide = 0.45f; // wider side panels are floating, not a column
    constexpr float kMaxBand = 0.5f; // higher bottom or top panels likewise
    constexpr float kMinLeft = 0.25f; // less than this left: frame into the whole viewport
    ScreenRect area{{0.0f, 0.0f}, viewport};
    std::vector<const ScreenRect*> others;
    for (const ScreenRect& panel : panels) {
        const glm::vec2 size = panel.max - panel.min;
        if (panel.min.x <= kEdge * viewport.x && size.x < kMaxSide * viewport.x)
            area.min.x = std::max(area.min.x, panel.max.x);
        else if (panel.max.x >= (1.0f - kEdge) * viewport.x && size.x < kMaxSide * viewport.x)
            area.max.x = std::min(area.max.x, panel.min.x);
        else
            others.push_back(&panel);
    }
    for (const ScreenRect* panel : others) {
        const float height = panel->max.y - panel->min.y;
        if (height >= kMaxBand * viewport.y)
            continue;
        if (panel->max.y >= (1.0f - kEdge) * viewport.y)
            area.max.y = std::min(area.max.y, panel->min.y);
        else if (panel->min.y <= kEdge * viewport.y)
            area.min.y = std::max(area.min.y, panel->max.y);
    }
    const glm::vec2 left = area.max - area.min;
    if (left.x < kMinLeft * viewport.x || left.y < kMinLeft * viewport.y)
        return {{0.0f, 0.0f}, viewport};
    return area;
}

} // namespace lumbar::app
