// Simplification with meshoptimizer and screen-space level selection.
#include "scene/mesh_lod.hpp"

#include <algorithm>
#include <cmath>
#include <meshoptimizer.h>

namespace lumbar {

std::vector<LodLevel> buildLods(const MeshData& mesh, const LodOptions& options)
{
    std::vector<LodLevel> levels;
    if (mesh.triangleCount() < options.minTriangles || mesh.positions.empty())
        return levels;
    const float* positions = &mesh.positions[0].x;
    const std::size_t stride = sizeof(glm::vec3);
    const float scale = meshopt_simplifyScale(positions, mesh.positions.size(), stride);
    std::vector<std::uint32_t> previous = mesh.indices;
    for (int level = 0; level < options.maxLevels; ++level) {
        const std::size_t target = std::size_t(float(previous.size() / 3) * options.ratio) * 3;
        std::vector<std::uint32_t> simplified(previous.size());
        float relativeError = 0.0f;
        // Each level simplifies the previous one: its distance from the full mesh is at most the
        // sum of the steps' errors.
        const std::size_t count = meshopt_simplify(simplified.data(), previous.data(), previous.size(),
            positions, mesh.positions.size(), stride, target, options.maxRelativeError,
            meshopt_SimplifyLockBorder, &relativeError);
        if (count == 0 || float(count) > float(previous.size()) * 0.8f)
            break;
        simplified.resize(count);
        const float errorM = relativeError * scale + (levels.empty() ? 0.0f : levels.back().errorM);
        if (errorM > options.maxRelativeError * scale)
            break;
        levels.push_back({simplified, errorM});
        previous = std::move(simplified);
    }
    return levels;
}

float metresPerPixel(float distanceM, float fovYRadians, float viewportHeightPx)
{
    return 2.0f * std::max(distanceM, 0.0f) * std::tan(fovYRadians * 0.5f) / std::max(viewportHeightPx, 1.0f);
}

std::size_t chooseLod(const std::vector<float>& errorsM, float metresPerPixel, float maxErrorPx)
{
    std::size_t chosen = 0;
    for (std::size_t i = 1; i < errorsM.size(); ++i)
        if (errorsM[i] <= maxErrorPx * metresPerPixel)
            chosen = i;
    return chosen;
}

} // namespace lumbar
