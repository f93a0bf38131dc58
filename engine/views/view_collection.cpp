// Reading and writing view collections.
#include "views/view_collection.hpp"

#include "anatomy/knowledge_base.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace lumbar::views {
namespace {

using OrderedJson = nlohmann::ordered_json;

/// A collection of a class's views is a few kilobytes; this leaves room for hundreds of pins.
constexpr std::uintmax_t kMaxCollectionBytes = 8u << 20;
/// Model space is metres round the anatomy: a camera or pin further than this is a slip.
constexpr double kMaxCoordinateM = 20.0;
constexpr double kMaxLessonTimeS = 24.0 * 3600.0;
const std::vector<std::string> kOrientations{"transverse", "sagittal", "coronal"};

class Reader : public JsonReader {
public:
    Reader(std::string source, const KnowledgeBase* knowledge)
        : JsonReader(std::move(source), Policy::Collect), m_knowledge(knowledge)
    {
    }

    bool flag(const Json& object, const ProblemPath& where, const char* key, bool fallback)
    {
        const Json* value = field(object, where, key, false);
        if (!value)
            return fallback;
        return expectType(*value, where.member(key), value->is_boolean(), "true or false")
            ? value->get<bool>()
            : fallback;
    }

    glm::vec3 point(const Json& object, const ProblemPath& where, const char* key)
    {
        glm::vec3 result(0.0f);
        const Json* value = field(object, where, key, true);
        if (!value)
            return result;
        const ProblemPath at = where.member(key);
        if (!expectType(
                *value, at, value->is_array() && value->size() == 3, "an array of 3 numbers (x, y, z)"))
            return result;
        for (std::size_t i = 0; i < 3; ++i)
            result[int(i)] = float(
                number((*value)[i], at.index(i), -kMaxCoordinateM, kMaxCoordinateM, "m").value_or(0.0));
        return result;
    }

    std::string structure(const Json& object, const ProblemPath& where, const char* key, bool required)
    {
        const std::string id = text(object, where, key, required, !required).value_or("");
        if (!id.empty() && m_knowledge && !m_knowledge->find(id))
            report(where.member(key), "\"" + id + "\" is not a structure of the knowledge base");
        return id;
    }

    std::vector<std::string> structures(const Json& object, const ProblemPath& where, const char* key)
    {
        std::vector<std::string> ids = textList(object, where, key, false);
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (m_knowledge && !m_knowledge->find(ids[i]))
                report(where.member(key).index(i),
                    "\"" + ids[i] + "\" is not a structure of the knowledge base");
        return ids;
    }

    std::string layer(const Json& object, const ProblemPath& where, const char* key, bool required)
    {
        const std::string id = text(object, where, key, required, !required).value_or("");
        if (!id.empty() && m_knowledge && !m_knowledge->findLayer(id))
            report(where.member(key),
                "\"" + id + "\" is not a layer (expected one of " + m_knowledge->layerIdList() + ")");
        return id;
    }

private:
    const KnowledgeBase* m_knowledge;
};

SavedView parseView(Reader& reader, const Json& object, const ProblemPath& where)
{
    SavedView view;
    if (!reader.expectType(object, where, object.is_object(), "an object"))
        return view;
    reader.checkKeys(object, where,
        {"name", "camera", "layers", "peel_to", "xray", "body", "hidden", "isolated", "selected", "referral",
            "section", "lesson", "pins"});
    view.name = reader.text(object, where, "name").value_or("");
    if (const Json* camera = reader.field(object, where, "camera", true)) {
        const ProblemPath at = where.member("camera");
        if (reader.expectType(*camera, at, camera->is_object(), "an object")) {
            reader.checkKeys(*camera, at, {"target_m", "distance_m", "yaw_degrees", "pitch_degrees"});
            view.targetM = reader.point(*camera, at, "target_m");
            view.distanceM
                = float(reader.number(*camera, at, "distance_m", 0.001, kMaxCoordinateM, "m").value_or(1.0));
            view.yawDegrees
                = float(reader.number(*camera, at, "yaw_degrees", -360.0, 360.0, "degrees").value_or(0.0));
            view.pitchDegrees
                = float(reader.number(*camera, at, "pitch_degrees", -89.0, 89.0, "degrees").value_or(0.0));
        }
    }
    if (const Json* layers = reader.field(object, where, "layers", false)) {
        const ProblemPath at = where.member("layers");
        if (reader.expectType(*layers, at, layers->is_array(), "an array"))
            for (std::size_t i = 0; i < layers->size(); ++i) {
                const Json& entry = (*layers)[i];
                const ProblemPath place = at.index(i);
                if (!reader.expectType(entry, place, entry.is_object(), "an object"))
                    continue;
                reader.checkKeys(entry, place, {"layer", "visible", "opacity"});
                LayerSetting setting;
                setting.layer = reader.layer(entry, place, "layer", true);
                setting.visible = reader.flag(entry, place, "visible", true);
                setting.opacity = float(reader.number(entry, place, "opacity", 0.0, 1.0, "").value_or(1.0));
                view.layers.push_back(setting);
            }
    }
    view.peelTo = reader.layer(object, where, "peel_to", false);
    view.xray = reader.flag(object, where, "xray", false);
    view.body = reader.flag(object, where, "body", true);
    view.hidden = reader.structures(object, where, "hidden");
    view.isolated = reader.structures(object, where, "isolated");
    view.selected = reader.structure(object, where, "selected", false);
    view.referral = reader.flag(object, where, "referral", false);
    if (const Json* section = reader.field(object, where, "section", false)) {
        const ProblemPath at = where.member("section");
        if (reader.expectType(*section, at, section->is_object(), "an object")) {
            reader.checkKeys(*section, at, {"orientation", "position_m", "flipped"});
            view.section = true;
            view.sectionOrientation
                = reader.oneOf(*section, at, "orientation", kOrientations, "a section orientation")
                      .value_or("transverse");
            view.sectionPositionM
                = float(reader.number(*section, at, "position_m", -kMaxCoordinateM, kMaxCoordinateM, "m")
                            .value_or(0.0));
            view.sectionFlipped = reader.flag(*section, at, "flipped", false);
        }
    }
    if (const Json* lesson = reader.field(object, where, "lesson", false)) {
        const ProblemPath at = where.member("lesson");
        if (reader.expectType(*lesson, at, lesson->is_object(), "an object")) {
            reader.checkKeys(*lesson, at, {"id", "time_s"});
            view.lesson = reader.text(*lesson, at, "id").value_or("");
            view.timeS = reader.number(*lesson, at, "time_s", 0.0, kMaxLessonTimeS, "s").value_or(0.0);
        }
    }
    if (const Json* pins = reader.field(object, where, "pins", false)) {
        const ProblemPath at = where.member("pins");
        if (reader.expectType(*pins, at, pins->is_array(), "an array"))
            for (std::size_t i = 0; i < pins->size(); ++i) {
                const Json& entry = (*pins)[i];
                const ProblemPath place = at.index(i);
                if (!reader.expectType(entry, place, entry.is_object(), "an object"))
                    continue;
                reader.checkKeys(entry, place, {"structure", "point_m", "note"});
                ViewPin pin;
                pin.structure = reader.structure(entry, place, "structure", true);
                pin.pointM = reader.point(entry, place, "point_m");
                pin.note = reader.text(entry, place, "note", true, true).value_or("");
                if (pin.note.size() > kMaxPinNoteChars)
                    reader.report(place.member("note"),
                        "is " + std::to_string(pin.note.size())
                            + " characters long; a pin's note holds at most "
                            + std::to_string(kMaxPinNoteChars));
                view.pins.push_back(pin);
            }
    }
    return view;
}

OrderedJson pointJson(const glm::vec3& p)
{
    return OrderedJson::array({double(p.x), double(p.y), double(p.z)});
}

} // namespace

ViewCollectionParse parseViewCollection(
    const std::string& jsonText, const std::string& sourceName, const KnowledgeBase* knowledge)
{
    ViewCollectionParse result;
    Reader reader(sourceName, knowledge);
    const ParsedJson parsed = parseJson(jsonText);
    const ProblemPath top;
    if (!parsed.root) {
        result.problems.push_back({sourceName, "", "not valid JSON (" + parsed.error.description + ")"});
        return result;
    }
    const Json& root = *parsed.root;
    if (!root.is_object()) {
        result.problems.push_back({sourceName, "",
            "expected an object with \"format\": \"" + std::string(kViewsFormatName) + "\""});
        return result;
    }
    reader.checkKeys(root, top, {"format", "version", "title", "views"});
    const std::string format = reader.text(root, top, "format").value_or("");
    if (!format.empty() && format != kViewsFormatName)
        reader.report(top.member("format"),
            "\"" + format + "\" is not a view collection (expected \"" + kViewsFormatName + "\")");
    if (const std::optional<int> version = reader.integer(root, top, "version", 1, 1000000);
        version && *version > kViewsFormatVersion)
        reader.report(top.member("version"),
            std::to_string(*version) + " is newer than this LumbarLab reads ("
                + std::to_string(kViewsFormatVersion) + "): update LumbarLab");
    ViewCollection collection;
    collection.title = reader.text(root, top, "title").value_or("");
    if (const Json* list = reader.field(root, top, "views", true)) {
        const ProblemPath at = top.member("views");
        if (reader.expectType(*list, at, list->is_array(), "an array"))
            for (std::size_t i = 0; i < list->size(); ++i)
                collection.views.push_back(parseView(reader, (*list)[i], at.index(i)));
    }
    result.problems = reader.takeProblems();
    if (result.problems.empty())
        result.collection = std::move(collection);
    return result;
}

ViewCollectionParse loadViewCollection(const std::filesystem::path& path, const KnowledgeBase* knowledge)
{
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(path, kMaxCollectionBytes, problem);
    if (!text) {
        ViewCollectionParse result;
        result.problems.push_back({path.filename().string(), "",
            "cannot be read: it " + problem.description + "; give a view collection LumbarLab saved"});
        return result;
    }
    return parseViewCollection(*text, path.filename().string(), knowledge);
}

std::string writeViewCollection(const ViewCollection& collection)
{
    OrderedJson views = OrderedJson::array();
    for (const SavedView& view : collection.views) {
        OrderedJson entry;
        entry["name"] = view.name;
        entry["camera"] = {{"target_m", pointJson(view.targetM)}, {"distance_m", double(view.distanceM)},
            {"yaw_degrees", double(view.yawDegrees)}, {"pitch_degrees", double(view.pitchDegrees)}};
        OrderedJson layers = OrderedJson::array();
        for (const LayerSetting& layer : view.layers)
            layers.push_back(
                {{"layer", layer.layer}, {"visible", layer.visible}, {"opacity", double(layer.opacity)}});
        entry["layers"] = layers;
        if (!view.peelTo.empty())
            entry["peel_to"] = view.peelTo;
        entry["xray"] = view.xray;
        entry["body"] = view.body;
        entry["hidden"] = view.hidden;
        entry["isolated"] = view.isolated;
        if (!view.selected.empty())
            entry["selected"] = view.selected;
        entry["referral"] = view.referral;
        if (view.section)
            entry["section"] = {{"orientation", view.sectionOrientation},
                {"position_m", double(view.sectionPositionM)}, {"flipped", view.sectionFlipped}};
        if (!view.lesson.empty())
            entry["lesson"] = {{"id", view.lesson}, {"time_s", view.timeS}};
        OrderedJson pins = OrderedJson::array();
        for (const ViewPin& pin : view.pins)
            pins.push_back(
                {{"structure", pin.structure}, {"point_m", pointJson(pin.pointM)}, {"note", pin.note}});
        entry["pins"] = pins;
        views.push_back(entry);
    }
    const OrderedJson document = {{"format", kViewsFormatName}, {"version", kViewsFormatVersion},
        {"title", collection.title}, {"views", views}};
    return document.dump(2) + "\n";
}

void saveViewCollection(const ViewCollection& collection, const std::filesystem::path& path)
{
    writeFileAtomically(path, writeViewCollection(collection));
}

} // namespace lumbar::views
