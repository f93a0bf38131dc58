// Expands and validates the authored knowledge base (see knowledge_base.hpp).
#include "knowledge_base.hpp"

#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include "generator.hpp"

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
                throw std::runtime_error("knowledge_base.json: structure " + base + ": group \"" + g + "\" is not defined in groups");
            for (const auto& [key, value] : groups[g].items())
                if (!entry.contains(key)) entry[key] = value;
            entry.erase("group");
        }
        for (const auto& field : kTextFields)
            if (!entry.contains(field) || !entry[field].is_string() || entry[field].get<std::string>().empty())
                throw std::runtime_error("knowledge_base.json: structure " + base + ": field \"" + field + "\" is missing or empty");
        if (!entry.contains("fma_id")) throw std::runtime_error("knowledge_base.json: structure " + base + ": field \"fma_id\" is missing");
        const bool paired = entry.value("paired", false);
        entry.erase("paired");
        if (!paired) {
            if (!entry.contains("side")) entry["side"] = "midline";
            out.push_back(entry);
            continue;
        }
        for (const std::string side : {"left", "right"}) {
            json e = entry;
            e["id"] = base + "." + side;
            e["side"] = side;
            e["display_name"] = sideSuffixed(entry["display_name"], side);
            if (entry["fma_id"].is_object()) e["fma_id"] = entry["fma_id"].at(side);
            out.push_back(e);
        }
    }
    return out;
}

nlohmann::json structuresDocument(const Model& model)
{
    using nlohmann::json;
    std::map<std::string, json> byId;
    for (auto& e : knowledgeBaseEntries()) {
        const std::string id = e["id"];
        if (!byId.emplace(id, e).second) throw std::runtime_error("knowledge_base.json: structure " + id + " appears twice");
    }
    json list = json::array();
    std::set<std::string> used;
    for (const auto& s : model.structures) {
        const auto it = byId.find(s.id);
        if (it == byId.end()) throw std::runtime_error("knowledge_base.json: no entry for generated structure " + s.id);
        json e = it->second;
        e["layer"] = layerName(s.layer);
        e["depth_order"] = layerDepthOrder(s.layer);
        e["colour_rgba"] = {double(s.colour.r), double(s.colour.g), double(s.colour.b), double(s.colour.a)};
        e["mesh"] = {{"triangles", s.mesh.triangleCount()}, {"vertices", s.mesh.positions.size()}};
        list.push_back(e);
        used.insert(s.id);
    }
    for (const auto& [id, e] : byId)
        if (!used.count(id)) throw std::runtime_error("knowledge_base.json: entry " + id + " has no generated structure");
    return {{"generator", "lumbarlab-anatomygen"},
            {"frame", "metres; +X patient right, +Y superior, +Z posterior; origin at the centre of the S1 superior endplate"},
            {"depth_order_note", "0 = skin; larger numbers lie deeper from a posterior (prone) approach"},
            {"structures", list}};
}

void writeStructuresJson(const Model& model, const std::filesystem::path& path)
{
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error(path.string() + ": cannot open for writing (does the folder exist?)");
    out << structuresDocument(model).dump(2) << '\n';
    if (!out) throw std::runtime_error(path.string() + ": write failed");
}

} // namespace lumbar
