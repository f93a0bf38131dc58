// Quadric-error edge-collapse simplification that keeps a closed manifold closed and manifold.
#pragma once

#include "mesh.hpp"

#include <cstddef>
#include <cstdint>
#include <span>

namespace lumbar {

/// Collapses edges in order of Garland-Heckbert quadric error until at most `targetTriangles`
/// remain (or no collapse passes the checks). A collapse is refused when it would break the
/// manifold (link condition, valence), flip a triangle or create a needle, or join vertices of
/// two `regions` (one per vertex, or none), and a vertex on the border between regions only
/// slides along it: where a colour changes sharply (the skin over the fat at a cut), the rows of
/// vertices either side of the change stay on it, so no long triangle stretches the one colour
/// into the other. Deterministic.
void decimate(Mesh& mesh, std::size_t targetTriangles, std::span<const std::uint8_t> regions = {});

} // namespace lumbar
