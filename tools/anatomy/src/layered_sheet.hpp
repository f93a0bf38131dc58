// Sheets laid under the subcutaneous layer at a fixed depth band and cut to a region seen
// from behind: how fascia and the flat superficial muscles follow the body's curvature.
#pragma once

#include "body_envelope.hpp"
#include "sdf.hpp"

#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lumbar {

/// Piecewise-linear function of height: (y, value) knots in increasing y, clamped at the ends.
inline float piecewiseLinear(const std::vector<glm::vec2>& knots, float y)
{
    if (y <= knots.front().x)
        return knots.front().y;
    for (std::size_t i = 1; i < knots.size(); ++i)
        if (y <= knots[i].x) {
            const float s = (y - knots[i - 1].x) / (knots[i].x - knots[i - 1].x);
            return knots[i - 1].y + s * (knots[i].y - knots[i - 1].y);
        }
    return knots.back().y;
}

struct LayeredSheet {
    BodyEnvelope body;
    float depthFromM = 0.0f, depthToM = 0.003f; ///< band below the deep side of the fat
    std::vector<glm::vec2> region; ///< outline in (x, y), posterior projection
    float minZAboveCentreM = -1.0f; ///< keep z > centreZ(y) + this (stays on the back/flank)
    /// Optional lateral border as an angle around the trunk (0 at the posterior midline,
    /// pi/2 at the flank) per height: (y, angle) knots. Lets a border wrap round the flank,
    /// which a posterior outline cannot express. Right side (x > 0) only.
    std::vector<glm::vec2> maxAngle{};
    /// Optional taper: within this distance of the outline the band thins from depthToM to
    /// minThicknessM, so a thick muscle ends in a rounded margin instead of a cut slab.
    float taperM = 0.0f;
    float minThicknessM = 0.0f;

    /// Signed distance to the outline (negative inside), angle border included.
    float regionDistance(const glm::vec3& p) const
    {
        float r = sdf::polygon(region, glm::vec2(p.x, p.y));
        if (!maxAngle.empty()) {
            const float angle = body.angleFromMidline(p);
            // Radians to metres at a typical trunk radius (*estimate*, only shapes the rim).
            constexpr float kRadiusM = 0.14f;
            r = std::max(r, (angle - piecewiseLinear(maxAngle, p.y)) * kRadiusM);
        }
        return r;
    }

    float distance(const glm::vec3& p) const
    {
        const float depth = body.depthBelowFat(p);
        const float r = regionDistance(p);
        float bottom = depthToM;
        if (taperM > 0.0f) {
            const float s = std::clamp(-r / taperM, 0.0f, 1.0f);
            const float smooth = s * s * (3.0f - 2.0f * s);
            const float thick = minThicknessM + (depthToM - depthFromM - minThicknessM) * std::sqrt(smooth);
            bottom = depthFromM + thick;
        }
        float d = std::max(depthFromM - depth, depth - bottom);
        d = std::max(d, r);
        return std::max(d, body.centreZ(p.y) + minZAboveCentreM - p.z);
    }
};

/// Diamond of the thoracolumbar fascia's posterior layer (both sides), in (x, y): from the
/// T12 spinous process to the lower sacrum, widest at the iliac crests (*estimate* after
/// Willard et al. 2012). Its lower borders bend in along the medial side of
/// the posterior iliac crest, to which the layer is attached: drawn straight, they crossed
/// the crest between the PSIS and the tubercle, which pierced the sheet.
inline std::vector<glm::vec2> thoracolumbarDiamond()
{
    return {{0.0f, 0.235f}, {0.098f, 0.080f}, {0.062f, 0.036f}, {0.044f, 0.008f}, {0.0f, -0.075f},
        {-0.044f, 0.008f}, {-0.062f, 0.036f}, {-0.098f, 0.080f}};
}

} // namespace lumbar
