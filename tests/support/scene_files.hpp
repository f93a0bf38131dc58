// Small scenes the tests build and write themselves: shapes, OBJ and glTF files.
#pragma once

#include "scene/model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::test {

/// A closed axis-aligned box: 8 shared vertices, 12 triangles, counter-clockwise from outside.
MeshData makeBox(const std::string& name, const glm::vec3& center, const glm::vec3& halfSize);
/// A closed icosphere: 20 * 4^subdivisions triangles.
MeshData makeIcosphere(const std::string& name, const glm::vec3& center, float radius, int subdivisions);
/// A closed torus around the Y axis: 2 * rings * sides triangles.
MeshData makeTorus(const std::string& name, const glm::vec3& center, float majorRadius, float minorRadius,
    int rings, int sides);

/// Writes `meshes` as `folder/stem.obj` with a `stem.mtl` carrying each mesh's colour and opacity
/// (one object and material per mesh). Returns the OBJ path.
std::filesystem::path writeObj(
    const std::filesystem::path& folder, const std::string& stem, const std::vector<MeshData>& meshes);

/// Writes a glTF 2.0 file (`stem.gltf` + `stem.bin`): a parent node "parent" translated by
/// (0, 1, 0) holding node "quad_node" with mesh "quad_mesh", a unit quad of 4 vertices and
/// 2 triangles in the XY plane. `positions` replaces the quad's 4 corners when given;
/// `texCoords` (4 of them) adds TEXCOORD_0; `generator` sets asset.generator.
std::filesystem::path writeQuadGltf(const std::filesystem::path& folder, const std::string& stem,
    const std::vector<glm::vec3>& positions = {}, const std::vector<glm::vec2>& texCoords = {},
    const std::string& generator = {});

} // namespace lumbar::test
