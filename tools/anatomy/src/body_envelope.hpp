// The outer surface of the client's lower body (the lower trunk, the buttocks turning under into
// the gluteal fold, and the upper thighs lying on the table), as an approximate signed distance.
// The skin is a shell under it; the fascia and the sheet muscles are laid at fixed depths beneath
// its inner side; every other structure is kept inside that inner side.
#pragma once

#include <glm/glm.hpp>

#include <cmath>

namespace lumbar {

/// Fillet between the body's parts (*estimate*: wide enough for a soft crease, narrow enough to
/// keep the gluteal fold and the armpit).
inline constexpr float kBodyBlendM = 0.025f;

/// One thigh lying on the table: a tapered round cone from the hip to the knee.
struct Thigh {
    glm::vec3 hip, knee;
    float hipRadiusM, kneeRadiusM;
};

class BodyEnvelope {
public:
    BodyEnvelope();

    /// The lower trunk alone, its bottom rounded under into the gluteal fold: what every figure's
    /// trunk is made of (the therapist's too), without legs.
    float trunk(const glm::vec3& p) const;
    /// Approximate signed distance to the client's skin over the lower body (negative inside):
    /// the trunk with the upper thighs blended on.
    float outer(const glm::vec3& p) const;
    /// Approximate signed distance to the deep side of the subcutaneous layer.
    float inner(const glm::vec3& p) const;
    /// Depth of p below the deep side of the subcutaneous layer (positive inside).
    float depthBelowFat(const glm::vec3& p) const { return -inner(p); }
    /// Front-to-back centre of the trunk's cross-section at height y.
    float centreZ(float y) const;
    /// Angle round the trunk's axis from the posterior midline (radians): 0 straight behind,
    /// pi/2 at the right flank, negative on the left.
    float angleFromMidline(const glm::vec3& p) const { return std::atan2(p.x, p.z - centreZ(p.y)); }
    /// The client's thigh on the right (side +1) or the left (-1).
    const Thigh& thigh(float side) const { return side > 0.0f ? m_thighs[0] : m_thighs[1]; }

private:
    /// trunk() and outer(), each also telling how squarely p faces backwards (1 straight behind
    /// the trunk's centre) from the same evaluation of the section: inner() thins the fat over
    /// the midline by it.
    float trunk(const glm::vec3& p, float& posteriorWeight) const;
    float lowerBody(const glm::vec3& p, float& posteriorWeight) const;

    Thigh m_thighs[2];
};

} // namespace lumbar
