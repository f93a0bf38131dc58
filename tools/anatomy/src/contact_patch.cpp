// The contact patch's area, clipped triangle by triangle (see contact_patch.hpp).
#include "contact_patch.hpp"

#include <glm/glm.hpp>

#include <cmath>

namespace lumbar {

using glm::vec3;

double contactPatchArea(const Mesh& mesh, float depthM)
{
    // Each triangle facing the skin is clipped to the slab below the depth and its remaining
    // polygon projected onto the skin plane, so the figure does not depend on the mesh's density.
    double area = 0.0;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const vec3 corners[3] = {mesh.positions[mesh.indices[t]], mesh.positions[mesh.indices[t + 1]],
            mesh.positions[mesh.indices[t + 2]]};
        if (glm::cross(corners[1] - corners[0], corners[2] - corners[0]).y >= 0.0f)
            continue; // facing away from the skin
        glm::vec2 kept[4];
        int count = 0;
        for (int i = 0; i < 3; ++i) {
            const vec3& a = corners[i];
            const vec3& b = corners[(i + 1) % 3];
            if (a.y <= depthM)
                kept[count++] = {a.x, a.z};
            if ((a.y <= depthM) != (b.y <= depthM)) {
                const float u = (depthM - a.y) / (b.y - a.y);
                const vec3 crossing = glm::mix(a, b, u);
                kept[count++] = {crossing.x, crossing.z};
            }
        }
        // Shoelace formula over the clipped polygon (x, z), which winds clockwise seen from above.
        double twice = 0.0;
        for (int i = 0; i < count; ++i)
            twice
                += double(kept[i].x) * kept[(i + 1) % count].y - double(kept[(i + 1) % count].x) * kept[i].y;
        area += 0.5 * std::abs(twice);
    }
    return area;
}

} // namespace lumbar
