// Lesson parsing: every field checked, every problem collected with its JSON path.
#include "anatomy/knowledge_base.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"
#include "technique/lesson.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>

namespace lumbar::technique {
namespace {

/// The lesson's own structure on top of the generic reader; every problem is collected.
class Reader : public JsonReader {
public:
    Reader(std::string source, const KnowledgeBase* knowledge)
        : JsonReader(std::move(source), Policy::Collect), m_knowledge(knowledge)
    {
    }

    /// A string that must spell a value of `Enum` (lesson_vocabulary.hpp); `what` names the kind.
    template <typename Enum>
    std::optional<Enum> choice(
        const Json& object, const ProblemPath& where, const char* key, const char* what, bool required = true)
    {
        const std::optional<std::string> spelled
            = oneOf(object, where, key, spellings<Enum>(), what, required);
        return spelled ? valueSpelled<Enum>(*spelled) : std::nullopt;
    }

    /// A structure id, checked against the knowledge base when there is one.
    bool checkStructure(const std::string& id, const ProblemPath& where)
    {
        if (m_knowledge && !m_knowledge->find(id)) {
            report(where, "\"" + id + "\" is not a structure in the knowledge base");
            return false;
        }
        return true;
    }

    std::optional<Anchor> anchor(const Json& value, const ProblemPath& where);
    std::optional<Stroke> stroke(const Json& value, const ProblemPath& where);
    std::vector<ForceSample> pressure(const Json& value, const ProblemPath& where);
    std::optional<PressurePoint> pressurePoint(const Json& value, const ProblemPath& where);
    Explanation explanation(const Json& object, const ProblemPath& where, const char* key);
    Step step(const Json& value, const ProblemPath& where);
    /// The step's "trigger_points", each checked against its targets' patterns when there is a
    /// knowledge base.
    void triggerPoints(const Json& value, const ProblemPath& where, Step& result);
    std::optional<Lesson> lesson(const Json& root);

private:
    const KnowledgeBase* m_knowledge;
};

std::optional<Anchor> Reader::anchor(const Json& value, const ProblemPath& where)
{
    if (!expectType(value, where, value.is_object(), "an anchor object"))
        return std::nullopt;
    checkKeys(value, where, {"structure", "u", "v", "landmark"});
    Anchor result;
    const bool hasStructure = value.contains("structure");
    const bool hasLandmark = value.contains("landmark");
    if (hasStructure == hasLandmark) {
        report(where, "an anchor names either a \"structure\" (with \"u\" and \"v\") or a \"landmark\"");
        return std::nullopt;
    }
    const std::size_t before = problemCount();
    if (hasLandmark) {
        if (value.contains("u") || value.contains("v"))
            report(where, "a landmark anchor takes no \"u\" or \"v\"");
        if (const auto name = text(value, where, "landmark")) {
            bool known = false;
            for (const std::string& candidate : landmarkNames())
                known = known || candidate == *name;
            if (known)
                result.landmark = *name;
            else
                report(where.member("landmark"),
                    "\"" + *name + "\" is not a landmark; expected one of " + joined(landmarkNames()));
        }
    } else {
        if (const auto id = text(value, where, "structure"))
            if (checkStructure(*id, where.member("structure")))
                result.structure = *id;
        result.u = number(value, where, "u", 0.0, 1.0, "").value_or(0.5);
        result.v = number(value, where, "v", 0.0, 1.0, "").value_or(0.5);
    }
    return problemCount() == before ? std::optional<Anchor>(result) : std::nullopt;
}

std::optional<Stroke> Reader::stroke(const Json& value, const ProblemPath& where)
{
    if (!expectType(value, where, value.is_object(), "an object"))
        return std::nullopt;
    checkKeys(value, where, {"kind", "path", "direction", "speed_cm_s", "repetitions", "repeat"});
    Stroke result;
    const auto kind = choice<StrokeKind>(value, where, "kind", "a stroke kind");
    result.kind = kind.value_or(StrokeKind::Glide);
    if (const auto direction = choice<StrokeDirection>(value, where, "direction", "a stroke direction"))
        result.direction = *direction;
    if (const auto speed = number(value, where, "speed_cm_s", kMinSpeedCmS, kMaxSpeedCmS, "cm/s"))
        result.speedCmS = *speed;
    if (const auto repetitions = integer(value, where, "repetitions", 1, kMaxRepetitions))
        result.repetitions = *repetitions;
    if (const auto repeat = choice<RepeatMode>(value, where, "repeat", "a repeat mode", false))
        result.repeat = *repeat;
    if (const Json* path = field(value, where, "path", true)) {
        const ProblemPath at = where.member("path");
        if (expectType(*path, at, path->is_array(), "an array of anchors")) {
            for (std::size_t i = 0; i < path->size(); ++i)
                if (const auto point = anchor((*path)[i], at.index(i)))
                    result.path.push_back(*point);
            const std::size_t needed = result.kind == StrokeKind::SustainedCompression ? 1 : 2;
            if (path->size() < needed)
                report(at,
                    std::string("a ") + strokeKindName(result.kind) + " stroke needs at least "
                        + std::to_string(needed) + (needed == 1 ? " anchor" : " anchors"));
            // A moving stroke whose anchors all name one place has nowhere to go.
            else if (needed > 1 && result.path.size() == path->size()
                && std::all_of(result.path.begin(), result.path.end(),
                    [&](const Anchor& anchor) { return anchor == result.path.front(); }))
                report(at,
                    std::string("every anchor of this ") + strokeKindName(result.kind)
                        + " stroke names the same place, so the path has no length; move one, or make the "
                          "step a sustained compression");
        }
    }
    return result;
}

std::vector<ForceSample> Reader::pressure(const Json& value, const ProblemPath& where)
{
    std::vector<ForceSample> result;
    if (!expectType(value, where, value.is_object(), "an object"))
        return result;
    checkKeys(value, where, {"profile", "force_N"});
    const bool hasProfile = value.contains("profile");
    if (hasProfile == value.contains("force_N")) {
        report(where, "give either \"profile\" or \"force_N\"");
        return result;
    }
    if (!hasProfile) {
        if (const auto force = number(value, where, "force_N", 0.0, kMaxForceN, "N"))
            result.push_back({0.0, *force});
        return result;
    }
    const Json& profile = value["profile"];
    const ProblemPath at = where.member("profile");
    if (!expectType(profile, at, profile.is_array(), "an array of [u, force_N] pairs"))
        return result;
    if (profile.empty())
        report(at, "needs at least one [u, force_N] pair");
    for (std::size_t i = 0; i < profile.size(); ++i) {
        const Json& pair = profile[i];
        const ProblemPath item = at.index(i);
        if (!expectType(pair, item, pair.is_array() && pair.size() == 2, "a [u, force_N] pair"))
            continue;
        const auto u = number(pair[0], item.index(0), 0.0, 1.0, "");
        const auto force = number(pair[1], item.index(1), 0.0, kMaxForceN, "N");
        if (!u || !force)
            continue;
        if (!result.empty() && *u <= result.back().u)
            report(item.index(0), "u must increase along the profile");
        else
            result.push_back({*u, *force});
    }
    return result;
}

std::optional<PressurePoint> Reader::pressurePoint(const Json& value, const ProblemPath& where)
{
    if (!expectType(value, where, value.is_object(), "an object"))
        return std::nullopt;
    checkKeys(value, where, {"anchor", "hold_s", "force_N"});
    PressurePoint result;
    std::optional<Anchor> place;
    if (const Json* at = field(value, where, "anchor", true))
        place = anchor(*at, where.member("anchor"));
    const auto hold = number(value, where, "hold_s", kMinHoldS, kMaxHoldS, "s");
    const auto force = number(value, where, "force_N", 0.0, kMaxForceN, "N");
    if (!place || !hold || !force)
        return std::nullopt;
    return PressurePoint{*place, *hold, *force};
}

Explanation Reader::explanation(const Json& object, const ProblemPath& where, const char* key)
{
    Explanation result;
    const Json* value = field(object, where, key, true);
    const ProblemPath at = where.member(key);
    if (!value || !expectType(*value, at, value->is_object(), "an object"))
        return result;
    std::vector<std::string> keys = spellings<ExplanationField>();
    keys.push_back("title");
    keys.push_back("cautions");
    checkKeys(*value, at, keys);
    result.title = text(*value, at, "title", false).value_or("");
    for (const ExplanationField field : allValues<ExplanationField>())
        textOf(result, field) = text(*value, at, explanationFieldName(field)).value_or("");
    result.cautions = textList(*value, at, "cautions", false);
    return result;
}

void Reader::triggerPoints(const Json& value, const ProblemPath& where, Step& result)
{
    if (!value.contains("trigger_points"))
        return;
    const ProblemPath at = where.member("trigger_points");
    // textList reports the items that are no text; the rest are checked here by their place.
    textList(value, where, "trigger_points", false);
    const Json& items = value["trigger_points"];
    for (std::size_t i = 0; items.is_array() && i < items.size(); ++i) {
        if (!items[i].is_string() || items[i].get<std::string>().empty())
            continue;
        const std::string id = items[i].get<std::string>();
        if (m_knowledge && !findStepTriggerPoint(result, id, *m_knowledge).point) {
            // Name the points the targets do have, so that the author can pick one.
            std::string known;
            for (const std::string& target : result.targets)
                if (const StructureInfo* structure = m_knowledge->find(target))
                    for (const TriggerPoint& point : structure->referral.triggerPoints)
                        known += (known.empty() ? "" : ", ") + ("\"" + point.id + "\"");
            report(at.index(i),
                "\"" + id + "\" is not a trigger point of the step's targets; "
                    + (known.empty() ? "none of them has trigger points in the knowledge base"
                                     : "they have " + known));
            continue;
        }
        if (std::find(result.triggerPoints.begin(), result.triggerPoints.end(), id)
            != result.triggerPoints.end()) {
            report(at.index(i), "\"" + id + "\" is named twice");
            continue;
        }
        result.triggerPoints.push_back(id);
    }
}

Step Reader::step(const Json& value, const ProblemPath& where)
{
    Step result;
    if (!expectType(value, where, value.is_object(), "a step object"))
        return result;
    checkKeys(value, where,
        {"title", "phase", "tool", "approach", "contact_area_cm2", "targets", "trigger_points", "stroke",
            "pressure", "pressure_points", "duration_s", "explain", "cautions", "check_in", "sources"});
    result.title = text(value, where, "title").value_or("");
    result.phase = choice<Phase>(value, where, "phase", "a phase").value_or(Phase::Assessment);
    result.tool = choice<ToolKind>(value, where, "tool", "a tool").value_or(ToolKind::Palm);
    result.approach
        = choice<Approach>(value, where, "approach", "an approach", false).value_or(Approach::Posterior);
    result.contactAreaCm2
        = number(value, where, "contact_area_cm2", kMinContactAreaCm2, kMaxContactAreaCm2, "cm2", false);
    const ProblemPath targetsAt = where.member("targets");
    for (const std::string& id : textList(value, where, "targets", true)) {
        std::size_t index = 0; // the position in the file, for the message
        while (value["targets"][index] != id)
            ++index;
        if (checkStructure(id, targetsAt.index(index)))
            result.targets.push_back(id);
    }
    if (value.contains("targets") && value["targets"].is_array() && value["targets"].empty())
        report(targetsAt, "a step needs at least one target structure");
    triggerPoints(value, where, result);

    if (const Json* strokeValue = field(value, where, "stroke", false))
        result.stroke = stroke(*strokeValue, where.member("stroke"));
    if (const Json* pressureValue = field(value, where, "pressure", result.stroke.has_value())) {
        if (!result.stroke)
            report(where.member("pressure"), "\"pressure\" applies to a \"stroke\", which this step lacks");
        else
            result.forceProfile = pressure(*pressureValue, where.member("pressure"));
    }
    if (const Json* points = field(value, where, "pressure_points", false)) {
        const ProblemPath at = where.member("pressure_points");
        if (expectType(*points, at, points->is_array(), "an array"))
            for (std::size_t i = 0; i < points->size(); ++i)
                if (const auto point = pressurePoint((*points)[i], at.index(i)))
                    result.pressurePoints.push_back(*point);
    }
    result.durationS = number(value, where, "duration_s", kMinDurationS, kMaxDurationS, "s").value_or(0.0);

    if (const Json* explain = field(value, where, "explain", true)) {
        const ProblemPath at = where.member("explain");
        if (expectType(*explain, at, explain->is_object(), "an object")) {
            checkKeys(*explain, at, spellings<Audience>());
            for (const Audience audience : allValues<Audience>())
                textsFor(result, audience) = explanation(*explain, at, audienceName(audience));
        }
    }
    result.cautions = textList(value, where, "cautions", false);
    result.checkIn = text(value, where, "check_in").value_or("");
    result.sources = textList(value, where, "sources", true);
    const bool hasNumbers = result.stroke.has_value() || value.contains("pressure_points");
    if (hasNumbers && value.contains("sources") && value["sources"].is_array() && value["sources"].empty())
        report(where.member("sources"),
            "a step with a stroke or pressure points names where its numbers come from");
    return result;
}

std::optional<Lesson> Reader::lesson(const Json& root)
{
    const ProblemPath top;
    if (!expectType(root, top, root.is_object(), "a lesson object"))
        return std::nullopt;
    if (const auto format = text(root, top, "format", true, true); format && *format != kLessonFormatName) {
        report(top.member("format"),
            "\"" + *format + "\" is not \"" + kLessonFormatName + "\"; is this a lesson file?");
        return std::nullopt;
    }
    if (const Json* version = field(root, top, "version", true)) {
        if (!version->is_number_integer() || version->get<long long>() < 1) {
            report(top.member("version"), "expected a positive integer, found " + version->dump());
            return std::nullopt;
        }
        if (version->get<long long>() > kLessonFormatVersion) {
            report(top.member("version"),
                version->dump() + " is newer than this build reads (" + std::to_string(kLessonFormatVersion)
                    + "); update LumbarLab to open this lesson");
            return std::nullopt;
        }
    }
    checkKeys(root, top, {"format", "version", "id", "title", "summary", "patient_position", "steps"});
    Lesson result;
    result.id = text(root, top, "id").value_or("");
    result.title = text(root, top, "title").value_or("");
    result.summary = text(root, top, "summary").value_or("");
    if (const auto position = text(root, top, "patient_position")) {
        bool known = false;
        std::vector<std::string> names;
        for (const std::string& candidate : patientPositions()) {
            known = known || *position == candidate;
            names.emplace_back(candidate);
        }
        if (known)
            result.patientPosition = *position;
        else
            report(top.member("patient_position"),
                "\"" + *position + "\" is not a patient position; expected one of " + joined(names));
    }
    if (const Json* steps = field(root, top, "steps", true)) {
        if (expectType(*steps, top.member("steps"), steps->is_array(), "an array of steps")) {
            if (steps->empty())
                report(top.member("steps"), "a lesson needs at least one step");
            for (std::size_t i = 0; i < steps->size(); ++i)
                result.steps.push_back(step((*steps)[i], stepPath(i)));
        }
    }
    return result;
}

} // namespace

LessonParseResult parseLesson(
    const std::string& jsonText, const std::string& sourceName, const KnowledgeBase* knowledge)
{
    LessonParseResult result;
    Reader reader(sourceName, knowledge);
    const ParsedJson parsed = parseJson(jsonText);
    if (!parsed.root) {
        reader.report(ProblemPath(), "not valid JSON: " + parsed.error.description);
        result.problems = reader.takeProblems();
        return result;
    }
    std::optional<Lesson> lesson = reader.lesson(*parsed.root);
    if (!reader.anyProblem())
        result.lesson = std::move(lesson);
    else
        result.draft = std::move(lesson);
    result.problems = reader.takeProblems();
    return result;
}

LessonParseResult loadLesson(const std::filesystem::path& path, const KnowledgeBase* knowledge)
{
    // The built-in lessons are under 100 KB; a lesson of 16 MiB is already absurd, and anything
    // larger (or a device that never ends) would only cost memory before it was refused.
    constexpr std::uintmax_t kMaxLessonBytes = 16u << 20;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(path, kMaxLessonBytes, problem);
    if (!text) {
        LessonParseResult result;
        result.problems.push_back({path.string(), "",
            problem.kind == TextFileProblem::Kind::CannotOpen
                ? "cannot open the file; check that it exists and is readable"
                : "cannot read it: it " + problem.description
                    + "; give a lesson file (.json) saved on disk"});
        return result;
    }
    return parseLesson(*text, path.filename().string(), knowledge);
}

} // namespace lumbar::technique
