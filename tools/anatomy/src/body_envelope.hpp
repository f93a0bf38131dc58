// The outer surface of the lower trunk, as an approximate signed distance. The skin is a shell
// under it; the fascia and the sheet muscles are laid at fixed depths beneath its inner side;
// every other structure is kept inside that inner side.
#pragma once

#include <glm/glm.hpp>

#include <cmath>

namespace lumbar {

class BodyEnvelope {
public:
    /// Approximate signed distance to the skin surface (negative inside the trunk).
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
};

} // namespace lumbar
