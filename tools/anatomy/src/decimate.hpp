// Quadric-error edge-collapse simplification that keeps a closed manifold closed and manifold.
#pragma once

#include "mesh.hpp"

#include <cstddef>

namespace lumbar {

/// Collapses edges in order of Garland-Heckbert quadric error until at most `targetTriangles`
/// remain (or no collapse passes the checks). A collapse is refused when it would break the
/// manifold (link condition, valence), flip a triangle or create a needle. Deterministic.
void decimate(Mesh& mesh, std::size_t targetTriangles);

} // namespace lumbar
