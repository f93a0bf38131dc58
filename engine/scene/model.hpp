// The engine's own CPU-side mesh types, independent of any file format or GPU.
#pragma once

#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

/// Axis-aligned bounding box; empty until a point is added.
struct Bounds {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};

    bool empty() const { return min.x > max.x; }
    void add(const glm::vec3& point);
    void add(const Bounds& other);
    glm::vec3 center() const { return (min + max) * 0.5f; }
    glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
    /// Radius of the sphere around the box.
    float radius() const { return empty() ? 0.0f : glm::length(max - min) * 0.5f; }
    /// Corner `index` (0-7): bit 0 picks max.x over min.x, bit 1 max.y, bit 2 max.z.
    glm::vec3 corner(int index) const
    {
        return {(index & 1) ? max.x : min.x, (index & 2) ? max.y : min.y, (index & 4) ? max.z : min.z};
    }
};

/// One named triangle mesh in model space (metres). Attribute arrays are either empty or as long
/// as `positions`. `tangents.w` is the bitangent sign; for muscles xyz is the fibre direction.
/// `texCoords` come only from LumbarLab's own anatomy files (see importModel): x is the distance
/// across the fibres in metres (muscles), from which the renderer draws fibre stripes. `colors`
/// are the file's vertex colours (glTF COLOR_0, linear RGB), which multiply `baseColor`: the
/// anatomy generator bakes its ambient occlusion there.
struct MeshData {
    std::string name;
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    std::vector<glm::vec4> tangents;
    std::vector<glm::vec2> texCoords;
    std::vector<glm::vec3> colors;
    /// LumbarLab's own anatomy files only, on the skin and the body round the anatomy: how far
    /// each vertex moves outwards when the subcutaneous fat doubles (see anatomy/body_fat.hpp).
    std::vector<glm::vec3> fatOffsets;
    std::vector<std::uint32_t> indices; ///< three per triangle
    glm::vec4 baseColor{0.8f, 0.8f, 0.8f, 1.0f}; ///< linear RGB (as glTF), alpha = opacity

    std::size_t triangleCount() const { return indices.size() / 3; }
    /// Box around the positions; empty for a mesh without vertices.
    Bounds bounds() const;
};

/// Appends `part` to `into`, indices shifted. An attribute stays only when both meshes have it
/// for every vertex; otherwise it is dropped, so the arrays stay consistent.
void appendMesh(MeshData& into, const MeshData& part);

/// A set of meshes loaded from one file or generated.
struct Model {
    std::string sourcePath;
    std::vector<MeshData> meshes;

    Bounds bounds() const;
    /// The first mesh named `name`, or null.
    const MeshData* find(std::string_view name) const;
    std::size_t triangleCount() const;
    std::size_t vertexCount() const;
};

} // namespace lumbar
