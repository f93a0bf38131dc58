// The heat map shown on the viewer, kept up to date as a lesson plays.
#pragma once

#include "session/heat_scope.hpp"
#include "technique/heat_map.hpp"

#include <optional>

namespace lumbar::technique {
class AnatomySurface;
}

namespace lumbar::app {

class LessonPlayer;
class Viewer;

/// Uploads the dose of a heat scope up to the player's moment to the viewer: from the current
/// step's start (CurrentStep) or from the lesson's start (SessionSoFar), the lesson sampled every
/// `sampleS` seconds, exactly as technique::accumulateDose gives it. While the lesson plays on,
/// each update adds only the time since the last (an hour's lesson no longer costs the whole hour
/// again at every refresh); it starts again when the scope, the step or the surface changes or
/// time goes back.
class HeatKeeper {
public:
    explicit HeatKeeper(double sampleS) : m_sampleS(sampleS) { }

    /// Off, or no lesson loaded, clears the viewer's heat map.
    void update(Viewer& viewer, const LessonPlayer& player, const technique::AnatomySurface& surface,
        HeatScope scope);
    /// Forgets the map kept: the next update starts again (a new lesson, or the surface's vertices
    /// moved).
    void reset() { m_dose.reset(); }
    HeatScope scope() const { return m_scope; }

private:
    double m_sampleS;
    HeatScope m_scope = HeatScope::Off;
    const technique::AnatomySurface* m_surface = nullptr;
    std::optional<technique::DoseAccumulator> m_dose;
};

} // namespace lumbar::app
