// Closed primitive meshes (ellipsoids, capsules) and merging, for tools and markers.
#pragma once

#include "scene/model.hpp"

namespace lumbar {

/// An ellipsoid: an icosphere (20 * 4^subdivisions triangles) scaled by `radii` then rotated by
/// `orientation` (columns = the ellipsoid's axes in model space) and moved to `centre`.
MeshData makeEllipsoid(
    const glm::vec3& centre, const glm::vec3& radii, const glm::mat3& orientation, int subdivisions = 2);

/// A capsule (cylinder with hemispherical ends) from `a` to `b`; radius may taper from `radiusA`
/// to `radiusB`. `segments` around, `rings` per hemisphere.
MeshData makeCapsule(
    const glm::vec3& a, const glm::vec3& b, float radiusA, float radiusB, int segments = 16, int rings = 4);

/// A flat disc of `radius` at `centre` facing `normal`, drawn from both sides (a marker on a surface).
MeshData makeDisc(const glm::vec3& centre, const glm::vec3& normal, float radius, int segments = 32);

/// A unit vector perpendicular to `v`.
glm::vec3 anyPerpendicular(const glm::vec3& v);

} // namespace lumbar
