// A lesson resolved on one anatomy, ready to play: paths, timelines, tools; and the frame at a time.
#pragma once

#include "technique/lesson.hpp"
#include "technique/pressure.hpp"
#include "technique/stroke_path.hpp"
#include "technique/tool.hpp"

#include <glm/glm.hpp>

#include <array>
#include <span>
#include <vector>

namespace lumbar::technique {

class AnatomySurface;

/// Settings of preparation; every default is documented where it is defined.
struct PrepareOptions {
    ToolTable tools = defaultToolTable(); ///< indexed by ToolKind
    TissueModel tissue;
    DiscomfortScale discomfort;
    double pathSpacingM = 0.002; ///< distance between path points
};

/// A pressure point placed on the surface, with its place in the step's timeline.
struct PreparedPressurePoint {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    glm::vec3 fibreDirection{0.0f};
    double holdS = 0.0;
    double forceN = 0.0;
    double startS = 0.0; ///< step-local time the hold begins
};

/// One step on the timeline. Within the step: the stroke passes from 0 to strokeTimeS, then the
/// pressure points are held one after another, then the tool rests until durationS.
/// A trigger point a step treats, placed on its muscle.
struct PreparedTriggerPoint {
    std::string structureId;
    std::string pointId;
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
};

struct PreparedStep {
    std::size_t index = 0; ///< into PreparedLesson::lesson.steps
    double startS = 0.0; ///< lesson time the step begins
    double durationS = 0.0; ///< max(the step's duration_s, stroke time + holds)
    double passTimeS = 0.0; ///< one pass of the stroke: path length / speed
    double strokeTimeS = 0.0; ///< all repetitions
    SurfacePath path; ///< empty when the step has no stroke or it could not be placed
    ToolSpec tool;
    double contactAreaCm2 = 0.0;
    std::vector<PreparedPressurePoint> pressurePoints;
    /// The trigger points the step names (Step::triggerPoints), on each target whose pattern has
    /// them; empty without a knowledge base.
    std::vector<PreparedTriggerPoint> triggerPoints;
};

/// The whole lesson on one anatomy. Owns a copy of the lesson; evaluate() needs nothing else.
struct PreparedLesson {
    Lesson lesson;
    PrepareOptions options;
    std::vector<PreparedStep> steps;
    double totalDurationS = 0.0;
    std::vector<Problem> problems; ///< anchors or targets the anatomy lacks; those parts stay empty
};

/// Resolves every anchor on `surface`, builds the paths (on each step's first target), tools and
/// timelines. Never throws on content: what cannot be placed is reported in `problems`, and the
/// step keeps its place and duration on the timeline.
PreparedLesson prepareLesson(
    const Lesson& lesson, const AnatomySurface& surface, const PrepareOptions& options = {});

/// What the tool is doing at a moment of a step.
enum class Activity { Stroke, Hold, Rest };

/// A pressure point as drawn at a moment.
struct PressurePointState {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    double holdS = 0.0;
    double remainingHoldS = 0.0; ///< the full hold before it starts, 0 once done
    double forceN = 0.0;
    bool active = false; ///< being held now
};

/// Everything to draw at one moment. The spans and pointers point into the PreparedLesson, which
/// must outlive the FrameState.
struct FrameState {
    bool valid = false; ///< false for a lesson without steps
    double lessonTimeS = 0.0; ///< clamped to 0..total duration
    std::size_t stepIndex = 0;
    double stepTimeS = 0.0;
    const Step* step = nullptr; ///< title, phase, texts, cautions and check-in that apply now
    Phase phase = Phase::Assessment;
    ToolKind tool = ToolKind::Palm;
    Activity activity = Activity::Rest;
    bool toolInContact = false; ///< false while resting or when nothing could be placed

    glm::vec3 toolPosition{0.0f}; ///< on the surface
    glm::mat3 toolOrientation{1.0f}; ///< columns: x stroke direction, y surface normal, z = x cross y
    /// Where the path heads at the tool (unit, in space, the path's own direction even on the way
    /// back of a back-and-forth stroke); zero when not stroking.
    glm::vec3 pathHeading{0.0f};
    glm::vec3 toolAxis{0.0f, 0.0f, -1.0f}; ///< the direction pressed along, from the attack angle

    double forceN = 0.0;
    double contactAreaCm2 = 0.0;
    double pressureKPa = 0.0;
    double indentationDepthM = 0.0;
    double indentationRadiusM = 0.0;
    double fibreAngleDeg = 0.0;
    FibreClass fibreClass = FibreClass::None; ///< None while still or where there are no fibres
    double discomfort = 0.0; ///< expected, 0-10
    DiscomfortClass discomfortClass = DiscomfortClass::Light;

    std::span<const glm::vec3> path; ///< the current step's polyline
    double pathProgress = 0.0; ///< 0..1 of the path length, where the tool is now
    bool travellingForward = true; ///< false on the return passes of a back-and-forth stroke
    int repetition = 0; ///< 0-based pass of the stroke
    int repetitions = 0;
    std::vector<PressurePointState> pressurePoints;
};

/// The state at `lessonTimeS` (clamped to the lesson). Pure: the same input gives the same output
/// whatever was evaluated before, and it only interpolates what prepareLesson computed.
FrameState evaluate(const PreparedLesson& prepared, double lessonTimeS);

/// The force of a step's profile at pass progress u (linear between samples, constant past the ends).
double forceAt(const std::vector<ForceSample>& profile, double u);

} // namespace lumbar::technique
