// A lesson scene: a lesson opened on the viewer's anatomy to draw chosen moments of it. The
// one-frame render, the handout pictures and the recorded frames all go through here, and the
// window builds its extras with the same function.
#pragma once

#include "anatomy/section_plane.hpp"
#include "session/heat_keeper.hpp"
#include "session/heat_scope.hpp"
#include "session/lesson_player.hpp"
#include "session/technique_overlay.hpp"
#include "technique/anatomy_surface.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

class Viewer;

/// The heat scope a command-line spelling names ("off", "step", "session"); Off for anything else.
HeatScope heatScopeFromName(const std::string& name);

/// The extras of the player's current moment: tool, path and markers, and the heat map switched
/// on when `heatShown` (upload it with a HeatKeeper first).
SceneExtras momentExtras(TechniqueOverlay& overlay, const LessonPlayer& player, const Viewer& viewer,
    bool heatShown, double wallTimeS);

/// A moment of step `stepIndex` that shows the tool at work: 40% into the first pass of a stroke,
/// half-way through the first hold of a step without one, else the middle of the step.
double illustrativeMomentS(const technique::PreparedLesson& prepared, std::size_t stepIndex);

/// Where step `stepIndex` works: its path and pressure points, with room for the tool around
/// them (kWorkedRegionMarginM). Empty when the step has neither (a step that could not be placed).
Bounds workedRegion(const technique::PreparedLesson& prepared, std::size_t stepIndex);
/// The room left around the worked points: about the tool's reach above the skin.
inline constexpr float kWorkedRegionMarginM = 0.06f;

/// Where the tool of `state` is, for a section plane through it; none when no tool is on the body.
std::optional<ToolFrame> toolFrameOf(const technique::FrameState& state);

/// A lesson placed on the viewer's current anatomy, with its own clock and overlay.
class LessonScene {
public:
    /// Reads and prepares `path`. Throws lumbar::Error listing the problems when the lesson cannot
    /// be used; anchors the anatomy lacks are kept in warnings() and the lesson still plays.
    LessonScene(Viewer& viewer, const std::filesystem::path& path);
    /// A lesson already prepared on the viewer's current anatomy (the one the window plays).
    LessonScene(Viewer& viewer, technique::PreparedLesson prepared);

    const technique::PreparedLesson& prepared() const { return m_player.prepared(); }
    const LessonPlayer& player() const { return m_player; }
    const std::vector<std::string>& warnings() const { return m_warnings; }
    void setAudience(Audience audience) { m_player.audience = audience; }

    /// Moves the clock to `lessonS` (clamped to the lesson).
    void seek(double lessonS) { m_player.seek(lessonS); }
    /// Moves the clock `offsetS` into step `stepNumber` (1-based); throws lumbar::Error when the
    /// lesson has fewer steps.
    void seekStep(int stepNumber, double offsetS);
    double time() const { return m_player.time(); }

    /// This moment's extras with the heat map of `heat` uploaded to the viewer (Off leaves the
    /// viewer's heat as it is and only hides it). `pulseTimeS` is the
    /// phase of the pressure points' pulse, so the same moment always looks the same.
    SceneExtras extras(HeatScope heat, double pulseTimeS = 0.0);

private:
    Viewer& m_viewer;
    std::unique_ptr<technique::AnatomySurface> m_surface;
    LessonPlayer m_player;
    TechniqueOverlay m_overlay;
    HeatKeeper m_heat{0.1};
    std::vector<std::string> m_warnings;
};

} // namespace lumbar::app
