// The across-fibre coordinate baked into muscle meshes: a scalar s (metres) per vertex whose
// surface gradient is close to the unit direction across the fibres, so the viewer can draw
// evenly spaced stripes along the fibres as fract(s * stripes per metre), fixed to the tissue.
#pragma once

#include "mesh.hpp"

#include <vector>

namespace lumbar {

/// Weight of the edges on a muscle's deep side (facing the trunk's axis) relative to its outer
/// side. Why not 1: on a closed muscle the across-fibre direction circles every cross-section
/// (round a tube with lengthwise fibres, round the rim of a sheet), so no scalar follows it all
/// the way round, and an even least-squares fit cancels out to nearly 0 (no stripes). A light
/// deep side takes up that mismatch where it is never seen, and the outer side fits exactly.
inline constexpr double kDeepSideWeight = 1e-3;

struct FibreCoordinateOptions {
    double deepSideWeight = kDeepSideWeight; ///< 1: the plain, evenly weighted fit
};

/// How the least-squares solve for the coordinate ended.
struct FibreCoordinateSolve {
    int iterations = 0;
    double relativeResidual = 0.0; ///< |b - L s| / |b| at the end (0 when b is 0)
};

/// How much of the outer side the surface at `position` with unit `normal` is: 1 where the normal
/// points away from the trunk's vertical axis, 0 where it points towards it, smooth between.
double outerSideFraction(const glm::vec3& position, const glm::vec3& normal);

/// Sets `mesh.fibreCoords` from its normals and tangents (the fibre direction): the s minimising
/// the sum over edges (i, j) of w_ij (s_j - s_i - dot(x_j - x_i, a_ij))^2, where a_ij is the mean
/// of the unit across-fibre directions cross(n, tangent) at i and j and w_ij is 1 on the outer
/// side, `deepSideWeight` on the deep side. Each connected piece has mean 0. Jacobi-preconditioned
/// conjugate gradients in double with a fixed order, cap and tolerance: deterministic.
FibreCoordinateSolve computeFibreCoordinates(Mesh& mesh, const FibreCoordinateOptions& options = {});

/// Per triangle, the gradient of the per-vertex scalar `values` over the triangle's plane
/// (zero for a degenerate triangle); for tests and diagnostics.
std::vector<glm::dvec3> triangleGradients(const Mesh& mesh, const std::vector<float>& values);

} // namespace lumbar
