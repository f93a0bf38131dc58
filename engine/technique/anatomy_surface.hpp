// Surface queries on the anatomy: structure meshes by id, closest points, anchors and landmarks.
#pragma once

#include "scene/model.hpp"
#include "technique/lesson.hpp"
#include "technique/surface_index.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace lumbar {
struct KnowledgeBase;
struct StructureInfo;
} // namespace lumbar

namespace lumbar::technique {

/// How far below the hip bone's highest point the PSIS is looked for (metres).
inline constexpr float kPsisBelowCrestM = 0.10f;

/// A point on a structure's surface with what the tool needs there.
struct SurfacePoint {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f}; ///< outward, unit length
    glm::vec3 fibreDirection{0.0f}; ///< unit, in the tangent plane; zero where the mesh has no fibres
    float distance = 0.0f; ///< from the query point, metres (0 for posterior projections)
};

/// Wraps a model (meshes named by structure id) and, optionally, its knowledge base. Builds a
/// spatial index per structure up front, so queries are fast on 50k-triangle meshes. Holds
/// references: the model and knowledge base must outlive it and not change under it.
///
/// Landmarks, computed from the bone meshes (frame: +Y superior, +Z posterior, +X patient's right):
/// - `spinous_process.<t11..l5>`: the most posterior vertex of `vertebra_<level>`.
/// - `sacral_base`: the most posterior vertex of the upper fifth of `sacrum` (first sacral tubercle).
/// - `iliac_crest.<side>`: the highest (largest Y) vertex of `hip_bone.<side>`.
/// - `psis.<side>`: the most posterior vertex of `hip_bone.<side>` within kPsisBelowCrestM of its
///   highest point (the crest's top is at L4, the PSIS at S2, 7-8 cm lower; the ischium below
///   is left out whether the model has it or not).
/// - `rib_<11|12>_tip.<side>`: the vertex of `rib_<n>.<side>` farthest from the midline (|X|).
/// - `greater_trochanter.<side>`: the vertex of `femur.<side>` farthest from the midline.
/// - `ischial_tuberosity.<side>`: the lowest vertex of `hip_bone.<side>`.
/// - `coccyx_tip`: the lowest vertex of `coccyx`.
class AnatomySurface {
public:
    explicit AnatomySurface(const Model& model, const KnowledgeBase* knowledge = nullptr);
    ~AnatomySurface();
    AnatomySurface(const AnatomySurface&) = delete;
    AnatomySurface& operator=(const AnatomySurface&) = delete;

    /// The mesh whose name is `id`; nullptr when the model has none.
    const MeshData* structureMesh(const std::string& id) const;
    /// The index of that mesh in the model.
    std::optional<std::size_t> meshIndex(const std::string& id) const;
    /// The structure's bounding box; nullopt when the model has no such mesh.
    std::optional<Bounds> structureBounds(const std::string& id) const;
    /// The knowledge base entry; nullptr without a knowledge base or when it lacks `id`.
    const StructureInfo* structureInfo(const std::string& id) const;

    /// The closest point of the structure's surface to `point`, with the interpolated normal and
    /// fibre direction of that triangle's vertices.
    std::optional<SurfacePoint> closestPoint(const std::string& id, const glm::vec3& point) const;
    /// The most posterior surface point of the structure at (x, y): what a hand coming from +Z
    /// touches first. nullopt when the vertical line misses the structure.
    std::optional<SurfacePoint> posteriorPoint(const std::string& id, float x, float y) const;
    /// posteriorPoint at the point's (x, y), or the closest point where that line misses.
    std::optional<SurfacePoint> projectPosterior(const std::string& id, const glm::vec3& point) const;
    /// The outermost surface point of the structure on the line through (y, z) parallel to X, on the
    /// structure's own side (smallest X for one left of the midline, largest otherwise): what a
    /// hand coming from the client's side touches first. nullopt when the line misses.
    std::optional<SurfacePoint> lateralPoint(const std::string& id, float y, float z) const;
    /// The point as a hand coming from `approach` finds it: posteriorPoint or lateralPoint through
    /// `point`, or the closest point where that line misses.
    std::optional<SurfacePoint> project(
        const std::string& id, const glm::vec3& point, Approach approach) const;

    /// A named landmark (see the class comment); nullopt for an unknown name or a missing bone.
    std::optional<glm::vec3> landmark(const std::string& name) const;
    /// Where an anchor lies. A structure anchor from behind is the posterior surface point at
    /// (u, v) of the structure's extent (u inferior to superior, v medial to lateral; for a
    /// midline structure v runs from the patient's left edge to the right edge); from the side it
    /// is the lateral surface point at (u, v) with v posterior (0) to anterior (1). A landmark is
    /// its bone point whatever the approach.
    std::optional<glm::vec3> anchorPoint(const Anchor& anchor, Approach approach = Approach::Posterior) const;
    /// The inverse of anchorPoint: the structure anchor whose point lies at `point` (e.g. where a
    /// click hit the structure), u and v clamped to 0..1 and rounded to 0.001. nullopt when the
    /// model has no such structure.
    std::optional<Anchor> anchorAt(
        const std::string& id, const glm::vec3& point, Approach approach = Approach::Posterior) const;

    const Model& model() const { return m_model; }

private:
    const Model& m_model;
    const KnowledgeBase* m_knowledge;
    std::map<std::string, std::size_t> m_meshByName;
    std::vector<std::unique_ptr<SurfaceIndex>> m_indexes; ///< one per mesh, same order

    const SurfaceIndex* index(const std::string& id) const;
    SurfacePoint describe(const MeshData& mesh, const MeshPoint& point) const;
};

} // namespace lumbar::technique
