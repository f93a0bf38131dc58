// Edits of the lesson's own fields, its list of steps and each step's scalar fields and targets.
#include "authoring/lesson_edits.hpp"

#include "authoring/edit_helpers.hpp"

namespace lumbar::authoring {
namespace detail {

ProblemPath stepPlace(std::size_t step)
{
    return technique::stepPath(step);
}

std::string stepName(std::size_t step)
{
    return "step " + std::to_string(step + 1);
}

std::string moveLabel(const std::string& thing, std::size_t from, std::size_t to)
{
    if (to + 1 == from)
        return "Move " + thing + " up";
    if (to == from + 1)
        return "Move " + thing + " down";
    return "Move " + thing + " to " + std::to_string(to + 1);
}

void editStep(LessonDocument& document, std::size_t step, const std::string& label,
    const std::function<void(technique::Step&)>& edit, const std::string& mergeKey)
{
    document.apply(
        label, [&](technique::Lesson& lesson) { edit(element(lesson.steps, step, "step")); }, mergeKey);
}

technique::Stroke& strokeOf(technique::Step& step)
{
    if (!step.stroke)
        throw std::logic_error("lesson edit: the step has no stroke; addStroke first");
    return *step.stroke;
}

} // namespace detail

using namespace detail;
using technique::Lesson;
using technique::Step;

void setLessonId(LessonDocument& document, const std::string& id)
{
    document.apply(
        "Edit lesson id", [&](Lesson& lesson) { lesson.id = id; }, "id");
}

void setLessonTitle(LessonDocument& document, const std::string& title)
{
    document.apply(
        "Edit lesson title", [&](Lesson& lesson) { lesson.title = title; }, "title");
}

void setLessonSummary(LessonDocument& document, const std::string& summary)
{
    document.apply(
        "Edit summary", [&](Lesson& lesson) { lesson.summary = summary; }, "summary");
}

void setPatientPosition(LessonDocument& document, const std::string& position)
{
    document.apply(
        "Set patient position to " + position, [&](Lesson& lesson) { lesson.patientPosition = position; });
}

Step defaultStep(const Lesson& lesson, std::size_t at)
{
    Step step;
    step.title = "New step";
    step.tool = technique::ToolKind::Palm;
    step.durationS = 60.0;
    if (at > 0 && at <= lesson.steps.size()) {
        step.phase = lesson.steps[at - 1].phase;
        step.targets = lesson.steps[at - 1].targets;
    } else {
        step.phase = technique::Phase::Assessment;
        step.targets = {"skin"};
    }
    return step;
}

std::size_t addStep(LessonDocument& document, std::size_t at)
{
    document.apply("Add " + stepName(at), [&](Lesson& lesson) {
        checkInsert(lesson.steps, at, "a step");
        lesson.steps.insert(lesson.steps.begin() + static_cast<std::ptrdiff_t>(at), defaultStep(lesson, at));
    });
    return at;
}

std::size_t duplicateStep(LessonDocument& document, std::size_t index)
{
    document.apply("Duplicate " + stepName(index), [&](Lesson& lesson) {
        const Step copy = element(lesson.steps, index, "step");
        lesson.steps.insert(lesson.steps.begin() + static_cast<std::ptrdiff_t>(index + 1), copy);
    });
    return index + 1;
}

void moveStep(LessonDocument& document, std::size_t from, std::size_t to)
{
    document.apply(moveLabel(stepName(from), from, to),
        [&](Lesson& lesson) { moveElement(lesson.steps, from, to, "step"); });
}

void deleteStep(LessonDocument& document, std::size_t index)
{
    document.apply("Delete " + stepName(index), [&](Lesson& lesson) {
        element(lesson.steps, index, "step");
        lesson.steps.erase(lesson.steps.begin() + static_cast<std::ptrdiff_t>(index));
    });
}

void setStepTitle(LessonDocument& document, std::size_t step, const std::string& title)
{
    editStep(
        document, step, "Edit " + stepName(step) + " title", [&](Step& s) { s.title = title; },
        stepPlace(step).member("title").text());
}

void setStepPhase(LessonDocument& document, std::size_t step, technique::Phase phase)
{
    editStep(document, step, "Set " + stepName(step) + " phase to " + technique::phaseName(phase),
        [&](Step& s) { s.phase = phase; });
}

void setStepTool(LessonDocument& document, std::size_t step, technique::ToolKind tool)
{
    editStep(document, step, "Set " + stepName(step) + " tool to " + technique::toolName(tool),
        [&](Step& s) { s.tool = tool; });
}

void setStepApproach(LessonDocument& document, std::size_t step, technique::Approach approach)
{
    editStep(document, step, "Set " + stepName(step) + " approach to " + technique::approachName(approach),
        [&](Step& s) { s.approach = approach; });
}

void setContactArea(LessonDocument& document, std::size_t step, std::optional<double> areaCm2)
{
    editStep(
        document, step,
        areaCm2 ? "Set " + stepName(step) + " contact area"
                : "Use the tool's contact area in " + stepName(step),
        [&](Step& s) { s.contactAreaCm2 = areaCm2; }, stepPlace(step).member("contact_area_cm2").text());
}

void setDuration(LessonDocument& document, std::size_t step, double durationS)
{
    editStep(
        document, step, "Set " + stepName(step) + " duration", [&](Step& s) { s.durationS = durationS; },
        stepPlace(step).member("duration_s").text());
}

void addTarget(LessonDocument& document, std::size_t step, const std::string& structureId)
{
    editStep(document, step, "Add target " + structureId + " to " + stepName(step),
        [&](Step& s) { s.targets.push_back(structureId); });
}

void setTriggerPointTreated(LessonDocument& document, std::size_t step, const std::string& id, bool treated)
{
    const std::vector<std::string>& named = document.lesson().steps.at(step).triggerPoints;
    const bool already = std::find(named.begin(), named.end(), id) != named.end();
    if (already == treated)
        return;
    editStep(document, step,
        (treated ? "Name trigger point " : "Unname trigger point ") + id + " in " + stepName(step),
        [&](Step& s) {
            if (treated)
                s.triggerPoints.push_back(id);
            else
                s.triggerPoints.erase(std::find(s.triggerPoints.begin(), s.triggerPoints.end(), id));
        });
}

void removeTarget(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(
        document, step, "Remove target " + std::to_string(index + 1) + " of " + stepName(step), [&](Step& s) {
            element(s.targets, index, "target");
            s.targets.erase(s.targets.begin() + static_cast<std::ptrdiff_t>(index));
        });
}

void replaceTarget(
    LessonDocument& document, std::size_t step, std::size_t index, const std::string& structureId)
{
    editStep(document, step,
        "Set target " + std::to_string(index + 1) + " of " + stepName(step) + " to " + structureId,
        [&](Step& s) { element(s.targets, index, "target") = structureId; });
}

} // namespace lumbar::authoring
