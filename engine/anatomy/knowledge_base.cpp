// Knowledge base parsing with field-level messages.
#include "anatomy/knowledge_base.hpp"

#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <vector>

namespace lumbar {
namespace {

/// Format version this build reads; a newer file is refused rather than misread.
constexpr int kFormatVersion = 1;

const char* const kSides[] = {"left", "right", "midline"};
const char* const kKinds[] = {"muscle", "bone", "disc", "fascia", "skin", "organ", "ligament", "fat"};

/// The knowledge base's reading: the app cannot run without it, so the first problem is thrown.
class Reader : public JsonReader {
public:
    explicit Reader(std::string sourceName) : JsonReader(std::move(sourceName), Policy::ThrowFirst) { }

    /// A string member; "" when it is optional and absent.
    std::string string(const Json& object, const ProblemPath& where, const char* key, bool required = true)
    {
        return text(object, where, key, required, true).value_or("");
    }

    template <std::size_t N>
    std::string allowed(
        const Json& object, const ProblemPath& where, const char* key, const char* const (&names)[N])
    {
        const std::string value = string(object, where, key);
        const std::vector<std::string> list(std::begin(names), std::end(names));
        if (std::find(list.begin(), list.end(), value) == list.end())
            fail(
                where.member(key), "\"" + value + "\" is not allowed (expected one of " + joined(list) + ")");
        return value;
    }
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
    Reader reader(sourceName);
    const ProblemPath top;
    const ParsedJson parsed = parseJson(jsonText);
    if (!parsed.root)
        reader.fail(top,
            "not valid JSON (byte " + std::to_string(parsed.error.byte) + "): " + parsed.error.description);
    const Json& root = *parsed.root;
    if (!root.is_object())
        reader.fail(top, "top level: expected an object with \"version\", \"layers\" and \"structures\"");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        reader.fail(top.member("version"), "expected an integer format version");
    if (version->get<long long>() > kFormatVersion)
        reader.fail(top.member("version"),
            version->dump() + " is newer than this LumbarLab reads (" + std::to_string(kFormatVersion)
                + "): update LumbarLab");

    KnowledgeBase base;
    const auto layers = root.find("layers");
    if (layers == root.end() || !layers->is_array() || layers->empty())
        reader.fail(top.member("layers"), "expected a non-empty array");
    for (std::size_t i = 0; i < layers->size(); ++i) {
        const Json& entry = (*layers)[i];
        const ProblemPath where = top.member("layers").index(i);
        if (!entry.is_object())
            reader.fail(where, "expected an object");
        LayerInfo layer;
        layer.id = reader.string(entry, where, "id");
        layer.name = reader.string(entry, where, "name");
        layer.depth = int(i);
        if (base.findLayer(layer.id))
            reader.fail(where.member("id"), "\"" + layer.id + "\" appears twice");
        base.layers.push_back(layer);
    }
    const std::string layerList = base.layerIdList();

    const auto structures = root.find("structures");
    if (structures == root.end() || !structures->is_array())
        reader.fail(top.member("structures"), "expected an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < structures->size(); ++i) {
        const Json& entry = (*structures)[i];
        const ProblemPath where = top.member("structures").index(i);
        if (!entry.is_object())
            reader.fail(where, "expected an object");
        StructureInfo s;
        s.id = reader.string(entry, where, "id");
        if (s.id.empty())
            reader.fail(where.member("id"), "must not be empty");
        if (!ids.insert(s.id).second)
            reader.fail(where.member("id"), "\"" + s.id + "\" appears twice");
        s.name = reader.string(entry, where, "name");
        s.latin = reader.string(entry, where, "latin");
        s.fma = reader.string(entry, where, "fma", false);
        if (!s.fma.empty() && normalizeFmaId(s.fma) != s.fma)
            reader.fail(
                where.member("fma"), "\"" + s.fma + "\" is not an FMA id (expected FMA followed by digits)");
        s.fmaClass = reader.string(entry, where, "fma_class", false);
        if (!s.fmaClass.empty() && normalizeFmaId(s.fmaClass) != s.fmaClass)
            reader.fail(where.member("fma_class"),
                "\"" + s.fmaClass + "\" is not an FMA id (expected FMA followed by digits)");
        s.layer = reader.string(entry, where, "layer");
        if (!base.findLayer(s.layer))
            reader.fail(where.member("layer"),
                "\"" + s.layer + "\" is not a layer (expected one of " + layerList + ")");
        s.side = reader.allowed(entry, where, "side", kSides);
        s.kind = reader.allowed(entry, where, "kind", kKinds);
        s.region = reader.string(entry, where, "region", false);
        s.origin = reader.string(entry, where, "origin", false);
        s.insertion = reader.string(entry, where, "insertion", false);
        s.action = reader.string(entry, where, "action", false);
        s.innervation = reader.string(entry, where, "innervation", false);
        s.palpation = reader.string(entry, where, "palpation", false);
        s.plainName = reader.string(entry, where, "plain_name", false);
        s.cautions = reader.string(entry, where, "cautions", false);
        if (const auto referral = entry.find("referral"); referral != entry.end())
            s.referral = parseReferralPattern(reader, *referral, where.member("referral"));
        base.structures.push_back(std::move(s));
    }
    return base;
}

KnowledgeBase loadKnowledgeBase(const std::filesystem::path& path)
{
    // The built-in one is about 100 KB: 64 MiB leaves room for any real one and none for a device.
    constexpr std::uintmax_t kMaxKnowledgeBaseBytes = 64u << 20;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(path, kMaxKnowledgeBaseBytes, problem);
    if (!text && problem.kind == TextFileProblem::Kind::CannotOpen)
        throw Error("cannot open the knowledge base " + inQuotes(path.string()) + ": file not found");
    if (!text)
        throw Error("cannot read the knowledge base " + inQuotes(path.string()) + ": it "
            + problem.description + "; give the structures.json written with the model");
    return parseKnowledgeBase(*text, path.filename().string());
}

} // namespace lumbar
