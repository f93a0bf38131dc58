// Expands and validates the authored knowledge base (see knowledge_base.hpp).
#include "knowledge_base.hpp"

#include "generator.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

namespace lumbar {

extern const char* const kKnowledgeBaseJson; // generated from src/knowledge_base.json

namespace {

const std::vector<std::string> kTextFields{"display_name", "latin_name", "origin", "insertion", "action",
    "innervation", "palpation_and_massage", "cautions"};

std::string sideSuffixed(const std::string& text, const std::string& side)
{
    return side.empty() ? text : text + " (" + side + ")";
}

} // namespace

std::vector<nlohmann::json> knowledgeBaseEntries()
{
    using nlohmann::json;
    const json source = json::parse(kKnowledgeBaseJson);
    const json& groups = source.at("groups");
    std::vector<json> out;
    for (const auto& raw : source.at("structures")) {
        json entry = raw;
        const std::string base = entry.at("id");
        if (entry.contains("group")) {
            const std::string g = entry["group"];
            if (!groups.contains(g))
                throw std::runtime_error("knowledge_base.json: structure " + base + ": group \"" + g
                    + "\" is not defined in groups");
            // The group's "region" names it in the Structures panel (plural: "Lumbar vertebrae");
            // without one, its key does.
            if (!groups[g].contains("region")) {
                std::string region = g;
                std::replace(region.begin(), region.end(), '_', ' ');
                region[0] = char(std::toupper(static_cast<unsigned char>(region[0])));
                entry["region"] = region;
            }
            for (const auto& [key, value] : groups[g].items())
                if (!entry.contains(key))
                    entry[key] = value;
            entry.erase("group");
        }
        for (const auto& field : kTextFields)
            if (!entry.contains(field) || !entry[field].is_string()
                || entry[field].get<std::string>().empty())
                throw std::runtime_error("knowledge_base.json: structure " + base + ": field \"" + field
                    + "\" is missing or empty");
        if (!entry.contains("fma_id"))
            throw std::runtime_error(
                "knowledge_base.json: structure " + base + ": field \"fma_id\" is missing");
        const bool paired = entry.value("paired", false);
        entry.erase("paired");
        if (!paired) {
            if (!entry.contains("side"))
                entry["side"] = "midline";
            out.push_back(entry);
            continue;
        }
        for (const std::string side : {"left", "right"}) {
            json e = entry;
            e["id"] = base + "." + side;
            e["side"] = side;
            e["display_name"] = sideSuffixed(entry["display_name"], side);
            if (entry.contains("plain_name"))
                e["plain_name"] = entry["plain_name"].get<std::string>() + ", on your " + side + " side";
            if (entry["fma_id"].is_object())
                e["fma_id"] = entry["fma_id"].at(side);
            out.push_back(e);
        }
    }
    return out;
}

namespace {

/// The app's knowledge-base format (docs/structures-format.md): layer display names in depth order.
const std::vector<std::pair<Layer, const char*>> kLayerNames{
    {Layer::Skin, "Skin and subcutaneous fat"},
    {Layer::Fascia, "Thoracolumbar fascia"},
    {Layer::SuperficialMuscle, "Superficial muscles"},
    {Layer::IntermediateMuscle, "Intermediate muscles"},
    {Layer::DeepMuscle, "Erector spinae"},
    {Layer::DeepestMuscle, "Deep muscles"},
    {Layer::Bone, "Bones"},
    {Layer::Disc, "Intervertebral discs"},
    {Layer::AnteriorMuscle, "Anterior muscles"},
    {Layer::Organ, "Organs"},
};

std::string layerId(Layer layer)
{
    std::string id = layerName(layer);
    std::replace(id.begin(), id.end(), ' ', '_');
    return id;
}

const char* kindOf(Layer layer)
{
    switch (layer) {
    case Layer::Skin:
        return "skin";
    case Layer::Fascia:
        return "fascia";
    case Layer::Bone:
        return "bone";
    case Layer::Disc:
        return "disc";
    case Layer::Organ:
        return "organ";
    default:
        return "muscle";
    }
}

} // namespace

nlohmann::json structuresDocument(const Model& model)
{
    using nlohmann::json;
    std::map<std::string, json> byId;
    for (auto& e : knowledgeBaseEntries()) {
        const std::string id = e["id"];
        if (!byId.emplace(id, e).second)
            throw std::runtime_error("knowledge_base.json: structure " + id + " appears twice");
    }
    json layers = json::array();
    for (const auto& [layer, name] : kLayerNames)
        layers.push_back({{"id", layerId(layer)}, {"name", name}});
    json list = json::array();
    std::set<std::string> used;
    for (const auto& s : model.structures) {
        if (s.scenery)
            continue;
        const auto it = byId.find(s.id);
        if (it == byId.end())
            throw std::runtime_error("knowledge_base.json: no entry for generated structure " + s.id);
        const json& source = it->second;
        json e = {{"id", s.id}, {"name", source.at("display_name")}, {"latin", source.at("latin_name")},
            {"layer", layerId(s.layer)}, {"side", source.value("side", "midline")},
            {"kind", source.value("kind", std::string(kindOf(s.layer)))},
            {"region", source.value("region", "")}, {"origin", source.at("origin")},
            {"insertion", source.at("insertion")}, {"action", source.at("action")},
            {"innervation", source.at("innervation")}, {"palpation", source.at("palpation_and_massage")},
            {"cautions", source.at("cautions")},
            {"colour_srgba",
                {double(s.colour.r), double(s.colour.g), double(s.colour.b), double(s.colour.a)}},
            {"triangles", s.mesh.triangleCount()}};
        if (source.at("fma_id").is_number_integer())
            e["fma"] = "FMA" + std::to_string(source.at("fma_id").get<long>());
        // A paired structure's fma_id is its side's; the class for both sides lets an atlas that
        // names a file by the class map it by the side in its name.
        if (source.contains("fma_class") && source.at("fma_class").is_number_integer())
            e["fma_class"] = "FMA" + std::to_string(source.at("fma_class").get<long>());
        if (source.contains("plain_name"))
            e["plain_name"] = source.at("plain_name");
        if (source.contains("referral"))
            e["referral"] = source.at("referral");
        if (source.contains("fma_note"))
            e["fma_note"] = source.at("fma_note");
        list.push_back(e);
        used.insert(s.id);
    }
    for (const auto& [id, e] : byId)
        if (!used.count(id))
            throw std::runtime_error("knowledge_base.json: entry " + id + " has no generated structure");
    return {{"format", "lumbarlab-structures"}, {"version", 1}, {"generator", "lumbarlab-anatomygen"},
        {"frame",
            "metres; +X patient right, +Y superior, +Z posterior; origin at the centre of the S1 superior "
            "endplate"},
        {"layers", layers}, {"structures", list}};
}

void writeStructuresJson(const Model& model, const std::filesystem::path& path)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error(path.string() + ": cannot open for writing (does the folder exist?)");
    out << structuresDocument(model).dump(2) << '\n';
    if (!out)
        throw std::runtime_error(path.string() + ": write failed");
}

} // namespace lumbar
