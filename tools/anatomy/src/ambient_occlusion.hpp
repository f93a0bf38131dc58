// Ambient occlusion baked per vertex: how much of the sky a point of a surface sees past its
// neighbours, so the crevices between muscles and the rim of the dissection window read in the
// app at no cost per frame. Estimated from the structures' distance fields, which the generator
// has anyway, rather than by casting rays at the meshes.
#pragma once

#include "mesh.hpp"
#include "polygonise.hpp"

#include <vector>

namespace lumbar {

/// Something that shades its neighbours: its signed distance and a box holding its inside.
struct Occluder {
    DistanceField field;
    Box bounds;
};

/// For each vertex of `mesh`, 1 where the space above it is open to 0 where it is buried: the
/// distance to the nearest of `occluders` sampled along the vertex normal 3, 6, 12 and 24 mm out
/// (a sample closer to an occluder than to the surface is shaded, nearer samples counting more:
/// the distance-field estimate of Evans, "Fast approximations for global illumination on
/// dynamic scenes", SIGGRAPH 2006 course notes). The mesh's own structure is not among the
/// occluders. Never below kMinimumOpenness, so nothing turns black.
std::vector<float> ambientOcclusion(const Mesh& mesh, const std::vector<const Occluder*>& occluders);

inline constexpr float kMinimumOpenness = 0.3f;

} // namespace lumbar
