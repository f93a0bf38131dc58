// A small deterministic glTF 2.0 binary (.glb) writer and the matching reader the tests and
// the preview use. One node + mesh per structure, named by its stable id.
#pragma once

#include "mesh.hpp"

#include <glm/glm.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lumbar {

struct Model;

/// The whole .glb file: 12-byte header, JSON chunk (space padded), BIN chunk (zero padded).
/// No timestamps; JSON keys sorted, floats printed in shortest round-trip form.
std::vector<std::uint8_t> encodeGlb(const Model& model);

void writeGlb(const Model& model, const std::filesystem::path& path);

struct GlbMesh {
    std::string name;
    Mesh mesh;
    glm::vec4 baseColour{1.0f};
    std::vector<glm::vec3> colours; ///< COLOR_0 where present: ambient occlusion times the tint
};

/// Reads back files written by writeGlb (float POSITION/NORMAL/TANGENT, TEXCOORD_0.x into
/// Mesh::fibreCoords and COLOR_0 into GlbMesh::colours where present, uint32 indices).
/// Throws std::runtime_error naming the file and the problem.
std::vector<GlbMesh> readGlb(const std::filesystem::path& path);

} // namespace lumbar
