// The contact patch of a pose: how much of its surface lies on the skin when pressed in.
#pragma once

#include "mesh.hpp"

namespace lumbar {

/// Area (m^2) of the part of `mesh` within `depthM` of the plane y = 0, projected onto it: the
/// contact patch of a pose pressed that deep into a flat surface.
double contactPatchArea(const Mesh& mesh, float depthM);

} // namespace lumbar
