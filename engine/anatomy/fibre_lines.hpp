// Short line segments along the fibre direction of muscle surfaces, for the fibre-direction toggle.
#pragma once

#include "render/line_batch.hpp"
#include "scene/model.hpp"

#include <vector>

namespace lumbar {

struct FibreLineStyle {
    float spacingM = 0.012f; ///< about one segment per cell of this size on the surface
    float lengthM = 0.010f; ///< segment length
    float liftM = 0.0015f; ///< raised off the surface along the normal so depth tests pass
    glm::vec4 color{1.0f, 0.95f, 0.75f, 0.95f}; ///< sRGB
};

/// Segments for one mesh: at most one per spacing cell, centred on a vertex and aligned with its
/// tangent (the fibre direction). Vertices without a usable tangent are skipped. Deterministic.
std::vector<LineVertex> fibreLines(const MeshData& mesh, const FibreLineStyle& style = {});

} // namespace lumbar
