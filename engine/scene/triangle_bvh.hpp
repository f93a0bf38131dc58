// A bounding volume hierarchy over one mesh's triangles, so that a ray visits the few boxes it
// passes through instead of every triangle.
#pragma once

#include "scene/model.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace lumbar {

struct Ray;

/// The nearest triangle a ray meets in one mesh.
struct TriangleHit {
    std::size_t triangleIndex = 0;
    float distance = 0.0f;
};

/// Built once over a mesh's positions and indices (it keeps no reference to them: pass the same
/// mesh to `nearest`). Boxes are split at the median of the triangles' centres along the longest
/// axis until at most four triangles remain, so the tree is as deep as log2(n / 4).
class TriangleBvh {
public:
    TriangleBvh() = default;
    explicit TriangleBvh(const MeshData& mesh);

    /// The nearest triangle of `mesh` along `ray` at a distance in [fromDistance, toDistance);
    /// of triangles met at the same distance, the one listed first in the mesh (as a loop over
    /// every triangle in order would find).
    std::optional<TriangleHit> nearest(const MeshData& mesh, const Ray& ray, float fromDistance = 0.0f,
        float toDistance = std::numeric_limits<float>::max()) const;

    std::size_t nodeCount() const { return m_nodes.size(); }
    /// Depth of the deepest leaf (1 for a tree that is one leaf; 0 for an empty mesh).
    int depth() const;

private:
    struct Node {
        Bounds box;
        std::uint32_t first = 0; ///< leaf: first entry in m_order; inner: index of the left child
        std::uint32_t count = 0; ///< triangles in a leaf; 0 for an inner node (right child = first + 1)
    };
    void build(std::uint32_t node, std::uint32_t begin, std::uint32_t end, const std::vector<Bounds>& boxes,
        const std::vector<glm::vec3>& centres);

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order; ///< triangle indices, grouped by leaf
};

} // namespace lumbar
