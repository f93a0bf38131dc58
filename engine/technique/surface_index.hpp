// Spatial indexes over one triangle mesh: closest surface point and the topmost surface along +Z.
#pragma once

#include "scene/model.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace lumbar::technique {

/// A point on a mesh: the triangle it lies in and its barycentric weights (a, b, c).
struct MeshPoint {
    std::size_t triangle = 0;
    glm::vec3 barycentric{1.0f, 0.0f, 0.0f};
    glm::vec3 position{0.0f};
    float distance = 0.0f; ///< from the query, in metres
};

/// Closest point to `p` on triangle (a, b, c) with its barycentric weights (Ericson, Real-Time
/// Collision Detection, 5.1.5).
MeshPoint closestPointOnTriangle(
    const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);

/// Uniform grids over one mesh's triangles, built once: a 3D grid for closest-point queries and a 2D
/// grid in XY for the surface seen from +Z (posterior). Holds a reference to the mesh.
class SurfaceIndex {
public:
    /// Builds both grids with about `trianglesPerCell` triangles per occupied cell.
    explicit SurfaceIndex(const MeshData& mesh, float trianglesPerCell = 4.0f);

    /// The closest point of the surface to `point`; nullopt for a mesh without triangles.
    std::optional<MeshPoint> closest(const glm::vec3& point) const;
    /// The most posterior (largest Z) surface point on the line through (x, y) parallel to Z;
    /// nullopt when the line misses the mesh.
    std::optional<MeshPoint> topmost(float x, float y) const;

    const Bounds& bounds() const { return m_bounds; }
    const MeshData& mesh() const { return m_mesh; }

private:
    const MeshData& m_mesh;
    Bounds m_bounds;
    glm::ivec3 m_cells{1};
    glm::vec3 m_cellSize{1.0f};
    std::vector<std::uint32_t> m_cellStart; ///< per cell, into m_cellTriangles (CSR layout)
    std::vector<std::uint32_t> m_cellTriangles;
    glm::ivec2 m_columns{1};
    std::vector<std::uint32_t> m_columnStart;
    std::vector<std::uint32_t> m_columnTriangles;

    glm::ivec3 cellOf(const glm::vec3& point) const;
    glm::ivec2 columnOf(float x, float y) const;
};

} // namespace lumbar::technique
