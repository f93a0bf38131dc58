// Opening a lesson at a moment and building what it adds to the 3D view.
#include "session/lesson_scene.hpp"

#include "core/error.hpp"
#include "session/lesson_loading.hpp"
#include "session/viewer.hpp"
#include "technique/heat_map.hpp"

namespace lumbar::app {

std::optional<ToolFrame> toolFrameOf(const technique::FrameState& state)
{
    if (!state.valid || !state.toolInContact)
        return std::nullopt;
    // Along the stroke while stroking; along the hand's long axis while holding.
    const glm::vec3 heading
        = glm::length(state.pathHeading) > 0.5f ? state.pathHeading : state.toolOrientation[0];
    return ToolFrame{state.toolPosition, state.toolOrientation[1], heading};
}

HeatScope heatScopeFromName(const std::string& name)
{
    if (name == "step")
        return HeatScope::CurrentStep;
    if (name == "session")
        return HeatScope::SessionSoFar;
    return HeatScope::Off;
}

SceneExtras momentExtras(TechniqueOverlay& overlay, const LessonPlayer& player, const Viewer& viewer,
    bool heatShown, double wallTimeS)
{
    SceneExtras extras;
    if (!player.loaded())
        return extras;
    extras = overlay.build(player.prepared(), player.frame(), viewer, wallTimeS);
    extras.showHeat = heatShown;
    return extras;
}

Bounds workedRegion(const technique::PreparedLesson& prepared, std::size_t stepIndex)
{
    Bounds region;
    if (stepIndex >= prepared.steps.size())
        return region;
    const technique::PreparedStep& step = prepared.steps[stepIndex];
    for (const glm::vec3& point : step.path.points)
        region.add(point);
    for (const technique::PreparedPressurePoint& point : step.pressurePoints)
        region.add(point.position);
    if (region.empty())
        return region;
    region.add(region.min - glm::vec3(kWorkedRegionMarginM));
    region.add(region.max + glm::vec3(kWorkedRegionMarginM));
    return region;
}

double illustrativeMomentS(const technique::PreparedLesson& prepared, std::size_t stepIndex)
{
    const technique::PreparedStep& step = prepared.steps.at(stepIndex);
    if (step.passTimeS > 0.0 && !step.path.points.empty())
        return step.startS + 0.4 * step.passTimeS;
    if (!step.pressurePoints.empty()) {
        const technique::PreparedPressurePoint& point = step.pressurePoints.front();
        return step.startS + point.startS + 0.5 * point.holdS;
    }
    return step.startS + 0.5 * step.durationS;
}

LessonScene::LessonScene(Viewer& viewer, const std::filesystem::path& path)
    : m_viewer(viewer),
      m_surface(std::make_unique<technique::AnatomySurface>(viewer.model(), &viewer.knowledgeBase()))
{
    LoadedLesson loaded = loadAndPrepareLesson(path, viewer.knowledgeBase(), *m_surface);
    if (!loaded.prepared) {
        std::string message = "the lesson " + inQuotes(path.string()) + " cannot be used:";
        for (const std::string& problem : loaded.problems)
            message += "\n  " + problem;
        throw Error(message + "\n(check it with --check-routine " + path.string() + ")");
    }
    m_warnings = std::move(loaded.problems);
    m_player.load(std::move(*loaded.prepared));
}

LessonScene::LessonScene(Viewer& viewer, technique::PreparedLesson prepared)
    : m_viewer(viewer),
      m_surface(std::make_unique<technique::AnatomySurface>(viewer.model(), &viewer.knowledgeBase()))
{
    m_player.load(std::move(prepared));
}

void LessonScene::seekStep(int stepNumber, double offsetS)
{
    const std::size_t steps = prepared().steps.size();
    if (stepNumber < 1 || std::size_t(stepNumber) > steps)
        throw Error("--step " + std::to_string(stepNumber) + ": the lesson has only " + std::to_string(steps)
            + " steps");
    m_player.seekStep(std::size_t(stepNumber - 1));
    m_player.seek(m_player.time() + offsetS);
}

SceneExtras LessonScene::extras(HeatScope heat, double pulseTimeS)
{
    // Off leaves the viewer's heat alone: the window keeps its own heat map uploaded.
    if (heat != HeatScope::Off)
        m_heat.update(m_viewer, m_player, *m_surface, heat);
    SceneExtras extras = momentExtras(m_overlay, m_player, m_viewer, heat != HeatScope::Off, pulseTimeS);
    // Handouts, recordings and --output show the lesson, not where the user's pointer happens to be.
    extras.pointerHighlights = false;
    return extras;
}

} // namespace lumbar::app
