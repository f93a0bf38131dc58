// The anatomy knowledge base: per-structure names, identifiers, attachments, actions,
// innervation and massage notes, authored in knowledge_base.json (embedded at build time)
// and written out as models/structures.json next to the meshes.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar {

struct Model;

/// The embedded source (src/knowledge_base.json), parsed and expanded: one entry per mesh id,
/// paired entries split into .left/.right with their side and side-specific FMA id.
/// Throws std::runtime_error naming the entry and field that is missing or malformed.
std::vector<nlohmann::json> knowledgeBaseEntries();

/// structures.json: the entries for every structure of `model` (in model order) with the
/// generated layer, depth order, colour and mesh size. Throws if a structure has no entry or
/// an entry has no structure.
nlohmann::json structuresDocument(const Model& model);

void writeStructuresJson(const Model& model, const std::filesystem::path& path);

} // namespace lumbar
