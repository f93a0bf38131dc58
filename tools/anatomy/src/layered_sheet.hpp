// Sheets laid under the subcutaneous layer at a fixed depth band and cut to a region seen
// from behind: how fascia and the flat superficial muscles follow the body's curvature.
#pragma once

#include "body_envelope.hpp"
#include "sdf.hpp"

#include <glm/glm.hpp>

#include <vector>

namespace lumbar {

struct LayeredSheet {
    BodyEnvelope body;
    float depthFromM = 0.0f, depthToM = 0.003f; ///< band below the deep side of the fat
    std::vector<glm::vec2> region; ///< outline in (x, y), posterior projection
    float minZAboveCentreM = -1.0f; ///< keep z > centreZ(y) + this (stays on the back/flank)

    float distance(const glm::vec3& p) const
    {
        const float depth = body.depthBelowFat(p);
        float d = std::max(depthFromM - depth, depth - depthToM);
        d = std::max(d, sdf::polygon(region, glm::vec2(p.x, p.y)));
        return std::max(d, body.centreZ(p.y) + minZAboveCentreM - p.z);
    }
    float regionDistance(const glm::vec3& p) const { return sdf::polygon(region, glm::vec2(p.x, p.y)); }
};

/// Diamond of the thoracolumbar fascia's posterior layer (both sides), in (x, y): from the
/// T12 spinous process to the lower sacrum, widest at the iliac crests (*estimate* after
/// Willard et al. 2012, DOMAIN.md item 2).
inline std::vector<glm::vec2> thoracolumbarDiamond()
{
    return {{0.0f, 0.235f}, {0.098f, 0.080f}, {0.0f, -0.075f}, {-0.098f, 0.080f}};
}

} // namespace lumbar
