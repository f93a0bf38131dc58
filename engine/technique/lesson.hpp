// A massage lesson as data: steps, tools, strokes, pressures and texts (format: docs/lesson-format.md).
#pragma once

#include "core/problem_path.hpp"
#include "technique/lesson_vocabulary.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
struct StructureInfo;
struct TriggerPoint;
} // namespace lumbar

namespace lumbar::technique {

/// The lesson format this build reads; newer files are refused, never misread.
inline constexpr int kLessonFormatVersion = 1;
/// The value of the "format" field every lesson file carries.
inline constexpr const char* kLessonFormatName = "lumbarlab-lesson";

/// The ranges the parser accepts and the editor offers; docs/lesson-format.md lists the same numbers.
inline constexpr double kMinSpeedCmS = 0.1;
inline constexpr double kMaxSpeedCmS = 60.0;
inline constexpr int kMaxRepetitions = 100;
inline constexpr double kMaxForceN = 300.0;
inline constexpr double kMinHoldS = 1.0;
inline constexpr double kMaxHoldS = 600.0;
inline constexpr double kMinDurationS = 1.0;
inline constexpr double kMaxDurationS = 3600.0;
inline constexpr double kMinContactAreaCm2 = 0.5;
inline constexpr double kMaxContactAreaCm2 = 150.0;

/// A place named by anatomy, never by coordinates: either a spot on a structure's posterior surface
/// (u inferior to superior, v medial to lateral, both 0..1 of its extent) or a named bony landmark.
struct Anchor {
    std::string structure; ///< structure id; empty for a landmark
    double u = 0.5;
    double v = 0.5;
    std::string landmark; ///< e.g. "psis.left"; empty for a structure spot

    bool isLandmark() const { return !landmark.empty(); }

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const Anchor&) const = default;
};

/// One sample of the force profile: `u` is the progress of one pass of the stroke (0..1).
struct ForceSample {
    double u = 0.0;
    double forceN = 0.0;

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const ForceSample&) const = default;
};

/// The moving part of a step.
struct Stroke {
    StrokeKind kind = StrokeKind::Glide;
    std::vector<Anchor> path; ///< at least one; one anchor is a stroke in place
    StrokeDirection direction = StrokeDirection::Superior;
    double speedCmS = 1.0; ///< along the surface
    int repetitions = 1;
    RepeatMode repeat = RepeatMode::Return;

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const Stroke&) const = default;
};

/// A spot pressed and held still.
struct PressurePoint {
    Anchor anchor;
    double holdS = 0.0;
    double forceN = 0.0;

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const PressurePoint&) const = default;
};

/// The four short texts of one audience, and optionally the step's title in its words.
struct Explanation {
    std::string what;
    std::string why;
    std::string how;
    std::string avoid;
    /// The step's title for this audience ("Slow forearm pressure beside the spine" for patients);
    /// empty: the step's own title.
    std::string title = {};
    /// The step's cautions in this audience's words; empty: the step's own cautions.
    std::vector<std::string> cautions = {};

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const Explanation&) const = default;
};

/// The texts of a step for each audience.
struct StepTexts {
    Explanation student; ///< technical
    Explanation instructor; ///< teaching points
    Explanation patient; ///< plain language, honest about the evidence

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const StepTexts&) const = default;
};

struct Step {
    std::string title;
    Phase phase = Phase::Assessment;
    ToolKind tool = ToolKind::Palm;
    Approach approach = Approach::Posterior; ///< where structure anchors are projected from
    std::optional<double> contactAreaCm2; ///< overrides the tool's default contact area
    std::vector<std::string> targets; ///< structure ids; the first is the surface the tool travels on
    /// The trigger points the step treats: ids in the referral pattern of one of its targets
    /// (anatomy/referral_pattern.hpp; "superficial_upper" of quadratus lumborum). May be empty.
    std::vector<std::string> triggerPoints;
    std::optional<Stroke> stroke;
    std::vector<ForceSample> forceProfile; ///< sorted by u; empty when the step has no stroke
    std::vector<PressurePoint> pressurePoints;
    double durationS = 0.0; ///< the step lasts at least this long
    StepTexts explain;
    std::vector<std::string> cautions;
    std::string checkIn; ///< what the therapist asks the client
    std::vector<std::string> sources; ///< where the numbers come from

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const Step&) const = default;
};

struct Lesson {
    std::string id;
    std::string title;
    std::string summary;
    std::string patientPosition; ///< "prone", "side-lying left", ...
    std::vector<Step> steps;

    /// Field by field; the editor and the round-trip tests compare whole lessons.
    bool operator==(const Lesson&) const = default;
};

/// One thing wrong with a lesson file (core/problem_path.hpp): where, as a JSON path such as
/// "steps[3].tool", and what.
using lumbar::Problem;

/// "steps[3]": the place of step `index` (from 0) in a lesson, as Problem::where names it.
ProblemPath stepPath(std::size_t index);
/// The step a place lies in ("steps[3].tool" gives 3); nullopt for a place outside the steps.
std::optional<std::size_t> stepIndexOf(const std::string& where);

/// The outcome of reading a lesson: the lesson only when there is no problem at all.
struct LessonParseResult {
    std::optional<Lesson> lesson; ///< the lesson, when it has no problem
    std::vector<Problem> problems;
    /// A lesson file (its format and version right) that has problems, as far as it reads: a
    /// draft saved half-written, which the editor opens so that its author can finish it.
    std::optional<Lesson> draft;

    bool ok() const { return lesson.has_value() && problems.empty(); }
};

/// Parses a lesson from JSON text. Validates every field (types, allowed values, ranges, unknown
/// fields, structure ids when `knowledge` is given, landmark names) and collects every problem with
/// its location; never throws on bad content and never drops a step.
LessonParseResult parseLesson(
    const std::string& jsonText, const std::string& sourceName, const KnowledgeBase* knowledge = nullptr);
/// Reads `path` and parses it; a missing or unreadable file is reported as a problem.
LessonParseResult loadLesson(const std::filesystem::path& path, const KnowledgeBase* knowledge = nullptr);

/// The file spelling of each value ("warm-up", "cross-fibre friction", "back and forth", ...), from
/// the tables of lesson_vocabulary.hpp.
const char* phaseName(Phase phase);
const char* toolName(ToolKind tool);
const char* strokeKindName(StrokeKind kind);
const char* strokeDirectionName(StrokeDirection direction);
const char* repeatModeName(RepeatMode mode);
const char* approachName(Approach approach);

/// Parses a file spelling; nullopt when `text` names no value.
std::optional<Phase> parsePhase(const std::string& text);
std::optional<ToolKind> parseTool(const std::string& text);
std::optional<StrokeKind> parseStrokeKind(const std::string& text);
std::optional<StrokeDirection> parseStrokeDirection(const std::string& text);
std::optional<RepeatMode> parseRepeatMode(const std::string& text);
std::optional<Approach> parseApproach(const std::string& text);

/// A trigger point a step names, found in its targets' referral patterns.
struct StepTriggerPoint {
    const StructureInfo* structure = nullptr; ///< the first target whose pattern has the point
    const TriggerPoint* point = nullptr;
    std::size_t number = 0; ///< its number in the pattern's list, from 1, as the info card shows it
};
/// The trigger point `id` in the patterns of `step`'s targets, the first target first; nulls when
/// none of them has it (or `knowledge` lacks them).
StepTriggerPoint findStepTriggerPoint(
    const Step& step, const std::string& id, const KnowledgeBase& knowledge);

/// Every landmark name an anchor may use ("psis.left", "spinous_process.l3", ...); definitions in
/// docs/lesson-format.md and anatomy_surface.hpp.
const std::vector<std::string>& landmarkNames();
/// "student", "instructor" or "patient", as in the lesson file and on the command line.
const char* audienceName(Audience audience);
/// The audience spelled `text`; nullopt for anything else.
std::optional<Audience> parseAudience(const std::string& text);
/// "what", "why", "how" or "avoid", as in the lesson file.
const char* explanationFieldName(ExplanationField field);
/// The field spelled `text`; nullopt for anything else.
std::optional<ExplanationField> parseExplanationField(const std::string& text);
/// One of the four texts of `explanation`.
const std::string& textOf(const Explanation& explanation, ExplanationField field);
std::string& textOf(Explanation& explanation, ExplanationField field);
/// The step's four texts written for `audience`.
const Explanation& textsFor(const Step& step, Audience audience);
Explanation& textsFor(Step& step, Audience audience);

/// The patient positions a lesson may name ("prone", "side-lying left", ...).
const std::vector<std::string>& patientPositions();

} // namespace lumbar::technique
