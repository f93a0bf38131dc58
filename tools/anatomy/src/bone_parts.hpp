// Pieces the bone builders share (bones.cpp: vertebrae, discs, ribs; pelvis.cpp: sacrum,
// coccyx, hip bones; femur.cpp), and the pelvis builders bones.cpp lists with the rest.
#pragma once

#include "landmarks.hpp"
#include "structure.hpp"

#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lumbar {

/// Joint space kept between neighbouring bones.
inline constexpr float kCarveGapBoneM = 0.0012f;

/// Elliptic cylinder (radii rx, rz) of half height hh, rounded; p in its frame.
inline float roundedEllipticCylinder(const glm::vec3& p, float rx, float rz, float hh, float rounding)
{
    const glm::vec2 q(p.x / rx, p.z / rz);
    const float radial = (glm::length(q) - 1.0f) * std::min(rx, rz);
    const glm::vec2 w(radial + rounding, std::abs(p.y) - hh + rounding);
    return std::min(std::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) - rounding;
}

/// Uniform Catmull-Rom curve through `points` at parameter s in [0, points.size() - 1]; the
/// end points are repeated so the curve starts and ends on them.
inline glm::vec3 catmullRom(const std::vector<glm::vec3>& points, float s)
{
    const int last = int(points.size()) - 1;
    const int i = std::clamp(int(std::floor(s)), 0, last - 1);
    const float t = s - float(i);
    const glm::vec3 p0 = points[std::size_t(std::max(i - 1, 0))], p1 = points[std::size_t(i)];
    const glm::vec3 p2 = points[std::size_t(i + 1)], p3 = points[std::size_t(std::min(i + 2, last))];
    return 0.5f
        * (2.0f * p1 + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t * t
            + (3.0f * p1 - p0 - 3.0f * p2 + p3) * t * t * t);
}

/// The acetabulum opens laterally, forwards and down; its cup's centre lies 1.2 cm out along
/// that direction from the hip joint's landmark, and the femoral head sits in it.
inline glm::vec3 acetabularOpening()
{
    return glm::normalize(glm::vec3(0.80f, -0.35f, -0.45f));
}
inline glm::vec3 acetabularCupCentre(const Landmarks& lm)
{
    return lm.hipJoint + acetabularOpening() * 0.012f;
}
/// Radius of the acetabulum's cup; the femoral head is 2 mm smaller (the joint space).
inline constexpr float kAcetabularCupRadiusM = 0.023f;

StructureDef sacrum(const Landmarks& lm);
StructureDef coccyx(const Landmarks& lm);
/// The right hip bone; the left is its mirror.
StructureDef hipBoneRight(const Landmarks& lm);
/// The right femur's upper end (femur.cpp); the left is its mirror.
StructureDef femurRight(const Landmarks& lm);

} // namespace lumbar
