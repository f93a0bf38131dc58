// The interactive loop and the panels: the camera frames into the part of the window they leave
// free, and only the part of the view they leave in sight is drawn.
#include "session/seen_area.hpp"
#include "window/interactive_loop.hpp"

namespace lumbar::app {

void InteractiveLoop::fitViewToPanels(const glm::vec2& displaySize)
{
    if (displaySize.x <= 0.0f || displaySize.y <= 0.0f)
        return;
    const ScreenRect free
        = freeArea(m_presentation.active ? std::vector<ScreenRect>() : m_gui.panelRects(), displaySize);
    Camera& camera = m_viewer.camera();
    const glm::vec2 min = free.min / displaySize, max = free.max / displaySize;
    if (min == camera.framingMin && max == camera.framingMax)
        return;
    camera.framingMin = min;
    camera.framingMax = max;
    if (!std::exchange(m_framedToPanels, true)) {
        m_viewer.resetView(m_viewPanel.lastPreset);
        if (m_palpation.active())
            m_palpation.frame(m_viewer);
        else if (m_inspector.views.current) // a collection given at start: its view as saved
            applyView(m_viewer, m_inspector.views.collection.views[*m_inspector.views.current]);
    }
}

std::optional<ScreenRect> InteractiveLoop::seenPart(
    const glm::vec2& displaySize, const glm::ivec2& drawable) const
{
    // A screenshot or a recording reads the whole view; presenting shows no panels.
    if (m_presentation.active || m_export.needsFullScale() || displaySize.x <= 0.0f || displaySize.y <= 0.0f)
        return std::nullopt;
    const ScreenRect area = seenArea(m_gui.panelRects(), displaySize);
    const glm::vec2 toPixels = glm::vec2(drawable) / displaySize;
    return ScreenRect{area.min * toPixels, area.max * toPixels};
}

} // namespace lumbar::app
