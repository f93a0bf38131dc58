// Picking: which visible mesh lies under a pixel, by casting a ray against the triangles on the CPU.
#pragma once

#include "scene/model.hpp"
#include "scene/triangle_bvh.hpp"

#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lumbar {

struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f}; ///< unit length
};

struct PickHit {
    std::size_t meshIndex = 0;
    std::size_t triangleIndex = 0;
    float distance = 0.0f; ///< along the ray, in model units
    glm::vec3 point{0.0f};
    glm::vec3 normal{0.0f}; ///< geometric normal of the hit triangle, facing the ray origin
};

/// Slab test; true when the ray meets the box in front of its origin closer than `maxDistance`.
bool hitsBox(const Ray& ray, const Bounds& box, float maxDistance = std::numeric_limits<float>::max());

/// Distance along `ray` to triangle (a, b, c), both faces; nullopt when missed (Moeller-Trumbore).
std::optional<float> intersectTriangle(
    const Ray& ray, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);

/// Casts rays against a model. Keeps a bounding box per mesh so rays skip meshes they miss, and
/// builds each mesh's triangle hierarchy the first time a ray enters its box (so start-up pays
/// nothing for meshes never picked). Safe to call from several threads at once. Holds a
/// reference: the model must outlive the picker and not change under it.
class MeshPicker {
public:
    explicit MeshPicker(const Model& model);

    /// The nearest hit among meshes for which `pickable(meshIndex)` is true (all when empty),
    /// at least `fromDistance` and less than `toDistance` along the ray (a section plane cuts
    /// the ray to that stretch).
    std::optional<PickHit> pick(const Ray& ray, const std::function<bool(std::size_t)>& pickable = {},
        float fromDistance = 0.0f, float toDistance = std::numeric_limits<float>::max()) const;

private:
    const TriangleBvh& hierarchy(std::size_t mesh) const;

    const Model& m_model;
    std::vector<Bounds> m_bounds;
    mutable std::unique_ptr<std::once_flag[]> m_built;
    mutable std::vector<TriangleBvh> m_hierarchies;
};

} // namespace lumbar
