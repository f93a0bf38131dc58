// The client's body, the dissection window and the table as signed distances. Limbs are tapered
// round cones between joints placed from the surveyed heights; their radii come from the surveyed
// girths (girth / 2 pi); everything is blended with a small fillet so joints and creases (the
// gluteal fold, the armpit) read as soft tissue rather than as joined tubes.
#include "client_body.hpp"

#include "landmarks.hpp"
#include "sdf.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar {
namespace {

using glm::vec2;
using glm::vec3;

using survey::radiusOfGirth;
constexpr float kBlendM = kBodyBlendM;
/// The lower trunk of the envelope is used up to here, where the chest takes over.
constexpr float kTrunkEnvelopeTopM = 0.33f;

/// The head's half-sizes (*estimates*: 15.6 cm broad, 23 cm from vertex to chin, 19.6 cm from
/// front to back), the same as addHead's.
constexpr vec3 kHeadHalfSize(0.078f, 0.115f, 0.098f);
/// The ears, from the head's centre (*estimates*: 6 cm high, 3.4 cm from front to back, standing
/// 1 cm off the scalp; level with the space between the brows and the base of the nose, a little
/// behind the head's middle). Prone, face down (+Z is the back of the head).
constexpr vec3 kEarCentre(0.0f, -0.024f, 0.006f);
constexpr vec3 kEarHalfSize(0.010f, 0.030f, 0.017f);
/// The hair stops this far short of the ear's outline (*estimate*).
constexpr float kEarClearanceM = 0.008f;
/// Short hair lying on the scalp (*choice*): it rounds the crown off the head's ellipsoid. It
/// rises over three times kHairlineBlurM from the hairline, a low step that the decimation keeps
/// vertices along, so that the colour's edge follows the hairline rather than the coarse
/// triangles of a smooth scalp.
constexpr float kHairThicknessM = 0.007f;
/// The hairline's edge is this soft, a little more than a grid cell of the body (*choice*).
constexpr float kHairlineBlurM = 0.008f;
/// How far the scalp point at `q` (from the head's centre, prone: face towards -Z) lies inside
/// the hair (m, negative outside it): above a hairline that runs across the forehead at the top
/// of the face's upper third, up at the temples, down in front of the ears as sideburns, round
/// the ears and down to the nape (*estimates* after the face's thirds, each about 6 cm).
float scalpMargin(const vec3& q)
{
    if (sdf::ellipsoid(q, kHeadHalfSize) > 0.03f)
        return -1.0f;
    // The angle round the head from the middle of the face (0) to the back of the head (pi).
    const float angle = std::atan2(std::abs(q.x), -q.z);
    constexpr vec2 kHairline[] = {{0.00f, 0.060f}, {0.50f, 0.052f}, {0.90f, 0.036f}, {1.02f, -0.028f},
        {1.30f, -0.032f}, {1.80f, -0.046f}, {2.30f, -0.064f}, {3.1416f, -0.078f}};
    float hairlineY = kHairline[0].y;
    for (std::size_t i = 1; i < std::size(kHairline); ++i)
        if (angle <= kHairline[i].x) {
            const float t = (angle - kHairline[i - 1].x) / (kHairline[i].x - kHairline[i - 1].x);
            hairlineY = glm::mix(kHairline[i - 1].y, kHairline[i].y, t);
            break;
        }
    // Bare skin round each ear (arc lengths at the head's mean radius).
    const float earAngle = std::atan2(kHeadHalfSize.x, -kEarCentre.z);
    const vec2 fromEar((angle - earAngle) * 0.085f / (kEarHalfSize.z + kEarClearanceM),
        (q.y - kEarCentre.y) / (kEarHalfSize.y + kEarClearanceM));
    const float aroundEar = (glm::length(fromEar) - 1.0f) * (kEarHalfSize.z + kEarClearanceM);
    return std::min(q.y - hairlineY, aroundEar);
}

/// The back's relief above the window, which a smooth trunk lacks and every back shows through
/// its skin: the shoulder blades raised over the ribs beside the spine, each with the ridge of its
/// spine running out to the acromion, and the furrow over the spinous processes between the
/// erector columns (*estimates* after standard surface anatomy: the scapula about 15 cm long and
/// 10 cm broad, its medial border about 7 cm from the midline, from the second thoracic spine,
/// about 4 cm above the acromion's level, down to the seventh, about 9 cm below it; the reliefs
/// under the skin under a centimetre). Levels from the acromion's height (ANSUR II's acromial and
/// cervicale heights put C7 about 8 cm above it). Only on the back: it fades out round the flanks
/// and the shoulders.
float backRelief(float d, const vec3& p, float acromionY)
{
    constexpr float kBladeHeightM = 0.008f, kBladeMedialBorderX = 0.068f, kBladeHalfBreadthM = 0.050f;
    constexpr float kSpineRidgeM = 0.004f, kSpineHalfWidthM = 0.010f;
    constexpr float kFurrowDepthM = 0.005f, kFurrowHalfWidthM = 0.012f;
    const float onTheBack = glm::smoothstep(0.0f, 0.04f, p.z);
    if (onTheBack <= 0.0f)
        return d;
    const float bladeTop = acromionY + 0.040f, bladeBottom = acromionY - 0.090f;
    // Broadest at the spine of the scapula, narrowing to the inferior angle; the medial border
    // runs straight down.
    const float up = std::clamp((p.y - bladeBottom) / (bladeTop - bladeBottom), 0.0f, 1.0f);
    const float halfBreadth = kBladeHalfBreadthM * (0.45f + 0.55f * up);
    const float x = std::abs(p.x);
    const vec2 inBlade((x - kBladeMedialBorderX - halfBreadth) / halfBreadth,
        (p.y - 0.5f * (bladeTop + bladeBottom)) / (0.5f * (bladeTop - bladeBottom)));
    const float blade = kBladeHeightM * (1.0f - glm::smoothstep(0.7f, 1.0f, glm::length(inBlade)));
    // The spine of the scapula: from the medial border a third of the way down, out and a little
    // up to the acromion.
    const float spineRootY = bladeTop - 0.3f * (bladeTop - bladeBottom);
    const vec2 root(kBladeMedialBorderX, spineRootY),
        tip(survey::kBiacromialBreadthCm * 0.005f - 0.02f, acromionY);
    const vec2 q(x, p.y);
    const float along
        = std::clamp(glm::dot(q - root, tip - root) / glm::dot(tip - root, tip - root), 0.0f, 1.0f);
    const float fromSpine = glm::length(q - (root + along * (tip - root)));
    const float spine
        = kSpineRidgeM * std::exp(-(fromSpine * fromSpine) / (kSpineHalfWidthM * kSpineHalfWidthM));
    // From just above the window's top edge (where the window's own skin takes over) to C7.
    const float c7 = acromionY + 0.078f;
    const float alongSpine = glm::smoothstep(window::kTopM + 0.01f, window::kTopM + 0.04f, p.y)
        * (1.0f - glm::smoothstep(c7 - 0.03f, c7, p.y));
    const float furrow
        = kFurrowDepthM * alongSpine * std::exp(-(p.x * p.x) / (kFurrowHalfWidthM * kFurrowHalfWidthM));
    return d + onTheBack * (furrow - blade - spine);
}

/// Where the head end of the table is: at the shoulders, the face lying in the cradle beyond it.
float tableHeadY(const ClientBody& body)
{
    return body.heightY(survey::kAcromialHeightCm) + 0.02f;
}

} // namespace

float ClientBody::trunk(const vec3& p) const
{
    // Lower trunk: the anatomy's own envelope, without the thighs.
    const float trunk = std::max(m_envelope.trunk(p), p.y - kTrunkEnvelopeTopM);

    const float acromionY = heightY(survey::kAcromialHeightCm);
    const float shoulderX = survey::kBiacromialBreadthCm * 0.005f;
    // Chest and shoulder girdle (*estimate*: an ellipsoid continuing the envelope's top section,
    // broad enough to cover it, with the deltoids rounding the acromia).
    float d = trunk;
    d = sdf::smoothUnion(
        d, sdf::ellipsoid(p - vec3(0.0f, 0.355f, -0.030f), vec3(0.172f, 0.125f, 0.142f)), kBlendM);
    for (float s : {-1.0f, 1.0f}) {
        d = sdf::smoothUnion(d,
            sdf::capsule(p, vec3(s * 0.07f, acromionY + 0.005f, -0.010f),
                vec3(s * (shoulderX - 0.015f), acromionY - 0.012f, -0.030f), 0.052f),
            kBlendM);
    }
    return d;
}

float ClientBody::addHead(float d, const vec3& p, const vec3& headCentre) const
{
    // Neck (*estimate*: radius 5.7 cm) and head (kHeadHalfSize).
    const float acromionY = heightY(survey::kAcromialHeightCm);
    d = sdf::smoothUnion(d,
        sdf::capsule(
            p, vec3(0.0f, acromionY + 0.005f, -0.020f), headCentre + vec3(0.0f, -0.06f, 0.02f), 0.057f),
        kBlendM);
    return sdf::smoothUnion(d, sdf::ellipsoid(p - headCentre, kHeadHalfSize), kBlendM);
}

float ClientBody::addArmToWrist(float d, const vec3& p, const ArmJoints& arm) const
{
    const float upperArmR = radiusOfGirth(survey::kBicepsGirthCm) * 0.92f; // relaxed, not flexed (*estimate*)
    const float forearmR = radiusOfGirth(survey::kForearmGirthCm);
    const float wristR = radiusOfGirth(survey::kWristGirthCm);
    d = sdf::smoothUnion(d, sdf::roundCone(p, arm.shoulder, arm.elbow, upperArmR, forearmR * 0.9f), kBlendM);
    return sdf::smoothUnion(d, sdf::roundCone(p, arm.elbow, arm.wrist, forearmR, wristR), kBlendM * 0.6f);
}

float ClientBody::addArm(float d, const vec3& p, const ArmJoints& arm) const
{
    d = addArmToWrist(d, p, arm);
    return sdf::smoothUnion(d, sdf::ellipsoid(p - arm.handCentre, arm.handHalfSize), kBlendM * 0.6f);
}

float ClientBody::addLeg(float d, const vec3& p, const LegJoints& leg) const
{
    // The thigh's radius at its top is set by the hip (it merges into the buttock).
    const float thighR = radiusOfGirth(survey::kThighGirthCm);
    const float kneeR = radiusOfGirth(survey::kKneeGirthCm);
    const float calfR = radiusOfGirth(survey::kCalfGirthCm);
    const float ankleR = radiusOfGirth(survey::kAnkleGirthCm);
    d = sdf::smoothUnion(d, sdf::roundCone(p, leg.hip, leg.knee, thighR * 1.12f, kneeR), kBlendM);
    d = sdf::smoothUnion(d, sdf::roundCone(p, leg.knee, leg.calf, kneeR, calfR), kBlendM);
    return sdf::smoothUnion(d, sdf::roundCone(p, leg.calf, leg.ankle, calfR, ankleR), kBlendM);
}

float ClientBody::addFoot(float d, const vec3& p, const vec3& heel, const vec3& toes) const
{
    // *Estimate*: 26 cm long.
    return sdf::smoothUnion(d, sdf::roundCone(p, heel, toes, 0.036f, 0.024f), kBlendM * 0.6f);
}

vec3 ClientBody::headCentre() const
{
    // The face down in the cradle, its front 1.5 cm below the table top.
    return vec3(0.0f, heightY(survey::kStatureCm) - kHeadHalfSize.y, table::kTopZ - 0.015f + kHeadHalfSize.z);
}

float ClientBody::hairCover(const vec3& p) const
{
    return glm::smoothstep(-0.5f * kHairlineBlurM, 0.5f * kHairlineBlurM, scalpMargin(p - headCentre()));
}

float ClientBody::addFace(float d, const vec3& p) const
{
    // From the head's centre, prone: the face looks down (-Z) into the cradle, the vertex at +Y.
    const vec3 q = p - headCentre();
    if (glm::length(q) > 0.2f)
        return d;
    // The face's proportions (*estimates* after the face's thirds, each about 6 cm: brow 1 cm
    // above the eyes at the head's middle, the nose's tip 3.5 cm and the mouth 6.5 cm below
    // them, the chin 10 cm). The lower face and the jaw fill the ellipsoid out to a face flat
    // from brow to chin; the brow ridge stands over the eyes' hollows; the nose projects 2 cm.
    // Every part is broad and blended over 1-2 cm (*choices*), so that no fold is sharper than
    // the body's 4.5 mm grid can carry: smaller radii (the lips a 7.5 mm capsule, the nose's wings
    // blended over 6 mm) came out of the decimation as facets.
    float face = sdf::ellipsoid(q - vec3(0.0f, -0.045f, -0.040f), vec3(0.060f, 0.075f, 0.058f));
    face = sdf::smoothUnion(
        face, sdf::ellipsoid(q - vec3(0.0f, -0.097f, -0.078f), vec3(0.024f, 0.020f, 0.016f)), 0.018f);
    face = sdf::smoothUnion(
        face, sdf::ellipsoid(q - vec3(0.0f, -0.066f, -0.090f), vec3(0.023f, 0.011f, 0.009f)), 0.014f);
    for (float s : {-1.0f, 1.0f})
        face = sdf::smoothUnion(face,
            sdf::ellipsoid(q - vec3(s * 0.045f, -0.026f, -0.077f), vec3(0.024f, 0.020f, 0.013f)), 0.02f);
    d = sdf::smoothUnion(d, face, 0.022f);
    d = sdf::smoothUnion(
        d, sdf::capsule(q, vec3(-0.033f, 0.016f, -0.089f), vec3(0.033f, 0.016f, -0.089f), 0.011f), 0.02f);
    for (float s : {-1.0f, 1.0f})
        d = sdf::smoothIntersect(d, -sdf::sphere(q, vec3(s * 0.033f, -0.005f, -0.106f), 0.016f), 0.018f);
    float nose = sdf::roundCone(q, vec3(0.0f, 0.004f, -0.092f), vec3(0.0f, -0.034f, -0.109f), 0.009f, 0.012f);
    for (float s : {-1.0f, 1.0f})
        nose = sdf::smoothUnion(nose, sdf::sphere(q, vec3(s * 0.013f, -0.039f, -0.101f), 0.0075f), 0.01f);
    return sdf::smoothUnion(d, nose, 0.016f);
}

float ClientBody::outer(const vec3& p) const
{
    // The face down in the cradle, the ears beside it, the hair lying on the scalp.
    const vec3 head = headCentre();
    float d = addHead(backRelief(trunk(p), p, heightY(survey::kAcromialHeightCm)), p, head);
    const vec3 q = p - head;
    for (float s : {-1.0f, 1.0f})
        d = sdf::smoothUnion(d,
            sdf::ellipsoid(q - vec3(s * kHeadHalfSize.x, kEarCentre.y, kEarCentre.z), kEarHalfSize), 0.005f);
    if (sdf::ellipsoid(q, kHeadHalfSize) < 0.03f)
        d = std::min(d,
            sdf::ellipsoid(q, kHeadHalfSize)
                - kHairThicknessM * glm::smoothstep(-kHairlineBlurM, 2.0f * kHairlineBlurM, scalpMargin(q)));

    // The face lying in the cradle; arms resting beside the body on the table, palms down; legs
    // lying on the table, the feet with the heels up and the toes down (client_limbs.cpp).
    d = addFace(d, p);
    for (float s : {-1.0f, 1.0f}) {
        d = addRestingArm(d, p, s);
        d = addProneLeg(d, p, s);
    }

    // Resting on the table: the front is flattened where it meets the top (not the head, which
    // lies in the cradle beyond the table's end), 1.5 mm above it so that the smoothing after
    // the decimation leaves no vertex below it.
    if (p.y < tableHeadY(*this))
        d = std::max(d, table::kTopZ + 0.0015f - p.z);
    return d;
}

float ClientBody::skinFlush(const vec3& p) const
{
    // The ears, their whole outer surface (*choice*: fading out over 1.2 cm round them).
    const vec3 q = p - headCentre();
    const vec3 ear(std::abs(q.x) - kHeadHalfSize.x, q.y - kEarCentre.y, q.z - kEarCentre.z);
    const float ears = 0.8f * (1.0f - glm::smoothstep(0.0f, 0.012f, sdf::ellipsoid(ear, kEarHalfSize)));
    return std::max(ears, limbFlush(p));
}

float ClientBody::window(const vec3& p) const
{
    // A rounded rectangle in (height, arc length round the trunk).
    const float centreY = 0.5f * (window::kBottomM + window::kTopM);
    const float halfHeight = 0.5f * (window::kTopM - window::kBottomM);
    const float halfArc = window::kHalfAngleRad * window::kArcRadiusM;
    const float arc = m_envelope.angleFromMidline(p) * window::kArcRadiusM;
    const vec2 q(std::abs(p.y - centreY) - (halfHeight - window::kCornerM),
        std::abs(arc) - (halfArc - window::kCornerM));
    return glm::length(glm::max(q, vec2(0.0f))) + std::min(std::max(q.x, q.y), 0.0f) - window::kCornerM;
}

float ClientBody::core(const vec3& p) const
{
    // A centimetre longer than the slab the anatomy is confined to at each end: the body's coarser
    // grid rounds the hollow's corners, which must not reach into the muscles ending there.
    constexpr float kEndMarginM = 0.01f;
    const float slab
        = std::max(dims::kTrunkBottomM - kEndMarginM - p.y, p.y - (dims::kTrunkTopM + kEndMarginM));
    return std::max(std::max(m_envelope.inner(p), slab), window::kFloorZ - p.z);
}

vec3 ClientBody::fatOffset(const vec3& p) const
{
    const float thickness = m_envelope.inner(p) - m_envelope.outer(p);
    const float height = std::clamp(thickness + outer(p), 0.0f, thickness);
    constexpr float kStepM = 0.002f;
    const vec3 gradient(outer(p + vec3(kStepM, 0, 0)) - outer(p - vec3(kStepM, 0, 0)),
        outer(p + vec3(0, kStepM, 0)) - outer(p - vec3(0, kStepM, 0)),
        outer(p + vec3(0, 0, kStepM)) - outer(p - vec3(0, 0, kStepM)));
    const float length = glm::length(gradient);
    if (length < 1e-6f || height <= 0.0f)
        return vec3(0.0f);
    const vec3 outward = gradient / length;
    constexpr float kFadeM = 0.08f;
    const auto smooth = [](float t) {
        t = std::clamp(t, 0.0f, 1.0f);
        return t * t * (3.0f - 2.0f * t);
    };
    const float alongTrunk = smooth((p.y - (dims::kTrunkBottomM - kFadeM)) / kFadeM)
        * smooth(((dims::kTrunkTopM + kFadeM) - p.y) / kFadeM);
    // The back and the flanks; the front lies on the table (+z is posterior).
    const float notOnTable = smooth((outward.z + 0.4f) / 0.5f);
    return outward * (height * alongTrunk * notOnTable);
}

float ClientBody::bodyOutsideWindow(const vec3& p) const
{
    return std::max(std::max(outer(p), -core(p)), window::kCutGapM - window(p));
}

float ClientBody::massageTable(const vec3& p) const
{
    const float headY = tableHeadY(*this);
    const vec3 topCentre(0.0f, headY - 0.5f * table::kLengthM, table::kTopZ - 0.5f * table::kThicknessM);
    float d = sdf::roundBox(
        p - topCentre, vec3(0.5f * table::kWidthM, 0.5f * table::kLengthM, 0.5f * table::kThicknessM), 0.02f);
    // Four legs, 6 cm square, set in 10 cm from the corners (*estimates*).
    const float floorZ = table::kTopZ - table::kHeightM;
    const float legTopZ = table::kTopZ - table::kThicknessM;
    for (float sx : {-1.0f, 1.0f})
        for (float sy : {-1.0f, 1.0f}) {
            const vec3 leg(sx * (0.5f * table::kWidthM - 0.10f),
                topCentre.y + sy * (0.5f * table::kLengthM - 0.10f), 0.5f * (floorZ + legTopZ));
            d = std::min(d, sdf::roundBox(p - leg, vec3(0.03f, 0.03f, 0.5f * (legTopZ - floorZ)), 0.008f));
        }
    // Face cradle: a padded horseshoe ring beyond the head end, its top just under the face, on a
    // bar from the table (*estimates*: 26 x 22 cm outside, 5 cm thick).
    const vec3 cradle(0.0f, headY + 0.14f, table::kTopZ - 0.045f);
    const vec3 q = p - cradle;
    const float ring = glm::length(vec2(glm::length(vec2(q.x / 1.1f, q.y)) - 0.095f, q.z)) - 0.027f;
    d = std::min(d, ring);
    for (float s : {-1.0f, 1.0f})
        d = std::min(d,
            sdf::capsule(p, vec3(s * 0.09f, headY - 0.04f, table::kTopZ - table::kThicknessM + 0.01f),
                vec3(s * 0.09f, cradle.y - 0.03f, cradle.z - 0.02f), 0.012f));
    return d;
}

ClientBody clientBodyOf(const Landmarks& lm)
{
    return ClientBody(lm.onSacrum(dims::kCoccyxTipAlongSacrumM, 0.0f, 0.0f).y);
}

} // namespace lumbar
