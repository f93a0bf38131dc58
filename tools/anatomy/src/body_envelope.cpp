// Lower-body outline: per-height superellipse cross-sections (*estimates* for an average adult:
// about 33-36 cm wide at the hips, 24 cm deep at the waist) with a midline furrow over the
// spinous processes, the natal cleft and the buttocks' bulge. Profiles were tuned by eye against
// the reference renders and the landmarks (skin must clear the iliac crests, ribs and sacrum).
// Below the buttocks the thighs lying on the table are blended on (thighOf).
#include "body_envelope.hpp"

#include "client_body.hpp"
#include "landmarks.hpp"
#include "sdf.hpp"

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
    float exponent; ///< superellipse exponent: >2 squares the section off, 2 is an ellipse
};

// From the bottom of the model (buttocks) to the lower thorax. The silhouette from behind
// narrows to a waist at about L1-L2, flares over the iliac crests into the hips and is widest
// across the buttocks (*estimates*: waist about 29 cm, hips about 37 cm wide); from the side
// the back is hollow over the lordosis and the buttocks bulge below the sacrum.
constexpr std::array<Profile, 11> kProfiles{{
    {-0.160f, 0.180f, 0.114f, -0.112f, 0.040f, 0.014f, 2.15f},
    {-0.110f, 0.186f, 0.128f, -0.122f, 0.040f, 0.016f, 2.15f},
    {-0.060f, 0.184f, 0.120f, -0.136f, 0.030f, 0.018f, 2.20f},
    {-0.020f, 0.178f, 0.098f, -0.148f, 0.014f, 0.022f, 2.30f},
    {0.030f, 0.170f, 0.080f, -0.158f, 0.010f, 0.026f, 2.40f},
    {0.080f, 0.155f, 0.073f, -0.166f, 0.013f, 0.026f, 2.40f},
    {0.130f, 0.147f, 0.075f, -0.170f, 0.013f, 0.024f, 2.40f},
    {0.180f, 0.151f, 0.083f, -0.170f, 0.012f, 0.022f, 2.40f},
    {0.230f, 0.155f, 0.091f, -0.167f, 0.010f, 0.020f, 2.40f},
    {0.280f, 0.160f, 0.096f, -0.163f, 0.009f, 0.020f, 2.40f},
    {0.330f, 0.163f, 0.100f, -0.160f, 0.008f, 0.020f, 2.40f},
}};

/// Over the spinous processes the subcutaneous layer is thinner than beside them: the
/// supraspinous ligament and the fascia lie just under the skin there, which is why the tips
/// are so easy to palpate. *Estimate*: 7 mm less at the midline, fading over about 2 cm either
/// side. Without it the lumbar spinous tips reach higher than the deep side of the fat and
/// pierce the thoracolumbar fascia laid under it.
constexpr float kMidlineFatThinningM = 0.007f;
constexpr float kMidlineFatWidthM = 0.020f;
/// The thinning fades out over the sacrum, between these heights (*convention*): the sacral
/// crest stays clear of the fascia without it, and in the narrow natal cleft below a thinner
/// shell folds through itself on the skin's 4.8 mm grid.
constexpr float kMidlineThinningFadeLowM = -0.060f;
constexpr float kMidlineThinningFadeHighM = -0.020f;

/// The lower trunk's sections are used down to here; its bottom edge is rounded over
/// kTrunkRoundingM so the buttocks turn under into the gluteal fold, where the thighs take over.
constexpr float kTrunkEnvelopeBottomM = -0.215f;
constexpr float kTrunkRoundingM = 0.05f;

/// The thighs from the surveys (client_body.hpp): the hip's end at the greater trochanter's tip,
/// which is level with the coccyx's tip (standard anatomy texts), its radius set by the hip (it
/// merges into the buttock); the knee at the surveyed knee height, resting on the table.
Thigh thighOf(float side)
{
    static const float trochanterY = computeLandmarks().onSacrum(dims::kCoccyxTipAlongSacrumM, 0.0f, 0.0f).y;
    const float kneeR = survey::radiusOfGirth(survey::kKneeGirthCm);
    const float kneeY = trochanterY + (survey::kKneeHeightCm - survey::kTrochanterionHeightCm) * 0.01f;
    return {glm::vec3(side * 0.094f, trochanterY + 0.005f, -0.010f),
        glm::vec3(side * 0.100f, kneeY, table::kTopZ + kneeR),
        survey::radiusOfGirth(survey::kThighGirthCm) * 1.12f, kneeR};
}

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
        cr(p0.furrowWidth, p1.furrowWidth, p2.furrowWidth, p3.furrowWidth),
        cr(p0.exponent, p1.exponent, p2.exponent, p3.exponent)};
}

/// Signed distance to the skin surface for a section profile, and how squarely p faces
/// backwards (1 straight behind the centre, 0 at the flanks and in front).
float outerDistance(const Profile& pr, const glm::vec3& p, float& posteriorWeight)
{
    const float zc = 0.5f * (pr.back + pr.front);
    const float halfDepth = 0.5f * (pr.back - pr.front);
    const glm::vec2 q(p.x, p.z - zc);
    const float r = glm::length(q);
    if (r < 1e-6f) {
        posteriorWeight = 0.0f;
        return -halfDepth;
    }
    const float c = std::abs(q.x) / r, s = std::abs(q.y) / r;
    const float radius = std::pow(
        std::pow(c / pr.halfWidth, pr.exponent) + std::pow(s / halfDepth, pr.exponent), -1.0f / pr.exponent);
    // The furrow only bites into the posterior surface.
    posteriorWeight = q.y > 0 ? s * s : 0.0f;
    const float furrow
        = pr.furrow * std::exp(-(p.x * p.x) / (pr.furrowWidth * pr.furrowWidth)) * posteriorWeight;
    return r - radius + furrow;
}

} // namespace

float BodyEnvelope::centreZ(float y) const
{
    const Profile pr = profileAt(y);
    return 0.5f * (pr.back + pr.front);
}

BodyEnvelope::BodyEnvelope() : m_thighs{thighOf(1.0f), thighOf(-1.0f)}
{
}

float BodyEnvelope::trunk(const glm::vec3& p) const
{
    float posteriorWeight = 0.0f;
    return trunk(p, posteriorWeight);
}

float BodyEnvelope::trunk(const glm::vec3& p, float& posteriorWeight) const
{
    return sdf::smoothIntersect(
        outerDistance(profileAt(p.y), p, posteriorWeight), kTrunkEnvelopeBottomM - p.y, kTrunkRoundingM);
}

float BodyEnvelope::outer(const glm::vec3& p) const
{
    float posteriorWeight = 0.0f;
    return lowerBody(p, posteriorWeight);
}

float BodyEnvelope::lowerBody(const glm::vec3& p, float& posteriorWeight) const
{
    float d = trunk(p, posteriorWeight);
    for (const Thigh& t : m_thighs)
        d = sdf::smoothUnion(d, sdf::roundCone(p, t.hip, t.knee, t.hipRadiusM, t.kneeRadiusM), kBodyBlendM);
    return d;
}

float BodyEnvelope::inner(const glm::vec3& p) const
{
    float posteriorWeight = 0.0f;
    const float d = lowerBody(p, posteriorWeight);
    const float fade = std::clamp(
        (p.y - kMidlineThinningFadeLowM) / (kMidlineThinningFadeHighM - kMidlineThinningFadeLowM), 0.0f,
        1.0f);
    const float thinning = kMidlineFatThinningM * posteriorWeight * fade * fade * (3.0f - 2.0f * fade)
        * std::exp(-(p.x * p.x) / (kMidlineFatWidthM * kMidlineFatWidthM));
    return d + dims::kSubcutaneousThicknessM - thinning;
}

} // namespace lumbar
