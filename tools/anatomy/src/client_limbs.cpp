// The client's limbs lying on the table: legs and arms lofted through cross-sections of the
// surveyed girths (limb_loft.hpp), so that they taper as limbs do (full to mid-thigh, the calf
// widest a third of the way down the leg, the forearm flattening to the wrist) rather than as
// cones between joints; the shapes a cone misses added where they show (the deltoid, the
// olecranon, the popliteal fossa, the calf's two heads, the malleoli); and the feet and the hands.
// Girths are Heinz et al. 2003's and lengths ANSUR II's (client_body.hpp); every other number is
// marked *estimate* or *choice*.
#include "client_body.hpp"
#include "limb_loft.hpp"
#include "sdf.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar {
namespace {

using glm::vec2;
using glm::vec3;

/// The foot lying prone: plantarflexed from the standing right angle so that the toes just touch
/// the table (*estimate*: within the ankle's 50-65 degree range of plantarflexion); the lateral
/// malleolus above the sole (ANSUR II, as kAnkleHeightCm).
constexpr float kPronePlantarflexionRad = 1.134f; // 65 degrees
constexpr float kMalleolusAboveSoleM = survey::kAnkleHeightCm * 0.01f;
/// The legs lie this far from the midline at the knee and the ankle (*estimate*: feet a little
/// apart, as the envelope's thighs end).
constexpr float kLegOffsetM = 0.100f;
/// Where a limb rests on the table its front is pressed 4 mm into it (the table flattens it).
constexpr float kRestingFrontZ = table::kTopZ - 0.004f;
/// The thigh is the envelope's round cone down to here (below the trochanter, m), so that the
/// anatomy under the buttock fits the skin at the window's edge; the loft has taken over by
/// kThighLoftFullM.
constexpr float kThighLoftFromM = 0.12f;
constexpr float kThighLoftFullM = 0.24f;

/// Catmull-Rom through four values at the parameter s in [0, 1] between b and c.
float sectionSpline(float a, float b, float c, float d, float s)
{
    return 0.5f
        * ((2.0f * b) + (-a + c) * s + (2.0f * a - 5.0f * b + 4.0f * c - d) * s * s
            + (-a + 3.0f * b - 3.0f * c + d) * s * s * s);
}

/// Smooth subtraction of b from a over a fillet k.
float carveSmooth(float a, float b, float k)
{
    return sdf::smoothIntersect(a, -b, k);
}

} // namespace

float ellipsePerimeter(float halfWidth, float halfDepth)
{
    const float h = (halfWidth - halfDepth) * (halfWidth - halfDepth)
        / ((halfWidth + halfDepth) * (halfWidth + halfDepth));
    return 3.14159265f * (halfWidth + halfDepth) * (1.0f + 3.0f * h / (10.0f + std::sqrt(4.0f - 3.0f * h)));
}

LimbSection sectionOfGirth(float y, float x, float frontZ, float girthCm, float widthOverDepth, float egg)
{
    // The perimeter scales with the size: solve for the depth of a unit-depth ellipse's girth.
    const float halfDepth = girthCm * 0.01f / ellipsePerimeter(widthOverDepth, 1.0f);
    return {y, x, frontZ, widthOverDepth * halfDepth, halfDepth, egg};
}

float limbLoft(std::span<const LimbSection> sections, const vec3& p)
{
    const std::size_t n = sections.size();
    std::size_t i = 0;
    while (i + 2 < n && sections[i + 1].y > p.y)
        ++i;
    const float s = std::clamp((sections[i].y - p.y) / (sections[i].y - sections[i + 1].y), 0.0f, 1.0f);
    const LimbSection& a = sections[i == 0 ? 0 : i - 1];
    const LimbSection& b = sections[i];
    const LimbSection& c = sections[i + 1];
    const LimbSection& d = sections[std::min(i + 2, n - 1)];
    const auto at
        = [&](float LimbSection::*field) { return sectionSpline(a.*field, b.*field, c.*field, d.*field, s); };
    const float halfDepth = at(&LimbSection::halfDepth);
    const vec2 q(p.x - at(&LimbSection::x), p.z - (at(&LimbSection::frontZ) + halfDepth));
    const float up = std::clamp(q.y / halfDepth, -1.0f, 1.0f);
    const vec2 r(at(&LimbSection::halfWidth) * (1.0f - at(&LimbSection::egg) * up), halfDepth);
    const float k0 = glm::length(q / r), k1 = glm::length(q / (r * r));
    const float section = k1 < 1e-9f ? -std::min(r.x, r.y) : k0 * (k0 - 1.0f) / k1;
    return std::max(section, std::max(p.y - sections.front().y, sections.back().y - p.y));
}

ClientBody::ClientBody(float coccyxTipY) : m_trochanterY(coccyxTipY)
{
    // The right leg from the thigh's upper third to the ankle: (down from the trochanter, girth,
    // width over depth, egg, across, front). Thigh, knee, calf and minimum ankle girths are Heinz
    // et al.'s; the knee at ANSUR II's lateral femoral epicondyle height, the calf widest a third
    // of the way from the knee to the malleolus (*estimate*), the ankle's minimum 4 cm above the
    // malleolus (*estimate*). The girths between, the shapes and the fronts are *estimates*: the
    // thigh full to its middle, narrowing above the knee; the knee broader than deep (the femoral
    // condyles); the calf as deep as broad over a narrower shin, the two heads of gastrocnemius
    // (added in addProneLeg) making up its girth; the ankle deeper than broad, narrowing behind
    // to the Achilles tendon. The thigh's first section is the envelope's cone there.
    const float kneeS = (survey::kTrochanterionHeightCm - survey::kKneeHeightCm) * 0.01f;
    const float ankleS = (survey::kTrochanterionHeightCm - survey::kAnkleHeightCm) * 0.01f;
    const float calfS = kneeS + (ankleS - kneeS) / 3.0f;
    const Thigh& thigh = m_envelope.thigh(1.0f);
    const auto coneAt = [&](float s) {
        const float t = (s + (thigh.hip.y - m_trochanterY)) / (thigh.hip.y - thigh.knee.y);
        return std::pair(
            glm::mix(thigh.hip, thigh.knee, t), glm::mix(thigh.hipRadiusM, thigh.kneeRadiusM, t));
    };
    const auto [coneTop, coneTopR] = coneAt(kThighLoftFromM);
    const float y0 = m_trochanterY;
    m_legSections = {{
        {y0 - kThighLoftFromM, coneTop.x, coneTop.z - coneTopR, coneTopR, coneTopR, 0.0f},
        sectionOfGirth(y0 - 0.22f, 0.097f, -0.142f, 52.0f, 1.04f),
        sectionOfGirth(y0 - 0.32f, 0.097f, -0.158f, 44.5f, 1.08f),
        sectionOfGirth(y0 - kneeS, kLegOffsetM, kRestingFrontZ, survey::kKneeGirthCm, 1.12f),
        sectionOfGirth(y0 - kneeS - 0.06f, kLegOffsetM, kRestingFrontZ, 34.6f, 1.0f, -0.05f),
        sectionOfGirth(y0 - calfS, kLegOffsetM - 0.003f, kRestingFrontZ, 35.6f, 0.98f, -0.12f),
        sectionOfGirth(y0 - calfS - 0.10f, kLegOffsetM, kRestingFrontZ + 0.002f, 30.5f, 0.92f, -0.04f),
        sectionOfGirth(y0 - ankleS + 0.085f, kLegOffsetM, kRestingFrontZ + 0.004f, 24.6f, 0.84f, 0.14f),
        sectionOfGirth(
            y0 - ankleS + 0.04f, kLegOffsetM, kRestingFrontZ + 0.005f, survey::kAnkleGirthCm, 0.80f, 0.2f),
        sectionOfGirth(y0 - ankleS - 0.02f, kLegOffsetM, kRestingFrontZ + 0.006f, 24.0f, 0.88f, 0.1f),
    }};

    // The right arm from the shoulder to the wrist, resting beside the body palm down: (down from
    // the shoulder joint, girth, width over depth). Biceps (flexed, here relaxed: 92% *estimate*),
    // forearm and wrist girths are Heinz et al.'s, the elbow and the wrist at ANSUR II's
    // acromion-radiale and radiale-stylion lengths. The others are *estimates*: the deltoid round
    // over the shoulder and tapering to its insertion a third of the way down the humerus; the
    // upper arm, rotated in with the palm down, broader (front to back) than deep; the elbow broad
    // across the epicondyles; the forearm widest 6 cm below the elbow and flattening to the
    // wrist, half as broad again as deep there (the radius and ulna side by side, palm down).
    const float acromionY = heightY(survey::kAcromialHeightCm);
    const float shoulderY = acromionY - 0.025f;
    const float elbowS = survey::kUpperArmLengthCm * 0.01f;
    const float wristS = elbowS + survey::kForearmLengthCm * 0.01f;
    const float shoulderX = survey::kBiacromialBreadthCm * 0.005f - 0.01f;
    const auto armX = [&](float s) {
        return s < elbowS ? glm::mix(shoulderX, 0.245f, s / elbowS)
                          : glm::mix(0.245f, 0.255f, (s - elbowS) / (wristS - elbowS));
    };
    const auto armFront = [&](float s) {
        return std::max(kRestingFrontZ, glm::mix(-0.096f, kRestingFrontZ, s / (elbowS - 0.03f)));
    };
    const auto arm = [&](float s, float girthCm, float widthOverDepth) {
        return sectionOfGirth(shoulderY - s, armX(s), armFront(s), girthCm, widthOverDepth);
    };
    m_armSections = {{
        arm(0.02f, 37.0f, 1.0f),
        arm(0.11f, 33.5f, 1.04f),
        arm(0.19f, survey::kBicepsGirthCm * 0.92f, 1.08f),
        arm(elbowS - 0.05f, 27.6f, 1.14f),
        arm(elbowS, 26.6f, 1.25f),
        arm(elbowS + 0.06f, survey::kForearmGirthCm, 1.12f),
        arm(elbowS + 0.14f, 24.6f, 1.28f),
        arm(elbowS + 0.21f, 19.6f, 1.42f),
        arm(wristS, survey::kWristGirthCm, 1.55f),
        arm(wristS + 0.015f, 18.2f, 1.7f),
    }};
}

vec3 ClientBody::proneAnkle(float side) const
{
    return vec3(side * kLegOffsetM, heightY(survey::kAnkleHeightCm),
        table::kTopZ + survey::radiusOfGirth(survey::kAnkleGirthCm));
}

vec3 ClientBody::restingWrist(float side) const
{
    const float wristY = heightY(survey::kAcromialHeightCm) - 0.025f
        - (survey::kUpperArmLengthCm + survey::kForearmLengthCm) * 0.01f;
    return vec3(side * 0.255f, wristY, table::kTopZ + survey::radiusOfGirth(survey::kWristGirthCm));
}

float ClientBody::addProneLeg(float d, const vec3& p, float side) const
{
    // Mirror the left leg onto the right one's sections.
    const vec3 m(side * p.x, p.y, p.z);
    // The envelope's thigh at the top, turning into the loft below the window.
    const Thigh& thigh = m_envelope.thigh(1.0f);
    const float cone = sdf::roundCone(m, thigh.hip, thigh.knee, thigh.hipRadiusM, thigh.kneeRadiusM);
    const float fromTrochanter = m_trochanterY - p.y;
    float leg = limbLoft(m_legSections, m);
    const float toLoft = glm::smoothstep(kThighLoftFromM, kThighLoftFullM, fromTrochanter);
    leg = fromTrochanter < kThighLoftFromM ? cone : glm::mix(cone, leg, toLoft);

    const float kneeY = heightY(survey::kKneeHeightCm);
    const LimbSection& knee = m_legSections[3];
    const float kneeBackZ = knee.frontZ + 2.0f * knee.halfDepth;
    // The two heads of gastrocnemius bulging below the popliteal fossa, the medial one larger and
    // lower (*estimates*: 16 and 13 cm long, 6 and 5 cm broad), their lower ends giving way to the
    // Achilles tendon.
    const LimbSection& calf = m_legSections[5];
    const float calfBackZ = calf.frontZ + 2.0f * calf.halfDepth;
    const float heads
        = std::min(sdf::ellipsoid(m - vec3(kLegOffsetM - 0.019f, kneeY - 0.115f, calfBackZ - 0.024f),
                       vec3(0.029f, 0.082f, 0.030f)),
            sdf::ellipsoid(m - vec3(kLegOffsetM + 0.021f, kneeY - 0.10f, calfBackZ - 0.026f),
                vec3(0.025f, 0.066f, 0.028f)));
    leg = sdf::smoothUnion(leg, heads, 0.02f);
    // The popliteal fossa: a shallow hollow behind the knee that follows the skin rather than
    // being cut into it (an ellipsoid carved out of the thigh's slope to the knee broke through
    // it in a hard arched edge), framed above by the hamstrings' tendons, biceps femoris lateral
    // and semitendinosus medial, and below by the heads of gastrocnemius. Both are displacements
    // of the leg's back that fade out smoothly to nothing, so the hollow blends into the thigh
    // and the calf: the hollow 6 mm deep at its middle (about 3 mm below the tendons either side
    // of it), 5.2 cm broad and 15 cm long, its middle 2 cm above the joint line; the tendons 2 mm
    // proud over 2.2 cm, 14 cm long, converging from the thigh's back to either side of the knee
    // (*estimates*: in extension the fossa's fat and fascia fill it, so that it shows as a soft
    // hollow and the tendons are felt rather than seen).
    const float onBack = glm::smoothstep(knee.frontZ + knee.halfDepth, kneeBackZ - 0.01f, m.z);
    const auto bump = [](float r2) {
        const float t = std::max(1.0f - r2, 0.0f);
        return t * t * t;
    };
    const vec2 fromFossa((m.x - kLegOffsetM) / 0.026f, (m.y - (kneeY + 0.02f)) / 0.075f);
    float displaced = 0.006f * bump(glm::dot(fromFossa, fromFossa));
    for (float across : {-0.031f, 0.031f}) {
        // Each tendon from the thigh's back (10 cm above the joint line) to beside the knee.
        const float along = std::clamp((m.y - (kneeY - 0.01f)) / 0.11f, 0.0f, 1.0f);
        const float offset = m.x - (kLegOffsetM + across * (1.0f - 0.25f * along));
        const vec2 fromTendon(offset / 0.011f, (m.y - (kneeY + 0.045f)) / 0.07f);
        displaced -= 0.002f * bump(glm::dot(fromTendon, fromTendon));
    }
    leg += displaced * onBack;
    // The ankle rounded off where the foot hangs from it (the old cone's end).
    const vec3 ankle = proneAnkle(1.0f);
    leg = sdf::smoothUnion(leg, sdf::sphere(m, ankle + vec3(0.0f, 0.0f, 0.002f), 0.034f), 0.02f);
    d = sdf::smoothUnion(d, leg, kBodyBlendM);
    return addProneFoot(d, p, proneAnkle(side), side);
}

float ClientBody::addRestingArm(float d, const vec3& p, float side) const
{
    const vec3 m(side * p.x, p.y, p.z);
    const float acromionY = heightY(survey::kAcromialHeightCm);
    const float shoulderX = survey::kBiacromialBreadthCm * 0.005f;
    float arm = limbLoft(m_armSections, m);
    // The deltoid rounding the shoulder, from the acromion over the head of the humerus to its
    // insertion (*estimate*: bideltoid breadth 9 cm beyond the biacromial, 17 cm long).
    arm = sdf::smoothUnion(arm,
        sdf::ellipsoid(
            m - vec3(shoulderX - 0.002f, acromionY - 0.055f, -0.040f), vec3(0.046f, 0.085f, 0.056f)),
        0.03f);
    // The olecranon and the epicondyles behind the elbow: with the palm down the olecranon points
    // up and out (*estimate*: 3 cm broad, 4 cm long).
    const LimbSection& elbow = m_armSections[4];
    arm = sdf::smoothUnion(arm,
        sdf::ellipsoid(
            m - vec3(elbow.x + 0.008f, elbow.y + 0.01f, elbow.frontZ + 2.0f * elbow.halfDepth - 0.012f),
            vec3(0.015f, 0.022f, 0.013f)),
        0.012f);
    d = sdf::smoothUnion(d, arm, kBodyBlendM);
    return addRestingHand(d, p, restingWrist(side), side);
}

float ClientBody::addProneFoot(float d, const vec3& p, const vec3& ankle, float side) const
{
    // Into the standing foot's frame (cm): u forward from the malleolus, v up from the sole, w
    // medial. The foot lies plantarflexed by kPronePlantarflexionRad: u points down the table and
    // towards it, v (the standing foot's up, towards the knee) up the table and towards it.
    const float sinA = std::sin(kPronePlantarflexionRad), cosA = std::cos(kPronePlantarflexionRad);
    const vec3 forward(0.0f, -sinA, -cosA), up(0.0f, cosA, -sinA);
    const vec3 r = p - ankle;
    const vec3 f = vec3(glm::dot(r, forward), glm::dot(r, up) + kMalleolusAboveSoleM, -side * r.x) * 100.0f;
    // The heel (the calcaneus under its pad), the midfoot to the ball and the forefoot across the
    // ball (*estimates*: 26 cm heel to big toe, 10 cm across the ball, the heel 6.5 cm broad).
    float foot = sdf::ellipsoid(f - vec3(-2.3f, 3.2f, 0.2f), vec3(3.2f, 3.4f, 3.1f));
    foot = sdf::smoothUnion(foot,
        sdf::roundCone(
            vec3(f.x, f.y, f.z / 1.35f), vec3(0.5f, 3.6f, 0.3f), vec3(10.5f, 2.2f, 0.4f), 3.0f, 2.1f),
        1.5f);
    foot = sdf::smoothUnion(foot, sdf::ellipsoid(f - vec3(12.0f, 1.9f, 0.2f), vec3(3.4f, 1.9f, 4.7f)), 1.5f);
    // The sole flat from the heel's pad to the ball, and the medial arch lifted off it
    // (*estimate*: 1.5 cm at its highest, under the navicular).
    foot = sdf::smoothIntersect(foot, -f.y, 1.2f);
    foot = carveSmooth(foot, sdf::ellipsoid(f - vec3(5.5f, -0.4f, 3.4f), vec3(4.6f, 1.9f, 2.4f)), 1.0f);
    // The malleoli: the lateral one lower and further back than the medial one (*estimates*).
    foot = sdf::smoothUnion(foot, sdf::ellipsoid(f - vec3(-0.4f, 7.3f, -2.9f), vec3(1.3f, 1.8f, 1.0f)), 0.8f);
    foot = sdf::smoothUnion(foot, sdf::ellipsoid(f - vec3(0.6f, 8.3f, 2.8f), vec3(1.4f, 1.9f, 1.0f)), 0.8f);
    // Each toe from the ball: offset across (w), length and radius; the proximal phalanx lies
    // forward, the rest bends down to a rounded pad at the tip, the toes a little apart.
    constexpr struct {
        float w, length, radius;
    } kToes[] = {{3.0f, 6.0f, 1.35f}, {1.0f, 5.0f, 0.9f}, {-0.75f, 4.3f, 0.85f}, {-2.4f, 3.6f, 0.8f},
        {-3.9f, 2.9f, 0.75f}};
    float toes = 1e9f;
    for (const auto& toe : kToes) {
        const float start = 13.5f - 0.25f * std::abs(toe.w - 1.0f);
        const vec3 base(start, 1.6f, toe.w), joint(start + 0.55f * toe.length, 1.6f, toe.w * 1.07f);
        const vec3 tip(start + toe.length - 0.35f * toe.radius, 1.0f, toe.w * 1.12f);
        float t = sdf::roundCone(f, base, joint, toe.radius, 0.92f * toe.radius);
        t = sdf::smoothUnion(t, sdf::roundCone(f, joint, tip, 0.92f * toe.radius, 0.85f * toe.radius), 0.3f);
        t = sdf::smoothUnion(t, sdf::sphere(f, tip + vec3(-0.1f, -0.05f, 0.0f), 0.88f * toe.radius), 0.3f);
        toes = std::min(toes, t);
    }
    foot = sdf::smoothUnion(foot, toes, 0.6f);
    return sdf::smoothUnion(d, foot * 0.01f, kBodyBlendM * 0.6f);
}

float ClientBody::addRestingHand(float d, const vec3& p, const vec3& wrist, float side) const
{
    // In the hand's frame (m): a from the wrist crease along the hand, b across it towards the
    // thumb (lateral, palm down), h up from the table top. Palm 56% of the hand's length, the
    // middle finger the rest (*estimates*); the breadth across the knuckles is the surveyed one.
    const float length = survey::kHandLengthCm * 0.01f;
    const float breadth = survey::kHandBreadthCm * 0.01f;
    const vec3 r = p - vec3(wrist.x, wrist.y, table::kTopZ);
    const vec3 h(-r.y, side * r.x, r.z);
    const float palmLength = 0.56f * length;
    float hand = sdf::roundBox(h - vec3(0.5f * palmLength, 0.0f, 0.014f),
        vec3(0.5f * palmLength, 0.5f * breadth - 0.004f, 0.0125f), 0.011f);
    // The thenar eminence and the thumb's metacarpal, then its two phalanges, lying on its side
    // 35 degrees out from the index with its tip on the table (*estimates*).
    const vec3 thumbBase(0.014f, 0.026f, 0.015f), thumbMcp(0.052f, 0.050f, 0.015f);
    const vec3 thumbIp(0.076f, 0.063f, 0.012f), thumbTip(0.097f, 0.068f, 0.0075f);
    hand = sdf::smoothUnion(hand, sdf::roundCone(h, thumbBase, thumbMcp, 0.0145f, 0.0105f), 0.008f);
    hand = sdf::smoothUnion(hand, sdf::roundCone(h, thumbMcp, thumbIp, 0.0102f, 0.0090f), 0.004f);
    hand = sdf::smoothUnion(hand, sdf::roundCone(h, thumbIp, thumbTip, 0.0090f, 0.0078f), 0.003f);
    // The fingers, relaxed: each from its knuckle through three phalanges (46, 30 and 24% of its
    // length), the first rising a little, the others bending down (6, 18 and 22 degrees) so the
    // pad of the tip rests on the table; they spread a little and taper to the tip. Index to
    // little: offset across, length as a share of the hand's length, radius at the knuckle.
    constexpr struct {
        float across, share, radius;
    } kFingers[] = {{0.0285f, 0.39f, 0.0088f}, {0.0095f, 0.44f, 0.0090f}, {-0.0095f, 0.41f, 0.0085f},
        {-0.0285f, 0.33f, 0.0075f}};
    constexpr float kRise = 0.105f, kFirstBend = 0.314f, kSecondBend = 0.384f; // sines of the angles
    for (const auto& finger : kFingers) {
        const float l = finger.share * length;
        const float spread = 0.18f * finger.across / l;
        const auto step = [&](float along, float sine) {
            return vec3(along * std::sqrt(1.0f - sine * sine), along * spread, -along * sine);
        };
        const vec3 pip0 = step(0.46f * l, -kRise), dip0 = pip0 + step(0.30f * l, kFirstBend);
        const vec3 tip0 = dip0 + step(0.24f * l, kSecondBend);
        // The knuckle high enough for the tip's pad to rest on the table.
        const float tipR = 0.72f * finger.radius;
        const vec3 knuckle(
            palmLength - 0.004f - 0.12f * std::abs(finger.across), finger.across, 0.85f * tipR - tip0.z);
        const vec3 pip = knuckle + pip0, dip = knuckle + dip0, tip = knuckle + tip0;
        float f = sdf::roundCone(h, knuckle, pip, finger.radius, 0.88f * finger.radius);
        f = sdf::smoothUnion(
            f, sdf::roundCone(h, pip, dip, 0.88f * finger.radius, 0.78f * finger.radius), 0.003f);
        f = sdf::smoothUnion(f, sdf::roundCone(h, dip, tip, 0.78f * finger.radius, tipR), 0.002f);
        // The knuckle's head on the back of the hand, standing about 6 mm over it and 5 mm over
        // the valleys between the heads (*estimate*; less did not survive the body's grid and
        // decimation as a bump), and the pad under the tip.
        f = sdf::smoothUnion(f, sdf::sphere(h, knuckle + vec3(0.001f, 0.0f, 0.0068f), 0.0085f), 0.004f);
        f = sdf::smoothUnion(f,
            sdf::ellipsoid(h - (tip - vec3(0.004f, 0.0f, 0.001f)), vec3(0.008f, 1.1f * tipR, 0.9f * tipR)),
            0.002f);
        hand = sdf::smoothUnion(hand, f, 0.004f);
    }
    return sdf::smoothUnion(d, hand, kBodyBlendM * 0.6f);
}

float ClientBody::limbFlush(const vec3& p) const
{
    // Mirrored onto the right side's limbs.
    const vec3 m(std::abs(p.x), p.y, p.z);
    // A zone: full within `core` of its centre, none beyond `reach` (*choices*).
    const auto zone = [](float distance, float core, float reach) {
        return 1.0f - glm::smoothstep(core, reach, distance);
    };
    // The olecranon's bump (addRestingArm's), pointing up and out with the palm down.
    const LimbSection& elbow = m_armSections[4];
    const vec3 olecranon(elbow.x + 0.008f, elbow.y + 0.01f, elbow.frontZ + 2.0f * elbow.halfDepth - 0.012f);
    float flush = zone(glm::distance(m, olecranon), 0.012f, 0.035f);
    // The knuckles on the back of the resting hand (addRestingHand's frame: along the hand from
    // the wrist crease, across it, up from the table).
    const vec3 wrist = restingWrist(1.0f);
    const vec3 r = m - vec3(wrist.x, wrist.y, table::kTopZ);
    const vec3 h(-r.y, r.x, r.z);
    const float palmLength = 0.56f * survey::kHandLengthCm * 0.01f;
    const vec3 fromKnuckles = (h - vec3(palmLength, 0.0f, 0.024f)) / vec3(0.022f, 0.045f, 0.014f);
    flush = std::max(flush, 0.8f * zone(glm::length(fromKnuckles), 0.5f, 1.0f));
    // The heel's pad and the sole (addProneFoot's frame, cm: forward from the malleolus, up from
    // the sole, medial), the prone foot's upturned sole a little less than the heel.
    const float sinA = std::sin(kPronePlantarflexionRad), cosA = std::cos(kPronePlantarflexionRad);
    const vec3 forward(0.0f, -sinA, -cosA), up(0.0f, cosA, -sinA);
    const vec3 a = m - proneAnkle(1.0f);
    const vec3 f = vec3(glm::dot(a, forward), glm::dot(a, up) + kMalleolusAboveSoleM, -a.x) * 100.0f;
    flush = std::max(flush, zone(glm::distance(f, vec3(-3.2f, 1.0f, 0.2f)), 1.5f, 4.0f));
    const float onFoot = zone(glm::distance(f, vec3(6.0f, 2.0f, 0.0f)), 14.0f, 18.0f);
    return std::max(flush, 0.6f * zone(f.y, 0.8f, 2.0f) * onFoot);
}

} // namespace lumbar
