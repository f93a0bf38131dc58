// A trusting reader of writeLesson's output: every field taken as written, nothing validated.
#include "authoring/lesson_snapshot.hpp"

#include "core/error.hpp"
#include "core/json_reader.hpp"

namespace lumbar::authoring {
namespace {

using namespace technique;

std::string textAt(const Json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

double numberAt(const Json& object, const char* key, double fallback)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_number() ? found->get<double>() : fallback;
}

std::vector<std::string> textsAt(const Json& object, const char* key)
{
    std::vector<std::string> result;
    const auto found = object.find(key);
    if (found != object.end() && found->is_array())
        for (const Json& item : *found)
            result.push_back(item.is_string() ? item.get<std::string>() : std::string());
    return result;
}

template <typename Enum>
Enum choiceAt(
    const Json& object, const char* key, std::optional<Enum> (*parse)(const std::string&), Enum fallback)
{
    return parse(textAt(object, key)).value_or(fallback);
}

Anchor anchorFrom(const Json& value)
{
    Anchor anchor;
    if (!value.is_object())
        return anchor;
    anchor.landmark = textAt(value, "landmark");
    anchor.structure = textAt(value, "structure");
    anchor.u = numberAt(value, "u", 0.5);
    anchor.v = numberAt(value, "v", 0.5);
    return anchor;
}

Explanation explanationFrom(const Json& explain, const char* audience)
{
    const Json& value = explain.contains(audience) ? explain[audience] : Json::object();
    Explanation result;
    if (value.is_object()) {
        result.title = textAt(value, "title");
        result.cautions = textsAt(value, "cautions");
        for (const ExplanationField field : allValues<ExplanationField>())
            textOf(result, field) = textAt(value, explanationFieldName(field));
    }
    return result;
}

Step stepFrom(const Json& value)
{
    Step step;
    if (!value.is_object())
        return step;
    step.title = textAt(value, "title");
    step.phase = choiceAt(value, "phase", parsePhase, Phase::Assessment);
    step.tool = choiceAt(value, "tool", parseTool, ToolKind::Palm);
    step.approach = choiceAt(value, "approach", parseApproach, Approach::Posterior);
    if (value.contains("contact_area_cm2"))
        step.contactAreaCm2 = numberAt(value, "contact_area_cm2", 0.0);
    step.targets = textsAt(value, "targets");
    step.triggerPoints = textsAt(value, "trigger_points");
    if (value.contains("stroke") && value["stroke"].is_object()) {
        const Json& json = value["stroke"];
        Stroke stroke;
        stroke.kind = choiceAt(json, "kind", parseStrokeKind, StrokeKind::Glide);
        stroke.direction = choiceAt(json, "direction", parseStrokeDirection, StrokeDirection::Superior);
        stroke.speedCmS = numberAt(json, "speed_cm_s", 1.0);
        stroke.repetitions = static_cast<int>(numberAt(json, "repetitions", 1.0));
        stroke.repeat = choiceAt(json, "repeat", parseRepeatMode, RepeatMode::Return);
        if (json.contains("path") && json["path"].is_array())
            for (const Json& anchor : json["path"])
                stroke.path.push_back(anchorFrom(anchor));
        step.stroke = stroke;
    }
    if (value.contains("pressure") && value["pressure"].is_object()) {
        const Json& pressure = value["pressure"];
        if (pressure.contains("force_N"))
            step.forceProfile.push_back({0.0, numberAt(pressure, "force_N", 0.0)});
        else if (pressure.contains("profile") && pressure["profile"].is_array())
            for (const Json& pair : pressure["profile"])
                if (pair.is_array() && pair.size() == 2 && pair[0].is_number() && pair[1].is_number())
                    step.forceProfile.push_back({pair[0].get<double>(), pair[1].get<double>()});
    }
    if (value.contains("pressure_points") && value["pressure_points"].is_array())
        for (const Json& point : value["pressure_points"])
            if (point.is_object())
                step.pressurePoints.push_back({anchorFrom(point.value("anchor", Json::object())),
                    numberAt(point, "hold_s", 0.0), numberAt(point, "force_N", 0.0)});
    step.durationS = numberAt(value, "duration_s", 0.0);
    const Json explain = value.contains("explain") ? value["explain"] : Json::object();
    if (explain.is_object()) {
        for (const Audience audience : allValues<Audience>())
            textsFor(step, audience) = explanationFrom(explain, audienceName(audience));
    }
    step.cautions = textsAt(value, "cautions");
    step.checkIn = textAt(value, "check_in");
    step.sources = textsAt(value, "sources");
    return step;
}

} // namespace

Lesson readLessonSnapshot(const std::string& jsonText)
{
    const ParsedJson parsed = parseJson(jsonText);
    if (!parsed.root || !parsed.root->is_object())
        throw FileError("the autosaved lesson is not a JSON object; discard this autosave");
    const Json& root = *parsed.root;
    Lesson lesson;
    lesson.id = textAt(root, "id");
    lesson.title = textAt(root, "title");
    lesson.summary = textAt(root, "summary");
    lesson.patientPosition = textAt(root, "patient_position");
    if (root.contains("steps") && root["steps"].is_array())
        for (const Json& step : root["steps"])
            lesson.steps.push_back(stepFrom(step));
    return lesson;
}

} // namespace lumbar::authoring
