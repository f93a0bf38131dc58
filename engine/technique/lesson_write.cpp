// Lesson to JSON text: the fields of docs/lesson-format.md in their documented order.
#include "technique/lesson_write.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace lumbar::technique {
namespace {

using OrderedJson = nlohmann::ordered_json;

/// A whole number as an integer (60, not 60.0, as people write it); anything else as a double,
/// which nlohmann writes in the shortest form that reads back exactly.
OrderedJson number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15
        && !(value == 0.0 && std::signbit(value)))
        return static_cast<long long>(value);
    return value;
}

OrderedJson anchorJson(const Anchor& anchor)
{
    OrderedJson result = OrderedJson::object();
    if (anchor.isLandmark()) {
        result["landmark"] = anchor.landmark;
        return result;
    }
    result["structure"] = anchor.structure;
    result["u"] = number(anchor.u);
    result["v"] = number(anchor.v);
    return result;
}

OrderedJson strokeJson(const Stroke& stroke)
{
    OrderedJson result = OrderedJson::object();
    result["kind"] = strokeKindName(stroke.kind);
    result["direction"] = strokeDirectionName(stroke.direction);
    result["speed_cm_s"] = number(stroke.speedCmS);
    result["repetitions"] = stroke.repetitions;
    result["repeat"] = repeatModeName(stroke.repeat);
    OrderedJson path = OrderedJson::array();
    for (const Anchor& anchor : stroke.path)
        path.push_back(anchorJson(anchor));
    result["path"] = std::move(path);
    return result;
}

/// One sample at u 0 is what {"force_N": f} reads as; anything else needs the profile form.
OrderedJson pressureJson(const std::vector<ForceSample>& profile)
{
    OrderedJson result = OrderedJson::object();
    if (profile.size() == 1 && profile.front().u == 0.0 && !std::signbit(profile.front().u)) {
        result["force_N"] = number(profile.front().forceN);
        return result;
    }
    OrderedJson pairs = OrderedJson::array();
    for (const ForceSample& sample : profile)
        pairs.push_back(OrderedJson::array({number(sample.u), number(sample.forceN)}));
    result["profile"] = std::move(pairs);
    return result;
}

OrderedJson explanationJson(const Explanation& explanation)
{
    OrderedJson result = OrderedJson::object();
    if (!explanation.title.empty())
        result["title"] = explanation.title;
    for (const ExplanationField field : allValues<ExplanationField>())
        result[explanationFieldName(field)] = textOf(explanation, field);
    if (!explanation.cautions.empty())
        result["cautions"] = explanation.cautions;
    return result;
}

OrderedJson stepJson(const Step& step)
{
    OrderedJson result = OrderedJson::object();
    result["title"] = step.title;
    result["phase"] = phaseName(step.phase);
    result["tool"] = toolName(step.tool);
    // Posterior is the default; only a lateral approach is written, as lessons are written by hand.
    if (step.approach != Approach::Posterior)
        result["approach"] = approachName(step.approach);
    if (step.contactAreaCm2)
        result["contact_area_cm2"] = number(*step.contactAreaCm2);
    result["targets"] = step.targets;
    if (!step.triggerPoints.empty())
        result["trigger_points"] = step.triggerPoints;
    if (step.stroke)
        result["stroke"] = strokeJson(*step.stroke);
    // Written even without a stroke, so that validating the text reports the stray profile.
    if (step.stroke || !step.forceProfile.empty())
        result["pressure"] = pressureJson(step.forceProfile);
    if (!step.pressurePoints.empty()) {
        OrderedJson points = OrderedJson::array();
        for (const PressurePoint& point : step.pressurePoints) {
            OrderedJson item = OrderedJson::object();
            item["anchor"] = anchorJson(point.anchor);
            item["hold_s"] = number(point.holdS);
            item["force_N"] = number(point.forceN);
            points.push_back(std::move(item));
        }
        result["pressure_points"] = std::move(points);
    }
    result["duration_s"] = number(step.durationS);
    OrderedJson explain = OrderedJson::object();
    for (const Audience audience : allValues<Audience>())
        explain[audienceName(audience)] = explanationJson(textsFor(step, audience));
    result["explain"] = std::move(explain);
    if (!step.cautions.empty())
        result["cautions"] = step.cautions;
    result["check_in"] = step.checkIn;
    result["sources"] = step.sources;
    return result;
}

} // namespace

std::string writeLesson(const Lesson& lesson)
{
    OrderedJson root = OrderedJson::object();
    root["format"] = kLessonFormatName;
    root["version"] = kLessonFormatVersion;
    root["id"] = lesson.id;
    root["title"] = lesson.title;
    root["summary"] = lesson.summary;
    root["patient_position"] = lesson.patientPosition;
    OrderedJson steps = OrderedJson::array();
    for (const Step& step : lesson.steps)
        steps.push_back(stepJson(step));
    root["steps"] = std::move(steps);
    try {
        return root.dump(2) + "\n";
    } catch (const OrderedJson::type_error& error) {
        throw Error("lesson \"" + lesson.id + "\": a text is not valid UTF-8 (" + error.what()
            + "); retype the text that was pasted last and save again");
    }
}

} // namespace lumbar::technique
