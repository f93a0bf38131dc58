// Visibility rules of the anatomy view.
#include "anatomy/anatomy_view.hpp"

#include <algorithm>

namespace lumbar {

AnatomyView::AnatomyView(const KnowledgeBase& knowledge, const Model& model) : m_knowledge(knowledge)
{
    layers.resize(knowledge.layers.size());
    for (std::size_t depth = 0; depth < knowledge.layers.size(); ++depth)
        if (knowledge.layers[depth].id == "skin")
            layers[depth].opacity = kDefaultSkinOpacity;
    for (const MeshData& mesh : model.meshes) {
        const StructureInfo* structure = knowledge.find(mesh.name);
        m_structureOfMesh.push_back(structure);
        m_layerOfMesh.push_back(structure ? knowledge.layerDepth(*structure) : -1);
        m_hasStructures = m_hasStructures || structure != nullptr;
    }
    m_hasScenery = m_hasStructures
        && std::find(m_structureOfMesh.begin(), m_structureOfMesh.end(), nullptr) != m_structureOfMesh.end();
}

bool AnatomyView::isScenery(std::size_t mesh) const
{
    return m_hasStructures && mesh < m_structureOfMesh.size() && !m_structureOfMesh[mesh];
}

const StructureInfo* AnatomyView::structureOf(std::size_t mesh) const
{
    return mesh < m_structureOfMesh.size() ? m_structureOfMesh[mesh] : nullptr;
}

int AnatomyView::layerOf(std::size_t mesh) const
{
    return mesh < m_layerOfMesh.size() ? m_layerOfMesh[mesh] : -1;
}

std::optional<std::size_t> AnatomyView::meshOf(const std::string& id) const
{
    for (std::size_t mesh = 0; mesh < m_structureOfMesh.size(); ++mesh)
        if (m_structureOfMesh[mesh] && m_structureOfMesh[mesh]->id == id)
            return mesh;
    return std::nullopt;
}

void AnatomyView::showAll()
{
    m_hidden.clear();
    m_isolated.clear();
    peelDepth = 0;
    for (LayerControl& layer : layers)
        layer.visible = true;
}

float AnatomyView::opacity(std::size_t mesh) const
{
    if (mesh >= m_structureOfMesh.size() || hidden(mesh))
        return 0.0f;
    if (isolating())
        return m_isolated.count(mesh) ? 1.0f : 0.0f; // isolation shows the structure whole
    const int layer = m_layerOfMesh[mesh];
    if (isScenery(mesh))
        return showScenery ? (xray ? kXrayOpacity : 1.0f) : 0.0f;
    if (layer < 0)
        return 1.0f;
    if (layer < peelDepth || !layers[std::size_t(layer)].visible)
        return 0.0f;
    float value = std::clamp(layers[std::size_t(layer)].opacity, 0.0f, 1.0f);
    const StructureInfo* structure = m_structureOfMesh[mesh];
    if (xray && structure->kind != "bone" && structure->kind != "disc")
        value = std::min(value, kXrayOpacity);
    return value;
}

} // namespace lumbar
