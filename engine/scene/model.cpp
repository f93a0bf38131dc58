// Bounding boxes, mesh merging and model totals.
#include "scene/model.hpp"

#include <algorithm>

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

void appendMesh(MeshData& into, const MeshData& part)
{
    const auto complete
        = [](std::size_t count, const MeshData& mesh) { return count == mesh.positions.size(); };
    const bool normals = complete(into.normals.size(), into) && complete(part.normals.size(), part);
    const bool tangents = complete(into.tangents.size(), into) && complete(part.tangents.size(), part);
    const bool colors = complete(into.colors.size(), into) && complete(part.colors.size(), part);
    const auto base = std::uint32_t(into.positions.size());
    into.positions.insert(into.positions.end(), part.positions.begin(), part.positions.end());
    if (normals)
        into.normals.insert(into.normals.end(), part.normals.begin(), part.normals.end());
    else
        into.normals.clear();
    if (tangents)
        into.tangents.insert(into.tangents.end(), part.tangents.begin(), part.tangents.end());
    else
        into.tangents.clear();
    if (colors)
        into.colors.insert(into.colors.end(), part.colors.begin(), part.colors.end());
    else
        into.colors.clear();
    into.texCoords.clear();
    into.fatOffsets.clear();
    for (std::uint32_t index : part.indices)
        into.indices.push_back(base + index);
}

const MeshData* Model::find(std::string_view name) const
{
    const auto found
        = std::find_if(meshes.begin(), meshes.end(), [&](const MeshData& mesh) { return mesh.name == name; });
    return found == meshes.end() ? nullptr : &*found;
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
