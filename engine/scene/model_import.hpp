// Reading model files of any format assimp understands into the engine's mesh types.
#pragma once

#include "scene/model.hpp"

#include <filesystem>
#include <functional>

namespace lumbar {

/// Imports every triangle mesh of `path` (glTF/GLB, OBJ, FBX, PLY, STL, DAE, ...). Node transforms
/// are baked in, node names kept (the mesh name where the node has none), normals and tangents
/// generated where missing. Points and lines are dropped. Texture coordinates are kept only from
/// files whose glTF asset.generator is lumbarlab-anatomygen (the across-fibre coordinate; see
/// MeshData). The result passes checkModel().
/// Throws ImportError: missing file (names the path), assimp's own reason when it rejects the file,
/// no triangles, non-finite positions, absurd size.
Model importModel(const std::filesystem::path& path);

/// Anything that reads a model file the way importModel() does (tests pass stand-ins).
using ModelImporter = std::function<Model(const std::filesystem::path&)>;

} // namespace lumbar
