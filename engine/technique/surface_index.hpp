// Spatial indexes over one triangle mesh: closest surface point and the topmost surface along +Z.
#pragma once

#include "scene/model.hpp"

#include <array>
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

/// The axis a column query runs along: Z for the surface seen from behind (columns over XY), X for
/// the surface seen from the side (columns over YZ).
enum class ColumnAxis { Z, X };

/// Uniform grids over one mesh's triangles, built once: a 3D grid for closest-point queries and 2D
/// column grids for the surface seen along Z (posterior) and along X (lateral). Holds a reference
/// to the mesh.
class SurfaceIndex {
public:
    /// Builds both grids with about `trianglesPerCell` triangles per occupied cell.
    explicit SurfaceIndex(const MeshData& mesh, float trianglesPerCell = 4.0f);

    /// The closest point of the surface to `point`; nullopt for a mesh without triangles.
    std::optional<MeshPoint> closest(const glm::vec3& point) const;
    /// The most posterior (largest Z) surface point on the line through (x, y) parallel to Z;
    /// nullopt when the line misses the mesh.
    std::optional<MeshPoint> topmost(float x, float y) const { return outermost(ColumnAxis::Z, x, y, true); }
    /// The surface point with the largest (or smallest) coordinate along `axis` on the line
    /// parallel to it through plane point (a, b): (x, y) for Z, (y, z) for X. nullopt on a miss.
    std::optional<MeshPoint> outermost(ColumnAxis axis, float a, float b, bool largest) const;

    const Bounds& bounds() const { return m_bounds; }
    const MeshData& mesh() const { return m_mesh; }

private:
    const MeshData& m_mesh;
    Bounds m_bounds;
    glm::ivec3 m_cells{1};
    glm::vec3 m_cellSize{1.0f};
    std::vector<std::uint32_t> m_cellStart; ///< per cell, into m_cellTriangles (CSR layout)
    std::vector<std::uint32_t> m_cellTriangles;
    /// Triangles listed by the column of the plane across one axis that their box covers.
    struct ColumnGrid {
        glm::ivec2 columns{1};
        std::vector<std::uint32_t> start;
        std::vector<std::uint32_t> triangles;
    };
    std::array<ColumnGrid, 2> m_columnGrids; ///< indexed by ColumnAxis

    glm::ivec3 cellOf(const glm::vec3& point) const;
    glm::ivec2 columnOf(ColumnAxis axis, glm::vec2 planePoint) const;
    void buildColumns(ColumnAxis axis);
};

} // namespace lumbar::technique
