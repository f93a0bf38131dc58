// Per-vertex ambient occlusion from distance fields (see ambient_occlusion.hpp).
#include "ambient_occlusion.hpp"

#include <algorithm>

namespace lumbar {
namespace {

/// Distances out along the normal and how much a sample at each counts (*choice*: a crevice
/// between two muscle bellies is a few millimetres to a couple of centimetres wide).
constexpr float kStepsM[] = {0.003f, 0.006f, 0.012f, 0.024f};
constexpr float kWeights[] = {0.4f, 0.3f, 0.2f, 0.1f};

} // namespace

std::vector<float> ambientOcclusion(const Mesh& mesh, const std::vector<const Occluder*>& occluders)
{
    std::vector<float> openness(mesh.positions.size(), 1.0f);
    std::vector<const Occluder*> near;
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const glm::vec3& p = mesh.positions[v];
        const glm::vec3& n = mesh.normals[v];
        // Only occluders whose box comes within the furthest sample matter to this vertex.
        near.clear();
        for (const Occluder* o : occluders)
            if (o->bounds.distance(p) < kStepsM[3] * 1.01f)
                near.push_back(o);
        if (near.empty())
            continue;
        float shade = 0.0f;
        for (std::size_t k = 0; k < std::size(kStepsM); ++k) {
            const glm::vec3 q = p + n * kStepsM[k];
            float nearest = kStepsM[k];
            for (const Occluder* o : near)
                if (o->bounds.distance(q) < nearest)
                    nearest = std::min(nearest, o->field(q));
            shade += kWeights[k] * (kStepsM[k] - std::max(nearest, 0.0f)) / kStepsM[k];
        }
        openness[v] = std::max(kMinimumOpenness, 1.0f - shade);
    }
    return openness;
}

} // namespace lumbar
