// How deep the pressure reaches: along the tool's axis, the surfaces of the structures crossed,
// their depth under the skin and the estimated vertical stress there. Pure CPU code.
#pragma once

#include "scene/model.hpp"
#include "scene/ray_pick.hpp"

#include <functional>
#include <utility>
#include <vector>

namespace lumbar::technique {

/// Vertical stress on the axis at `depthM` under a uniform circular contact of radius
/// `contactRadiusM` pressing with `surfacePressureKPa` on a linear-elastic half-space (Boussinesq
/// 1885, integrated over the disc; Love 1929): p * (1 - z^3 / (a^2 + z^2)^(3/2)). The surface
/// pressure at z = 0, about 0.65 p at z = a, 0.28 p at z = 2a. An estimate for comparing tools:
/// real tissue is layered, nonlinear and slides.
double axialStressKPa(double surfacePressureKPa, double contactRadiusM, double depthM);

/// The depth on the axis at which axialStressKPa falls to `stressKPa`: the closed form's inverse,
/// z = a c / sqrt(1 - c^2) with c = (1 - stress / p)^(1/3) (1.305 a for half the surface
/// pressure). 0 when `stressKPa` is at or above the surface pressure.
double axialDepthAtStressM(double surfacePressureKPa, double contactRadiusM, double stressKPa);

/// Vertical stress at `depthM` and `lateralM` from the axis under the same contact: Boussinesq's
/// point-load solution (3 P z^3 / (2 pi R^5)) summed over the disc (a polar quadrature of the
/// contact area), so it equals axialStressKPa on the axis and the point-load field far from it.
double verticalStressKPa(double surfacePressureKPa, double contactRadiusM, double lateralM, double depthM);

/// Where a field sampled on a grid crosses `level`, as line segments (marching squares). The grid
/// has `columns` x `rows` samples, row-major, the first row at y = origin.y and x = origin.x, the
/// next ones `step` apart in +x and +y.
std::vector<std::pair<glm::vec2, glm::vec2>> isoline(
    const std::vector<double>& samples, int columns, int rows, glm::vec2 origin, float step, double level);

/// One surface crossed along the axis.
struct DepthBoundary {
    double depthM = 0.0; ///< from the first surface crossed (the skin)
    double stressKPa = 0.0; ///< axialStressKPa there
    std::size_t mesh = 0;
    bool entering = true; ///< into the mesh (false: out of it)
};

/// The surfaces of the meshes `include` accepts along `axis` (origin above the skin, unit
/// direction into the body), nearest first, with depths measured from the first of them and
/// the stress under a contact of `contactAreaCm2` pressing with `forceN`; those deeper than
/// `maxDepthM` are left out. Entering and leaving are told by the triangles' winding (outward).
std::vector<DepthBoundary> depthProfile(const Model& model, const Ray& axis, double forceN,
    double contactAreaCm2, double maxDepthM, const std::function<bool(std::size_t)>& include = {});

} // namespace lumbar::technique
