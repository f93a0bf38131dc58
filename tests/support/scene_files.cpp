// Procedural test shapes and minimal OBJ / glTF writers.
#include "support/scene_files.hpp"

#include "shapes/primitives.hpp"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace lumbar::test {
namespace {

void writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream file(path, std::ios::binary);
    file << content;
    if (!file)
        throw std::runtime_error("cannot write " + path.string());
}

void computeSmoothNormals(MeshData& mesh)
{
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::vec3& a = mesh.positions[mesh.indices[i]];
        const glm::vec3& b = mesh.positions[mesh.indices[i + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[i + 2]];
        const glm::vec3 n = glm::cross(b - a, c - a);
        for (int k = 0; k < 3; ++k)
            mesh.normals[mesh.indices[i + std::size_t(k)]] += n;
    }
    for (glm::vec3& n : mesh.normals)
        n = glm::normalize(n);
}

} // namespace

MeshData makeBox(const std::string& name, const glm::vec3& center, const glm::vec3& halfSize)
{
    MeshData mesh;
    mesh.name = name;
    for (int i = 0; i < 8; ++i)
        mesh.positions.push_back(
            center + halfSize * glm::vec3(i & 1 ? 1.0f : -1.0f, i & 2 ? 1.0f : -1.0f, i & 4 ? 1.0f : -1.0f));
    // Corner index bits: x = 1, y = 2, z = 4. Two counter-clockwise triangles per face.
    mesh.indices = {0, 2, 3, 0, 3, 1, // -z
        4, 5, 7, 4, 7, 6, // +z
        0, 4, 6, 0, 6, 2, // -x
        1, 3, 7, 1, 7, 5, // +x
        0, 1, 5, 0, 5, 4, // -y
        2, 6, 7, 2, 7, 3}; // +y
    computeSmoothNormals(mesh);
    return mesh;
}

MeshData makeIcosphere(const std::string& name, const glm::vec3& center, float radius, int subdivisions)
{
    MeshData mesh = makeEllipsoid(center, glm::vec3(radius), glm::mat3(1.0f), subdivisions);
    mesh.name = name;
    return mesh;
}

MeshData makeTorus(const std::string& name, const glm::vec3& center, float majorRadius, float minorRadius,
    int rings, int sides)
{
    MeshData mesh;
    mesh.name = name;
    for (int i = 0; i < rings; ++i) {
        const float u = glm::two_pi<float>() * float(i) / float(rings);
        for (int j = 0; j < sides; ++j) {
            const float v = glm::two_pi<float>() * float(j) / float(sides);
            const float r = majorRadius + minorRadius * std::cos(v);
            mesh.positions.push_back(
                center + glm::vec3(r * std::cos(u), minorRadius * std::sin(v), -r * std::sin(u)));
        }
    }
    const auto at = [&](int i, int j) { return std::uint32_t((i % rings) * sides + (j % sides)); };
    for (int i = 0; i < rings; ++i)
        for (int j = 0; j < sides; ++j)
            mesh.indices.insert(mesh.indices.end(),
                {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    computeSmoothNormals(mesh);
    return mesh;
}

std::filesystem::path writeObj(
    const std::filesystem::path& folder, const std::string& stem, const std::vector<MeshData>& meshes)
{
    std::ostringstream obj;
    std::ostringstream mtl;
    obj << "mtllib " << stem << ".mtl\n";
    std::size_t base = 1;
    for (const MeshData& mesh : meshes) {
        mtl << "newmtl " << mesh.name << "_material\nKd " << mesh.baseColor.r << " " << mesh.baseColor.g
            << " " << mesh.baseColor.b << "\nd " << mesh.baseColor.a << "\n";
        obj << "o " << mesh.name << "\nusemtl " << mesh.name << "_material\n";
        for (const glm::vec3& p : mesh.positions)
            obj << "v " << p.x << " " << p.y << " " << p.z << "\n";
        for (const glm::vec3& n : mesh.normals)
            obj << "vn " << n.x << " " << n.y << " " << n.z << "\n";
        for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
            obj << "f";
            for (int k = 0; k < 3; ++k) {
                const std::size_t index = base + mesh.indices[i + std::size_t(k)];
                obj << " " << index << "//" << index;
            }
            obj << "\n";
        }
        base += mesh.positions.size();
    }
    writeFile(folder / (stem + ".mtl"), mtl.str());
    const auto path = folder / (stem + ".obj");
    writeFile(path, obj.str());
    return path;
}

std::filesystem::path writeQuadGltf(const std::filesystem::path& folder, const std::string& stem,
    const std::vector<glm::vec3>& positions, const std::vector<glm::vec2>& texCoords,
    const std::string& generator)
{
    std::vector<glm::vec3> corners
        = {{-0.5f, -0.5f, 0.0f}, {0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, {-0.5f, 0.5f, 0.0f}};
    if (!positions.empty())
        corners = positions;
    const std::uint16_t indices[6] = {0, 1, 2, 0, 2, 3};

    const bool withTexCoords = texCoords.size() == 4;
    std::string binary(48 + 12 + (withTexCoords ? 32 : 0), '\0');
    std::memcpy(binary.data(), corners.data(), 48);
    std::memcpy(binary.data() + 48, indices, 12);
    if (withTexCoords)
        std::memcpy(binary.data() + 60, texCoords.data(), 32);
    writeFile(folder / (stem + ".bin"), binary);

    // glTF requires min/max on POSITION; report the finite box (tests inject non-finite values).
    const char* json = R"({
  "asset": {"version": "2.0"%GENERATOR%},
  "scene": 0,
  "scenes": [{"nodes": [0]}],
  "nodes": [{"name": "parent", "children": [1], "translation": [0, 1, 0]},
            {"name": "quad_node", "mesh": 0}],
  "meshes": [{"name": "quad_mesh", "primitives": [{"attributes": {"POSITION": 0%TEXCOORD%}, "indices": 1}]}],
  "buffers": [{"uri": "%STEM%.bin", "byteLength": %BYTES%}],
  "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 48, "target": 34962},
                  {"buffer": 0, "byteOffset": 48, "byteLength": 12, "target": 34963}%TEXVIEW%],
  "accessors": [{"bufferView": 0, "componentType": 5126, "count": 4, "type": "VEC3",
                 "min": [-0.5, -0.5, 0], "max": [0.5, 0.5, 0]},
                {"bufferView": 1, "componentType": 5123, "count": 6, "type": "SCALAR"}%TEXACCESSOR%]
}
)";
    std::string text = json;
    const auto replace = [&](const std::string& key, const std::string& value) {
        text.replace(text.find(key), key.size(), value);
    };
    replace("%GENERATOR%", generator.empty() ? "" : ", \"generator\": \"" + generator + "\"");
    replace("%TEXCOORD%", withTexCoords ? ", \"TEXCOORD_0\": 2" : "");
    replace("%BYTES%", std::to_string(binary.size()));
    replace("%TEXVIEW%",
        withTexCoords ? ",\n                  {\"buffer\": 0, \"byteOffset\": 60, \"byteLength\": 32, "
                        "\"target\": 34962}"
                      : "");
    replace("%TEXACCESSOR%",
        withTexCoords ? ",\n                {\"bufferView\": 2, \"componentType\": 5126, \"count\": 4, "
                        "\"type\": \"VEC2\"}"
                      : "");
    replace("%STEM%", stem);
    const auto path = folder / (stem + ".gltf");
    writeFile(path, text);
    return path;
}

} // namespace lumbar::test
