// Indexed triangle meshes and the operations the generator and its tests share: normals,
// smoothing, clean-up, and measurements (topology, volume, planar cross-sections, inside tests).
#pragma once

#include <glm/glm.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace lumbar {

/// One structure's surface. Triangles are CCW seen from outside.
struct Mesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    std::vector<glm::vec4> tangents; ///< xyz unit tangent (muscle fibre direction), w = 1
    /// Muscles: the across-fibre coordinate in metres (see fibre_coordinate.hpp); empty otherwise.
    std::vector<float> fibreCoords;
    /// How open each vertex is to ambient light, 0..1 (see ambient_occlusion.hpp); empty: fully.
    std::vector<float> occlusion;
    /// The tissue's colour per vertex (linear RGB) where one structure holds several; empty:
    /// the structure's base colour alone.
    std::vector<glm::vec3> tint;
    /// The skin and the body: how far each vertex moves when the subcutaneous fat doubles (its
    /// height above the fat's deep side, along the skin's outward normal); empty otherwise.
    std::vector<glm::vec3> fatOffsets;
    std::vector<std::uint32_t> indices;

    std::size_t triangleCount() const { return indices.size() / 3; }
};

/// Area-weighted smooth vertex normals.
void computeNormals(Mesh& mesh);

/// Taubin lambda|mu smoothing: removes the polygoniser's facets without shrinking the shape.
void taubinSmooth(Mesh& mesh, int iterations, float lambda = 0.5f, float mu = -0.53f);

/// Drops connected pieces whose enclosed volume is below `minVolumeFraction` of the largest
/// piece (slivers left where carving nearly separates a shape), then unused vertices.
void removeSmallComponents(Mesh& mesh, double minVolumeFraction);

/// Removes vertices no triangle uses and renumbers the rest in first-use order.
void compactVertices(Mesh& mesh);

struct TopologyReport {
    std::size_t boundaryEdges = 0; ///< edges used by one triangle
    std::size_t nonManifoldEdges = 0; ///< edges used by more than two triangles
    std::size_t inconsistentEdges = 0; ///< edges both neighbours traverse in the same direction
    std::size_t nonManifoldVertices = 0; ///< vertices whose triangle fan is not one disc
    std::size_t degenerateTriangles = 0; ///< triangles repeating a vertex index
    bool closedManifold() const
    {
        return boundaryEdges == 0 && nonManifoldEdges == 0 && inconsistentEdges == 0
            && nonManifoldVertices == 0 && degenerateTriangles == 0;
    }
};

TopologyReport checkTopology(const Mesh& mesh);

/// Volume enclosed (positive when triangles wind CCW seen from outside).
double signedVolume(const Mesh& mesh);

/// Area of the intersection of the closed mesh with the horizontal plane y = planeY.
double crossSectionAreaY(const Mesh& mesh, float planeY);

/// Where the line parallel to Z through (x, y) crosses triangle abc: its z, or nothing when the
/// line misses the triangle's XY projection (points up to `edgeTolerance` outside in barycentric
/// terms still count) or the projection is degenerate.
std::optional<double> zCrossing(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, double x,
    double y, double edgeTolerance = 0.0);

/// Answers "is this point inside the closed mesh?" by counting crossings of a +Z ray.
class InsideTester {
public:
    explicit InsideTester(const Mesh& mesh, int bins = 64);
    bool inside(const glm::vec3& p) const { return (crossingsAbove(p) & 1) != 0; }
    /// How many times a ray from p towards +Z crosses the surface.
    int crossingsAbove(const glm::vec3& p) const;

private:
    const Mesh& mesh_;
    glm::vec2 min_{}, max_{};
    int bins_;
    std::vector<std::vector<std::uint32_t>> cells_;
};

} // namespace lumbar
