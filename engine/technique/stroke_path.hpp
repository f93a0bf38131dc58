// A stroke's path on a structure's surface, sampled evenly by arc length.
#pragma once

#include "technique/lesson.hpp"

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace lumbar::technique {

class AnatomySurface;

/// The path at one arc length: where the tool is and how the surface lies there.
struct PathSample {
    glm::vec3 position{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    /// Unit travel direction in the tangent plane, along the chord of the path 1 cm either side;
    /// zero on a point path.
    glm::vec3 direction{0.0f};
    /// The same chord unprojected (unit; zero on a point path): where the path heads in space,
    /// whatever the normal here (the normal of a muscle's rounded end can lean far over).
    glm::vec3 heading{0.0f};
    glm::vec3 fibreDirection{0.0f}; ///< zero where the surface has no fibres
};

/// A polyline on a surface whose points are evenly spaced along its length (the last gap may be
/// shorter), each with the surface normal and fibre direction there.
struct SurfacePath {
    std::vector<glm::vec3> points;
    std::vector<glm::vec3> normals;
    std::vector<glm::vec3> fibres;
    std::vector<double> arcLengthM; ///< cumulative, arcLengthM[0] = 0

    double lengthM() const { return arcLengthM.empty() ? 0.0 : arcLengthM.back(); }
    bool empty() const { return points.empty(); }
    /// The sample at `distanceM` along the path (clamped to 0..length), linear between points.
    PathSample sampleAt(double distanceM) const;
};

/// Point on the uniform Catmull-Rom segment p1-p2 at t in 0..1.
glm::vec3 catmullRom(
    const glm::vec3& p0, const glm::vec3& p1, const glm::vec3& p2, const glm::vec3& p3, float t);

/// Builds the path through `anchors` on structure `surfaceId`: a Catmull-Rom curve through the
/// anchors (ends duplicated), sampled densely, each sample projected onto the surface the hand
/// comes from (AnatomySurface::project), then resampled every `spacingM` of arc length and
/// projected again, so every point lies on the surface and equal steps of length take equal time.
/// One anchor gives a one-point path; an unknown surface gives an empty path.
SurfacePath buildSurfacePath(const std::vector<glm::vec3>& anchors, const AnatomySurface& surface,
    const std::string& surfaceId, double spacingM = 0.002, Approach approach = Approach::Posterior);

} // namespace lumbar::technique
