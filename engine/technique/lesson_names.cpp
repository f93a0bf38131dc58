// The lesson enumerations' named functions over the tables of lesson_vocabulary.hpp, the
// explanation texts by audience and field, step places, and the landmark and patient-position names.
#include "anatomy/knowledge_base.hpp"
#include "technique/lesson.hpp"

namespace lumbar::technique {

ProblemPath stepPath(std::size_t index)
{
    return ProblemPath().member("steps").index(index);
}

std::optional<std::size_t> stepIndexOf(const std::string& where)
{
    const std::optional<ProblemPath> path = ProblemPath::parse(where);
    return path ? path->indexIn("steps") : std::nullopt;
}

StepTriggerPoint findStepTriggerPoint(const Step& step, const std::string& id, const KnowledgeBase& knowledge)
{
    for (const std::string& target : step.targets)
        if (const StructureInfo* structure = knowledge.find(target))
            for (std::size_t i = 0; i < structure->referral.triggerPoints.size(); ++i)
                if (structure->referral.triggerPoints[i].id == id)
                    return {structure, &structure->referral.triggerPoints[i], i + 1};
    return {};
}

const char* phaseName(Phase phase)
{
    return spellingOf(phase);
}
const char* toolName(ToolKind tool)
{
    return spellingOf(tool);
}
const char* strokeKindName(StrokeKind kind)
{
    return spellingOf(kind);
}
const char* strokeDirectionName(StrokeDirection direction)
{
    return spellingOf(direction);
}
const char* repeatModeName(RepeatMode mode)
{
    return spellingOf(mode);
}
const char* approachName(Approach approach)
{
    return spellingOf(approach);
}

std::optional<Phase> parsePhase(const std::string& text)
{
    return valueSpelled<Phase>(text);
}
std::optional<ToolKind> parseTool(const std::string& text)
{
    return valueSpelled<ToolKind>(text);
}
std::optional<StrokeKind> parseStrokeKind(const std::string& text)
{
    return valueSpelled<StrokeKind>(text);
}
std::optional<StrokeDirection> parseStrokeDirection(const std::string& text)
{
    return valueSpelled<StrokeDirection>(text);
}
std::optional<RepeatMode> parseRepeatMode(const std::string& text)
{
    return valueSpelled<RepeatMode>(text);
}
std::optional<Approach> parseApproach(const std::string& text)
{
    return valueSpelled<Approach>(text);
}

const char* audienceName(Audience audience)
{
    return spellingOf(audience);
}
std::optional<Audience> parseAudience(const std::string& text)
{
    return valueSpelled<Audience>(text);
}
const char* explanationFieldName(ExplanationField field)
{
    return spellingOf(field);
}
std::optional<ExplanationField> parseExplanationField(const std::string& text)
{
    return valueSpelled<ExplanationField>(text);
}

const std::string& textOf(const Explanation& explanation, ExplanationField field)
{
    switch (field) {
    case ExplanationField::What:
        return explanation.what;
    case ExplanationField::Why:
        return explanation.why;
    case ExplanationField::How:
        return explanation.how;
    case ExplanationField::Avoid:
        break;
    }
    return explanation.avoid;
}

std::string& textOf(Explanation& explanation, ExplanationField field)
{
    return const_cast<std::string&>(textOf(static_cast<const Explanation&>(explanation), field));
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
        "rib_11_tip.left", "rib_11_tip.right", "rib_12_tip.left", "rib_12_tip.right",
        "greater_trochanter.left", "greater_trochanter.right", "ischial_tuberosity.left",
        "ischial_tuberosity.right", "coccyx_tip"};
    return names;
}

} // namespace lumbar::technique
