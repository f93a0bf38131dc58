// The file spellings of the lesson enums and landmark names, one table each.
#include "technique/lesson.hpp"

#include <array>
#include <utility>

namespace lumbar::technique {
namespace {

template <typename Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table)
        if (candidate == value)
            return name;
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const std::string& text)
{
    for (const auto& [candidate, name] : table)
        if (text == name)
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<Phase, const char*>, 6> kPhases{{
    {Phase::Assessment, "assessment"},
    {Phase::WarmUp, "warm-up"},
    {Phase::DeepWork, "deep work"},
    {Phase::Flush, "flush"},
    {Phase::Stretch, "stretch"},
    {Phase::Aftercare, "aftercare"},
}};

constexpr std::array<std::pair<ToolKind, const char*>, 6> kTools{{
    {ToolKind::Fingertip, "fingertip"},
    {ToolKind::Thumb, "thumb"},
    {ToolKind::Knuckles, "knuckles"},
    {ToolKind::Elbow, "elbow"},
    {ToolKind::Forearm, "forearm"},
    {ToolKind::Palm, "palm"},
}};

constexpr std::array<std::pair<StrokeKind, const char*>, 6> kStrokeKinds{{
    {StrokeKind::Effleurage, "effleurage"},
    {StrokeKind::Glide, "glide"},
    {StrokeKind::Stripping, "stripping"},
    {StrokeKind::CrossFibreFriction, "cross-fibre friction"},
    {StrokeKind::SustainedCompression, "sustained compression"},
    {StrokeKind::Kneading, "kneading"},
}};

constexpr std::array<std::pair<StrokeDirection, const char*>, 7> kDirections{{
    {StrokeDirection::Superior, "superior"},
    {StrokeDirection::Inferior, "inferior"},
    {StrokeDirection::Medial, "medial"},
    {StrokeDirection::Lateral, "lateral"},
    {StrokeDirection::AlongFibres, "along fibres"},
    {StrokeDirection::AcrossFibres, "across fibres"},
    {StrokeDirection::Circular, "circular"},
}};

constexpr std::array<std::pair<RepeatMode, const char*>, 2> kRepeatModes{{
    {RepeatMode::BackAndForth, "back and forth"},
    {RepeatMode::Return, "return"},
}};

constexpr std::array<std::pair<Approach, const char*>, 2> kApproaches{{
    {Approach::Posterior, "posterior"},
    {Approach::Lateral, "lateral"},
}};

} // namespace

std::string Problem::text() const
{
    std::string result = source;
    if (!where.empty())
        result += (result.empty() ? "" : ": ") + where;
    return result + (result.empty() ? "" : ": ") + message;
}

const char* phaseName(Phase phase)
{
    return nameOf(kPhases, phase);
}
const char* toolName(ToolKind tool)
{
    return nameOf(kTools, tool);
}
const char* strokeKindName(StrokeKind kind)
{
    return nameOf(kStrokeKinds, kind);
}
const char* strokeDirectionName(StrokeDirection direction)
{
    return nameOf(kDirections, direction);
}
const char* repeatModeName(RepeatMode mode)
{
    return nameOf(kRepeatModes, mode);
}
const char* approachName(Approach approach)
{
    return nameOf(kApproaches, approach);
}

std::optional<Phase> parsePhase(const std::string& text)
{
    return valueOf(kPhases, text);
}
std::optional<ToolKind> parseTool(const std::string& text)
{
    return valueOf(kTools, text);
}
std::optional<StrokeKind> parseStrokeKind(const std::string& text)
{
    return valueOf(kStrokeKinds, text);
}
std::optional<StrokeDirection> parseStrokeDirection(const std::string& text)
{
    return valueOf(kDirections, text);
}
std::optional<RepeatMode> parseRepeatMode(const std::string& text)
{
    return valueOf(kRepeatModes, text);
}
std::optional<Approach> parseApproach(const std::string& text)
{
    return valueOf(kApproaches, text);
}

const char* audienceName(Audience audience)
{
    switch (audience) {
    case Audience::Student:
        return "student";
    case Audience::Instructor:
        return "instructor";
    case Audience::Patient:
        break;
    }
    return "patient";
}

std::optional<Audience> parseAudience(const std::string& text)
{
    for (const Audience audience : {Audience::Student, Audience::Instructor, Audience::Patient})
        if (text == audienceName(audience))
            return audience;
    return std::nullopt;
}

const Explanation& textsFor(const Step& step, Audience audience)
{
    switch (audience) {
    case Audience::Student:
        return step.explain.student;
    case Audience::Instructor:
        return step.explain.instructor;
    case Audience::Patient:
        break;
    }
    return step.explain.patient;
}

Explanation& textsFor(Step& step, Audience audience)
{
    return const_cast<Explanation&>(textsFor(static_cast<const Step&>(step), audience));
}

const std::vector<std::string>& patientPositions()
{
    static const std::vector<std::string> positions{
        "prone", "supine", "side-lying left", "side-lying right", "seated"};
    return positions;
}

const std::vector<std::string>& landmarkNames()
{
    static const std::vector<std::string> names{"psis.left", "psis.right", "iliac_crest.left",
        "iliac_crest.right", "spinous_process.t11", "spinous_process.t12", "spinous_process.l1",
        "spinous_process.l2", "spinous_process.l3", "spinous_process.l4", "spinous_process.l5", "sacral_base",
        "rib_11_tip.left", "rib_11_tip.right", "rib_12_tip.left", "rib_12_tip.right"};
    return names;
}

} // namespace lumbar::technique
