// The render scale chooser: a mean over the last frames, a pessimistic estimate to step back up.
#include "session/render_scale.hpp"

#include <numeric>

namespace lumbar::app {

float lodMaxErrorPxAt(float scale)
{
    constexpr float kFullPx = 0.75f, kScaledPx = 2.0f;
    return scale < 1.0f ? kScaledPx : kFullPx;
}

const char* renderScaleModeName(RenderScaleMode mode)
{
    return mode == RenderScaleMode::AlwaysFull ? "full" : "automatic";
}

float RenderScaleChooser::choose(const FrameFacts& facts, RenderScaleMode mode)
{
    if (mode == RenderScaleMode::AlwaysFull) {
        m_level = 0;
        m_framesMs.clear();
        m_moved = false;
    }
    if (facts.moving) {
        m_moved = true;
        m_lastMoveS = facts.nowS;
    }
    const bool still = !m_moved || facts.nowS - m_lastMoveS >= kStillS;
    // Exports are pictures of record: always the full resolution, and not judged (a recording
    // renders frames of its own inside the window's frame).
    m_counts = mode == RenderScaleMode::Automatic && !facts.exporting && !still;
    m_chosen = m_counts ? kRenderScales[m_level] : 1.0f;
    return m_chosen;
}

void RenderScaleChooser::recordFrame(double frameMs)
{
    if (!m_counts)
        return;
    m_framesMs.push_back(frameMs);
    if (m_framesMs.size() > kFramesJudged)
        m_framesMs.erase(m_framesMs.begin());
    if (m_framesMs.size() < kFramesJudged)
        return;
    const double meanMs
        = std::accumulate(m_framesMs.begin(), m_framesMs.end(), 0.0) / double(m_framesMs.size());
    if (meanMs > kBudgetMs && m_level + 1 < kRenderScales.size()) {
        ++m_level;
        m_framesMs.clear();
    } else if (m_level > 0) {
        const double finer = kRenderScales[m_level - 1] / kRenderScales[m_level];
        if (meanMs * finer * finer <= kBudgetMs) {
            --m_level;
            m_framesMs.clear();
        }
    }
}

} // namespace lumbar::app
