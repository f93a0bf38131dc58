// Fibre direction segments sampled on a spatial grid.
#include "anatomy/fibre_lines.hpp"

#include <cmath>
#include <set>
#include <tuple>

namespace lumbar {

std::vector<LineVertex> fibreLines(const MeshData& mesh, const FibreLineStyle& style)
{
    std::vector<LineVertex> vertices;
    if (mesh.tangents.size() != mesh.positions.size() || mesh.normals.size() != mesh.positions.size())
        return vertices;
    std::set<std::tuple<int, int, int>> usedCells;
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 fibre(mesh.tangents[i]);
        const float length = glm::length(fibre);
        if (!(length > 0.5f))
            continue;
        const glm::vec3& p = mesh.positions[i];
        const auto cell = std::make_tuple(int(std::floor(p.x / style.spacingM)),
            int(std::floor(p.y / style.spacingM)), int(std::floor(p.z / style.spacingM)));
        if (!usedCells.insert(cell).second)
            continue;
        const glm::vec3 centre = p + mesh.normals[i] * style.liftM;
        const glm::vec3 half = fibre / length * (style.lengthM * 0.5f);
        vertices.push_back({centre - half, style.color});
        vertices.push_back({centre + half, style.color});
    }
    return vertices;
}

} // namespace lumbar
