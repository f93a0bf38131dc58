// The 3D view's render scale in the window: full resolution while nothing moves, a lower one
// while the camera moves or a lesson plays and the frames run over their budget.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace lumbar::app {

/// The scales the window may render the 3D view at (a share of each side of the drawable), finest
/// first. The scene is blitted up to the window with linear filtering; the panels never scale.
inline constexpr std::array<float, 3> kRenderScales{1.0f, 0.75f, 0.5f};

/// The geometric error the levels of detail may show, in pixels of the picture drawn: 0.75 at full
/// resolution (SceneDraw's default), 2 below it, where the picture moves and is blitted up,
/// softened, to the window (the half-scale lesson frame 36.5 to 31.6 ms; 0.3% of its pixels differ
/// from those at 0.75 by more than 5%).
float lodMaxErrorPxAt(float scale);

/// How the window chooses its render scale (Settings::renderScale).
enum class RenderScaleMode {
    Automatic, ///< lower while things move and the frames are slow, full when still
    AlwaysFull, ///< every frame at full resolution
};

/// "automatic" / "full", as settings.json spells them.
const char* renderScaleModeName(RenderScaleMode mode);

/// What the chooser is told about the frame about to be drawn.
struct FrameFacts {
    double nowS = 0.0; ///< when the frame starts, on any steady clock
    bool moving = false; ///< the camera moved since the last frame, or a lesson plays
    bool exporting = false; ///< a screenshot waits for this frame or a recording runs
};

/// Chooses the window's render scale frame by frame. Pure logic: no clock and no GL of its own.
/// While things move, the mean of the last kFramesJudged frames decides: over kBudgetMs steps to
/// the next lower scale; a finer scale is taken back only when those frames, scaled up by the
/// finer scale's pixels (as if the whole frame were fill), would still meet the budget. That
/// estimate is pessimistic, so a step up never lands over the budget and the scale does not
/// flicker between two levels. The scale reached in motion is kept for the next movement;
/// kStillS after the last movement the view is drawn at full resolution again.
class RenderScaleChooser {
public:
    /// The frame time the window aims for in motion: 30 frames a second.
    static constexpr double kBudgetMs = 33.0;
    /// Frames whose mean decides a change; a new scale is judged on its own frames only.
    static constexpr std::size_t kFramesJudged = 6;
    /// How long after the last movement the view returns to full resolution.
    static constexpr double kStillS = 0.3;

    /// The scale to draw this frame at (one of kRenderScales). Full when `mode` is AlwaysFull or
    /// something is exported, and once nothing has moved for kStillS.
    float choose(const FrameFacts& facts, RenderScaleMode mode);
    /// How long the frame just drawn took (milliseconds, the whole frame). Counts only for frames
    /// drawn at the scale used in motion.
    void recordFrame(double frameMs);

    /// The scale the last choose() returned.
    float scale() const { return m_chosen; }
    /// The scale used while things move (the last one reached).
    float movingScale() const { return kRenderScales[m_level]; }
    /// True while the view is below full resolution: the window keeps drawing frames, so that the
    /// still picture is sharp kStillS after the last movement even without input.
    bool belowFull() const { return m_chosen < 1.0f; }

private:
    std::size_t m_level = 0; ///< index into kRenderScales of the scale used in motion
    std::vector<double> m_framesMs; ///< the latest frames drawn at that scale, oldest first
    float m_chosen = 1.0f;
    bool m_counts = false; ///< the frame being drawn is one of the judged
    bool m_moved = false;
    double m_lastMoveS = 0.0;
};

} // namespace lumbar::app
