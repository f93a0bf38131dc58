// Levels of detail: coarser index buffers over a mesh's own vertices, and choosing one per view.
#pragma once

#include "scene/model.hpp"

#include <cstdint>
#include <vector>

namespace lumbar {

/// A coarser version of a mesh: triangles over the same vertices, and how far (at most) its
/// surface strays from the full mesh.
struct LodLevel {
    std::vector<std::uint32_t> indices;
    float errorM = 0.0f;
};

/// Settings of buildLods().
struct LodOptions {
    /// Each level aims at this fraction of the previous level's triangles.
    float ratio = 0.5f;
    /// At most this many coarser levels.
    int maxLevels = 3;
    /// Levels whose error exceeds this fraction of the mesh's extent are not kept.
    float maxRelativeError = 0.02f;
    /// Meshes with fewer triangles than this get no coarser levels.
    std::size_t minTriangles = 256;
};

/// Coarser levels of `mesh` by edge collapse (meshoptimizer's simplifier), coarsest last. Open
/// borders stay where they are, so closed meshes stay closed and cut edges do not move. A level
/// that saves less than a fifth of the previous one's triangles ends the list. Deterministic.
std::vector<LodLevel> buildLods(const MeshData& mesh, const LodOptions& options = {});

/// The size in metres of one pixel at `distanceM` from a perspective camera with vertical field
/// of view `fovYRadians` drawing `viewportHeightPx` rows.
float metresPerPixel(float distanceM, float fovYRadians, float viewportHeightPx);

/// The coarsest level whose error stays under `maxErrorPx` pixels at `metresPerPixel`;
/// `errorsM[0]` is the full mesh (0). Returns an index into `errorsM`.
std::size_t chooseLod(const std::vector<float>& errorsM, float metresPerPixel, float maxErrorPx);

} // namespace lumbar
