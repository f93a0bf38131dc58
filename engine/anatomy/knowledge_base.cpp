// Knowledge base parsing with field-level messages.
#include "anatomy/knowledge_base.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace lumbar {
namespace {

/// Format version this build reads; a newer file is refused rather than misread.
constexpr int kFormatVersion = 1;

const char* const kSides[] = {"left", "right", "midline"};
const char* const kKinds[] = {"muscle", "bone", "disc", "fascia", "skin", "organ", "ligament"};

class Reader {
public:
    explicit Reader(std::string sourceName) : m_source(std::move(sourceName)) { }

    [[noreturn]] void fail(const std::string& where, const std::string& what) const
    {
        throw Error(m_source + ": " + where + ": " + what);
    }

    std::string text(
        const nlohmann::json& object, const std::string& where, const char* key, bool required = true) const
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                fail(where, std::string("\"") + key + "\" is missing");
            return {};
        }
        if (!found->is_string())
            fail(where + "." + key, "expected a string, found " + std::string(found->type_name()));
        return found->get<std::string>();
    }

    template <std::size_t N>
    std::string oneOf(const nlohmann::json& object, const std::string& where, const char* key,
        const char* const (&allowed)[N]) const
    {
        const std::string value = text(object, where, key);
        for (const char* candidate : allowed)
            if (value == candidate)
                return value;
        std::string list;
        for (const char* candidate : allowed)
            list += (list.empty() ? "" : ", ") + std::string(candidate);
        fail(where + "." + key, "\"" + value + "\" is not allowed (expected one of " + list + ")");
    }

private:
    std::string m_source;
};

} // namespace

const StructureInfo* KnowledgeBase::find(const std::string& id) const
{
    for (const StructureInfo& structure : structures)
        if (structure.id == id)
            return &structure;
    return nullptr;
}

const LayerInfo* KnowledgeBase::findLayer(const std::string& id) const
{
    for (const LayerInfo& layer : layers)
        if (layer.id == id)
            return &layer;
    return nullptr;
}

std::string KnowledgeBase::layerIdList() const
{
    std::string list;
    for (const LayerInfo& layer : layers)
        list += (list.empty() ? "" : ", ") + layer.id;
    return list;
}

int KnowledgeBase::layerDepth(const StructureInfo& structure) const
{
    const LayerInfo* layer = findLayer(structure.layer);
    return layer ? layer->depth : -1;
}

std::string normalizeFmaId(const std::string& text)
{
    std::string digits = text;
    if (digits.rfind("FMA", 0) == 0 || digits.rfind("fma", 0) == 0)
        digits = digits.substr(3);
    if (digits.empty()
        || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    return "FMA" + digits;
}

KnowledgeBase parseKnowledgeBase(const std::string& jsonText, const std::string& sourceName)
{
    const Reader reader(sourceName);
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(jsonText);
    } catch (const nlohmann::json::parse_error& error) {
        throw Error(
            sourceName + ": not valid JSON (byte " + std::to_string(error.byte) + "): " + error.what());
    }
    if (!root.is_object())
        reader.fail("top level", "expected an object with \"version\", \"layers\" and \"structures\"");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        reader.fail("version", "expected an integer format version");
    if (version->get<int>() > kFormatVersion)
        reader.fail("version",
            std::to_string(version->get<int>()) + " is newer than this LumbarLab reads ("
                + std::to_string(kFormatVersion) + "): update LumbarLab");

    KnowledgeBase base;
    const auto layers = root.find("layers");
    if (layers == root.end() || !layers->is_array() || layers->empty())
        reader.fail("layers", "expected a non-empty array");
    for (std::size_t i = 0; i < layers->size(); ++i) {
        const nlohmann::json& entry = (*layers)[i];
        const std::string where = "layers[" + std::to_string(i) + "]";
        if (!entry.is_object())
            reader.fail(where, "expected an object");
        LayerInfo layer;
        layer.id = reader.text(entry, where, "id");
        layer.name = reader.text(entry, where, "name");
        layer.depth = int(i);
        if (base.findLayer(layer.id))
            reader.fail(where + ".id", "\"" + layer.id + "\" appears twice");
        base.layers.push_back(layer);
    }
    const std::string layerList = base.layerIdList();

    const auto structures = root.find("structures");
    if (structures == root.end() || !structures->is_array())
        reader.fail("structures", "expected an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < structures->size(); ++i) {
        const nlohmann::json& entry = (*structures)[i];
        const std::string where = "structures[" + std::to_string(i) + "]";
        if (!entry.is_object())
            reader.fail(where, "expected an object");
        StructureInfo s;
        s.id = reader.text(entry, where, "id");
        if (s.id.empty())
            reader.fail(where + ".id", "must not be empty");
        if (!ids.insert(s.id).second)
            reader.fail(where + ".id", "\"" + s.id + "\" appears twice");
        s.name = reader.text(entry, where, "name");
        s.latin = reader.text(entry, where, "latin");
        s.fma = reader.text(entry, where, "fma", false);
        if (!s.fma.empty() && normalizeFmaId(s.fma) != s.fma)
            reader.fail(
                where + ".fma", "\"" + s.fma + "\" is not an FMA id (expected FMA followed by digits)");
        s.layer = reader.text(entry, where, "layer");
        if (!base.findLayer(s.layer))
            reader.fail(
                where + ".layer", "\"" + s.layer + "\" is not a layer (expected one of " + layerList + ")");
        s.side = reader.oneOf(entry, where, "side", kSides);
        s.kind = reader.oneOf(entry, where, "kind", kKinds);
        s.region = reader.text(entry, where, "region", false);
        s.origin = reader.text(entry, where, "origin", false);
        s.insertion = reader.text(entry, where, "insertion", false);
        s.action = reader.text(entry, where, "action", false);
        s.innervation = reader.text(entry, where, "innervation", false);
        s.palpation = reader.text(entry, where, "palpation", false);
        s.cautions = reader.text(entry, where, "cautions", false);
        base.structures.push_back(std::move(s));
    }
    return base;
}

KnowledgeBase loadKnowledgeBase(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw Error("cannot open the knowledge base " + quoted(path.string()) + ": file not found");
    std::ostringstream text;
    text << file.rdbuf();
    return parseKnowledgeBase(text.str(), path.filename().string());
}

} // namespace lumbar
