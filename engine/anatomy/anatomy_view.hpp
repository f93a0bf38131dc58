// What of the anatomy is shown and how: layer peeling, per-layer opacity, x-ray, hide / isolate,
// hover and selection. Pure CPU state; the app turns it into draw items each frame.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "scene/model.hpp"

#include <optional>
#include <set>
#include <vector>

namespace lumbar {

/// Visibility and opacity of one layer.
struct LayerControl {
    bool visible = true;
    float opacity = 1.0f; ///< 0 to 1
};

/// Binds the meshes of a model to knowledge-base entries (mesh name == structure id) and decides
/// each mesh's effective opacity.
class AnatomyView {
public:
    /// Below this effective opacity a structure is treated as hidden: not drawn, not pickable.
    static constexpr float kHiddenOpacity = 0.02f;
    /// Opacity cap of non-bone structures in x-ray mode.
    static constexpr float kXrayOpacity = 0.45f;
    /// Structures fainter than this are clicked through, so a click selects the structure seen
    /// under a translucent layer (the skin at its default opacity, everything but bone in x-ray).
    static constexpr float kClickThroughOpacity = 0.5f;
    /// Default opacity of the skin layer, so the first view shows what lies beneath it.
    static constexpr float kDefaultSkinOpacity = 0.3f;

    AnatomyView(const KnowledgeBase& knowledge, const Model& model);

    std::size_t meshCount() const { return m_structureOfMesh.size(); }
    /// The entry for a mesh, or null when the mesh has no entry (an outside model).
    const StructureInfo* structureOf(std::size_t mesh) const;
    /// Layer depth of a mesh; meshes without an entry are in no layer (-1) and always shown.
    int layerOf(std::size_t mesh) const;
    /// A mesh without an entry in a model that has structures: the scene around the anatomy (the
    /// client's body outside the dissection window, the table). Never peeled, shown with
    /// showScenery, see-through in x-ray mode, not framed and not picked.
    bool isScenery(std::size_t mesh) const;
    /// True when some mesh is a structure of the knowledge base: the model is anatomy.
    bool hasStructures() const { return m_hasStructures; }
    /// True when the model is anatomy with scenery around it (the built-in body and table).
    bool hasScenery() const { return m_hasScenery; }
    /// Mesh index of a structure id.
    std::optional<std::size_t> meshOf(const std::string& id) const;
    const KnowledgeBase& knowledge() const { return m_knowledge; }

    std::vector<LayerControl> layers; ///< indexed by layer depth
    int peelDepth = 0; ///< layers shallower than this are peeled away (hidden)
    bool xray = false;
    bool showScenery = true; ///< the client's body and the table around the anatomy

    void hide(std::size_t mesh) { m_hidden.insert(mesh); }
    void show(std::size_t mesh) { m_hidden.erase(mesh); }
    bool hidden(std::size_t mesh) const { return m_hidden.count(mesh) != 0; }
    /// Shows only `meshes` (empty: isolate nothing).
    void isolate(const std::set<std::size_t>& meshes) { m_isolated = meshes; }
    bool isolating() const { return !m_isolated.empty(); }
    /// The meshes hidden one by one (hide()), for saving and restoring a view.
    const std::set<std::size_t>& hiddenMeshes() const { return m_hidden; }
    /// The isolated meshes; empty when not isolating.
    const std::set<std::size_t>& isolatedMeshes() const { return m_isolated; }
    /// Clears hiding, isolation and peeling; layer opacities are kept.
    void showAll();

    std::optional<std::size_t> selected;
    std::optional<std::size_t> hovered;

    /// Effective opacity of a mesh after every control; <= kHiddenOpacity means hidden.
    float opacity(std::size_t mesh) const;
    bool visible(std::size_t mesh) const { return opacity(mesh) > kHiddenOpacity; }

private:
    const KnowledgeBase& m_knowledge;
    std::vector<const StructureInfo*> m_structureOfMesh;
    std::vector<int> m_layerOfMesh;
    bool m_hasStructures = false;
    bool m_hasScenery = false;
    std::set<std::size_t> m_hidden;
    std::set<std::size_t> m_isolated;
};

} // namespace lumbar
