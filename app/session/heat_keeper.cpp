// Keeping the viewer's heat map up to date as a lesson plays.
#include "session/heat_keeper.hpp"

#include "session/lesson_player.hpp"
#include "session/viewer.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::app {

void HeatKeeper::update(
    Viewer& viewer, const LessonPlayer& player, const technique::AnatomySurface& surface, HeatScope scope)
{
    if (scope == HeatScope::Off || !player.loaded()) {
        if (m_scope != HeatScope::Off || m_dose)
            viewer.setHeat({}, 0.0f);
        m_scope = HeatScope::Off;
        m_dose.reset();
        return;
    }
    const technique::PreparedLesson& prepared = player.prepared();
    const std::size_t step = player.currentStep();
    const double fromS
        = scope == HeatScope::CurrentStep && step < prepared.steps.size() ? prepared.steps[step].startS : 0.0;
    const double nowS = player.time();
    if (!m_dose || scope != m_scope || &surface != m_surface || m_dose->fromS() != fromS
        || nowS < m_dose->timeS())
        m_dose.emplace(prepared, surface, fromS, m_sampleS);
    m_scope = scope;
    m_surface = &surface;
    m_dose->advanceTo(nowS);
    const technique::HeatMap map = m_dose->mapAt(nowS);
    viewer.setHeat(map.doseKPaS, map.maxDoseKPaS());
}

} // namespace lumbar::app
