// Cross-sections of closed meshes: where a plane cuts a mesh, the closed polygons it leaves on the
// plane and the area they enclose (a muscle's cross-sectional area at a level). Pure CPU code.
#pragma once

#include "scene/model.hpp"

#include <glm/glm.hpp>

#include <vector>

namespace lumbar {

/// One closed polygon of a cross-section, its points on the plane in order (the last joins the
/// first). Outer boundaries run counter-clockwise seen from the removed side (against the plane's
/// normal), the boundaries of holes clockwise.
struct SectionLoop {
    std::vector<glm::vec3> points;
    /// Enclosed area, positive for outer boundaries and negative for holes (m2).
    float signedAreaM2 = 0.0f;
};

struct MeshSection {
    std::vector<SectionLoop> loops;
    /// Chains that did not close (the mesh is open there); they add no area.
    std::size_t openChains = 0;
    /// The area inside the section: outer boundaries less holes (m2).
    float areaM2() const;
};

/// The section of `mesh` by the plane dot(xyz, p) + w = 0 (`plane.xyz` need not be unit).
/// Vertices exactly on the plane count as lying on its positive side, so every edge is either
/// crossed once or not at all. Vertices at the same position are one (seams of split normals
/// do not break the loops); meant for closed meshes, an open one gives open chains.
MeshSection sliceMesh(const MeshData& mesh, const glm::vec4& plane);

} // namespace lumbar
