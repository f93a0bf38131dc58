// Whether a mesh is a closed surface wound outwards, which lets the renderer skip its back faces.
#pragma once

#include "scene/model.hpp"

#include <cstdint>
#include <vector>

namespace lumbar {

/// True when `mesh` bounds a solid: vertices at the same position are one vertex, every edge
/// joins exactly two triangles that run along it in opposite directions (a closed, consistently
/// wound two-manifold), and the enclosed volume is positive (the triangles wind counter-clockwise
/// seen from outside). Such a mesh never shows a back face that is not hidden by a front face of
/// its own, so it can be drawn with back faces culled.
bool isClosedOutward(const MeshData& mesh);

/// One id per distinct position (exact bit pattern, -0 and 0 alike), numbered from 0, so seams
/// split for normals or texture coordinates do not read as holes.
std::vector<std::uint32_t> weldedIds(const std::vector<glm::vec3>& positions);

} // namespace lumbar
