// Ray casting against triangle meshes.
#include "scene/ray_pick.hpp"

#include <algorithm>
#include <limits>

namespace lumbar {

bool hitsBox(const Ray& ray, const Bounds& box, float maxDistance)
{
    float nearest = 0.0f;
    float farthest = maxDistance;
    for (int axis = 0; axis < 3; ++axis) {
        const float inverse = 1.0f / ray.direction[axis]; // inf for 0: the slab maths still holds
        float t0 = (box.min[axis] - ray.origin[axis]) * inverse;
        float t1 = (box.max[axis] - ray.origin[axis]) * inverse;
        if (t0 > t1)
            std::swap(t0, t1);
        nearest = std::max(nearest, t0);
        farthest = std::min(farthest, t1);
        if (nearest > farthest)
            return false;
    }
    return true;
}

std::optional<float> intersectTriangle(
    const Ray& ray, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c)
{
    constexpr float kParallelEpsilon = 1e-12f;
    const glm::vec3 edge1 = b - a;
    const glm::vec3 edge2 = c - a;
    const glm::vec3 p = glm::cross(ray.direction, edge2);
    const float determinant = glm::dot(edge1, p);
    if (std::abs(determinant) < kParallelEpsilon)
        return std::nullopt;
    const float inverse = 1.0f / determinant;
    const glm::vec3 s = ray.origin - a;
    const float u = glm::dot(s, p) * inverse;
    if (u < 0.0f || u > 1.0f)
        return std::nullopt;
    const glm::vec3 q = glm::cross(s, edge1);
    const float v = glm::dot(ray.direction, q) * inverse;
    if (v < 0.0f || u + v > 1.0f)
        return std::nullopt;
    const float t = glm::dot(edge2, q) * inverse;
    if (t <= 0.0f)
        return std::nullopt;
    return t;
}

MeshPicker::MeshPicker(const Model& model)
    : m_model(model), m_built(std::make_unique<std::once_flag[]>(model.meshes.size())),
      m_hierarchies(model.meshes.size())
{
    m_bounds.reserve(model.meshes.size());
    for (const MeshData& mesh : model.meshes)
        m_bounds.push_back(mesh.bounds());
}

const TriangleBvh& MeshPicker::hierarchy(std::size_t mesh) const
{
    std::call_once(m_built[mesh], [&] { m_hierarchies[mesh] = TriangleBvh(m_model.meshes[mesh]); });
    return m_hierarchies[mesh];
}

std::optional<PickHit> MeshPicker::pick(const Ray& ray, const std::function<bool(std::size_t)>& pickable,
    float fromDistance, float toDistance) const
{
    std::optional<PickHit> best;
    float bestDistance = toDistance;
    for (std::size_t m = 0; m < m_model.meshes.size(); ++m) {
        if ((pickable && !pickable(m)) || m_bounds[m].empty() || !hitsBox(ray, m_bounds[m], bestDistance))
            continue;
        const MeshData& mesh = m_model.meshes[m];
        const std::optional<TriangleHit> hit = hierarchy(m).nearest(mesh, ray, fromDistance, bestDistance);
        if (!hit)
            continue;
        bestDistance = hit->distance;
        const std::size_t i = hit->triangleIndex * 3;
        const glm::vec3& a = mesh.positions[mesh.indices[i]];
        const glm::vec3& b = mesh.positions[mesh.indices[i + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[i + 2]];
        glm::vec3 normal = glm::normalize(glm::cross(b - a, c - a));
        if (glm::dot(normal, ray.direction) > 0.0f)
            normal = -normal;
        best = PickHit{
            m, hit->triangleIndex, hit->distance, ray.origin + ray.direction * hit->distance, normal};
    }
    return best;
}

} // namespace lumbar
