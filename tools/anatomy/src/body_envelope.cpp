// Lower-trunk outline: per-height superellipse cross-sections (*estimates* for an average adult:
// about 33-36 cm wide at the hips, 24 cm deep at the waist) with a midline furrow over the
// spinous processes, the natal cleft and the buttocks' bulge. Profiles were tuned by eye against
// the reference renders and the landmarks (skin must clear the iliac crests, ribs and sacrum).
#include "body_envelope.hpp"

#include "landmarks.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lumbar {

namespace {

struct Profile {
    float y; ///< height (m)
    float halfWidth; ///< widest half-width of the section (m)
    float back; ///< z of the posterior surface beside the midline (m)
    float front; ///< z of the anterior surface (m)
    float furrow; ///< depth of the midline furrow / natal cleft (m)
    float furrowWidth;
};

// From the bottom of the model (buttocks) to the lower thorax.
constexpr std::array<Profile, 10> kProfiles{{
    {-0.160f, 0.176f, 0.112f, -0.115f, 0.040f, 0.014f},
    {-0.110f, 0.180f, 0.126f, -0.125f, 0.040f, 0.016f},
    {-0.060f, 0.178f, 0.118f, -0.140f, 0.030f, 0.018f},
    {-0.020f, 0.174f, 0.098f, -0.150f, 0.014f, 0.022f},
    {0.030f, 0.172f, 0.080f, -0.160f, 0.010f, 0.026f},
    {0.080f, 0.164f, 0.073f, -0.168f, 0.013f, 0.026f},
    {0.140f, 0.158f, 0.075f, -0.172f, 0.013f, 0.024f},
    {0.200f, 0.160f, 0.083f, -0.170f, 0.011f, 0.022f},
    {0.260f, 0.164f, 0.092f, -0.165f, 0.009f, 0.020f},
    {0.330f, 0.166f, 0.098f, -0.160f, 0.008f, 0.020f},
}};

/// Catmull-Rom interpolation of the profile table, clamped at its ends.
Profile profileAt(float y)
{
    const auto& t = kProfiles;
    if (y <= t.front().y)
        return t.front();
    if (y >= t.back().y)
        return t.back();
    std::size_t i = 0;
    while (t[i + 1].y < y)
        ++i;
    const float s = (y - t[i].y) / (t[i + 1].y - t[i].y);
    const auto at = [&](long k) { return t[std::size_t(std::clamp<long>(k, 0, long(t.size()) - 1))]; };
    const Profile p0 = at(long(i) - 1), p1 = at(long(i)), p2 = at(long(i) + 1), p3 = at(long(i) + 2);
    const auto cr = [&](float a, float b, float c, float d) {
        return 0.5f
            * ((2 * b) + (-a + c) * s + (2 * a - 5 * b + 4 * c - d) * s * s
                + (-a + 3 * b - 3 * c + d) * s * s * s);
    };
    return {y, cr(p0.halfWidth, p1.halfWidth, p2.halfWidth, p3.halfWidth),
        cr(p0.back, p1.back, p2.back, p3.back), cr(p0.front, p1.front, p2.front, p3.front),
        cr(p0.furrow, p1.furrow, p2.furrow, p3.furrow),
        cr(p0.furrowWidth, p1.furrowWidth, p2.furrowWidth, p3.furrowWidth)};
}

/// Superellipse exponent: >2 squares the section off (flat back, flanks).
constexpr float kSectionExponent = 2.6f;

} // namespace

float BodyEnvelope::centreZ(float y) const
{
    const Profile pr = profileAt(y);
    return 0.5f * (pr.back + pr.front);
}

float BodyEnvelope::outer(const glm::vec3& p) const
{
    const Profile pr = profileAt(p.y);
    const float zc = 0.5f * (pr.back + pr.front);
    const float halfDepth = 0.5f * (pr.back - pr.front);
    const glm::vec2 q(p.x, p.z - zc);
    const float r = glm::length(q);
    if (r < 1e-6f)
        return -halfDepth;
    const float c = std::abs(q.x) / r, s = std::abs(q.y) / r;
    const float radius
        = std::pow(std::pow(c / pr.halfWidth, kSectionExponent) + std::pow(s / halfDepth, kSectionExponent),
            -1.0f / kSectionExponent);
    // The furrow only bites into the posterior surface.
    const float posterior = q.y > 0 ? s * s : 0.0f;
    const float furrow = pr.furrow * std::exp(-(p.x * p.x) / (pr.furrowWidth * pr.furrowWidth)) * posterior;
    return r - radius + furrow;
}

float BodyEnvelope::inner(const glm::vec3& p) const
{
    return outer(p) + dims::kSubcutaneousThicknessM;
}

} // namespace lumbar
