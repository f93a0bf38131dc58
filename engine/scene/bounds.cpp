// Bounding boxes and model totals.
#include "scene/model.hpp"

namespace lumbar {

void Bounds::add(const glm::vec3& point)
{
    min = glm::min(min, point);
    max = glm::max(max, point);
}

void Bounds::add(const Bounds& other)
{
    if (other.empty())
        return;
    add(other.min);
    add(other.max);
}

Bounds MeshData::bounds() const
{
    Bounds box;
    for (const glm::vec3& point : positions)
        box.add(point);
    return box;
}

Bounds Model::bounds() const
{
    Bounds box;
    for (const MeshData& mesh : meshes)
        box.add(mesh.bounds());
    return box;
}

std::size_t Model::triangleCount() const
{
    std::size_t count = 0;
    for (const MeshData& mesh : meshes)
        count += mesh.triangleCount();
    return count;
}

std::size_t Model::vertexCount() const
{
    std::size_t count = 0;
    for (const MeshData& mesh : meshes)
        count += mesh.positions.size();
    return count;
}

} // namespace lumbar
