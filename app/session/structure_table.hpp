// The table printed by --list-structures.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "scene/model.hpp"

#include <string>

namespace lumbar::app {

/// One row per mesh of `model`, in model order: id, name, layer, side, FMA id, triangles; meshes
/// without a knowledge-base entry show "-" in the entry's columns. Ends with a total row.
std::string structureTable(const KnowledgeBase& knowledge, const Model& model);

} // namespace lumbar::app
