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
/// The foot lying prone: plantarflexed from the standing right angle so that the toes just touch
/// the table (*estimate*: within the ankle's 50-65 degree range of plantarflexion); the lateral
/// malleolus above the sole (ANSUR II, as kAnkleHeightCm).
constexpr float kPronePlantarflexionRad = 1.134f; // 65 degrees
constexpr float kMalleolusAboveSoleM = survey::kAnkleHeightCm * 0.01f;

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

float ClientBody::addProneFoot(float d, const vec3& p, const vec3& ankle, float side) const
{
    // Into the standing foot's frame (cm): u forward from the malleolus, v up from the sole, w
    // medial. The foot lies plantarflexed by kPronePlantarflexionRad: u points down the table and
    // towards it, v (the standing foot's up, towards the knee) up the table and towards it.
    const float sinA = std::sin(kPronePlantarflexionRad), cosA = std::cos(kPronePlantarflexionRad);
    const vec3 forward(0.0f, -sinA, -cosA), up(0.0f, cosA, -sinA);
    const vec3 r = p - ankle;
    const vec3 f = vec3(glm::dot(r, forward), glm::dot(r, up) + kMalleolusAboveSoleM, -side * r.x) * 100.0f;
    // Heel, the arch to the ball of the foot, the forefoot, and the toes, the big toe medial
    // (*estimates*: 26 cm heel to big toe, 10 cm across the ball, the heel 6.5 cm broad).
    float foot = sdf::ellipsoid(f - vec3(-2.0f, 3.1f, 0.3f), vec3(3.4f, 3.2f, 3.1f));
    foot = sdf::smoothUnion(foot,
        sdf::roundCone(
            vec3(f.x, f.y, f.z / 1.3f), vec3(0.5f, 3.4f, 0.3f), vec3(10.0f, 2.1f, 0.4f), 3.0f, 2.1f),
        1.5f);
    foot = sdf::smoothUnion(foot, sdf::ellipsoid(f - vec3(11.5f, 1.9f, 0.3f), vec3(3.6f, 1.8f, 4.9f)), 1.5f);
    // Each toe from the ball to its tip: offset across (w), length and radius.
    constexpr struct {
        float w, length, radius;
    } kToes[] = {{3.0f, 6.0f, 1.3f}, {1.0f, 5.0f, 0.9f}, {-0.8f, 4.3f, 0.85f}, {-2.5f, 3.6f, 0.8f},
        {-4.0f, 2.9f, 0.75f}};
    for (const auto& toe : kToes) {
        const float start = 13.5f - 0.25f * std::abs(toe.w - 1.0f);
        foot = sdf::smoothUnion(foot,
            sdf::capsule(
                f, vec3(start, 1.5f, toe.w), vec3(start + toe.length, 1.1f, toe.w * 1.1f), toe.radius),
            0.4f);
    }
    return sdf::smoothUnion(d, foot * 0.01f, kBlendM * 0.6f);
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
    float hand = sdf::roundBox(h - vec3(0.5f * palmLength, 0.0f, 0.015f),
        vec3(0.5f * palmLength, 0.5f * breadth - 0.004f, 0.0135f), 0.011f);
    // The thenar eminence and the thumb, lying beside the index finger.
    hand = sdf::smoothUnion(hand,
        sdf::roundCone(h, vec3(0.020f, 0.026f, 0.016f), vec3(0.058f, 0.052f, 0.013f), 0.014f, 0.0105f),
        0.008f);
    hand = sdf::smoothUnion(hand,
        sdf::roundCone(h, vec3(0.058f, 0.052f, 0.013f), vec3(0.092f, 0.064f, 0.009f), 0.0105f, 0.0085f),
        0.004f);
    // The fingers, relaxed: bent a little at the middle joints so the tips touch the table,
    // spreading slightly. Index to little: offset across, length as a share of the hand's length.
    constexpr struct {
        float across, share, radius;
    } kFingers[] = {{0.0285f, 0.39f, 0.0085f}, {0.0095f, 0.44f, 0.0088f}, {-0.0095f, 0.41f, 0.0083f},
        {-0.0285f, 0.33f, 0.0073f}};
    for (const auto& finger : kFingers) {
        const float fingerLength = finger.share * length;
        const vec3 knuckle(palmLength - 0.004f - 0.12f * std::abs(finger.across), finger.across, 0.016f);
        const vec3 middle = knuckle + vec3(0.55f * fingerLength, 0.18f * finger.across, 0.0f);
        const vec3 tip = knuckle + vec3(fingerLength, 0.35f * finger.across, finger.radius - 0.016f);
        hand = sdf::smoothUnion(hand, sdf::capsule(h, knuckle, middle, finger.radius), 0.004f);
        hand = sdf::smoothUnion(
            hand, sdf::roundCone(h, middle, tip, finger.radius, 0.9f * finger.radius), 0.003f);
    }
    return sdf::smoothUnion(d, hand, kBlendM * 0.6f);
}

float ClientBody::outer(const vec3& p) const
{
    const float acromionY = heightY(survey::kAcromialHeightCm);
    const float kneeY = heightY(survey::kKneeHeightCm);
    const float ankleY = heightY(survey::kAnkleHeightCm);
    const float shoulderX = survey::kBiacromialBreadthCm * 0.005f;

    // The face down in the cradle, the ears beside it, the hair lying on the scalp.
    const vec3 head = headCentre();
    float d = addHead(trunk(p), p, head);
    const vec3 q = p - head;
    for (float s : {-1.0f, 1.0f})
        d = sdf::smoothUnion(d,
            sdf::ellipsoid(q - vec3(s * kHeadHalfSize.x, kEarCentre.y, kEarCentre.z), kEarHalfSize), 0.005f);
    if (sdf::ellipsoid(q, kHeadHalfSize) < 0.03f)
        d = std::min(d,
            sdf::ellipsoid(q, kHeadHalfSize)
                - kHairThicknessM * glm::smoothstep(-kHairlineBlurM, 2.0f * kHairlineBlurM, scalpMargin(q)));

    // Arms resting beside the body on the table, palms down: upper arm, forearm and the hand.
    const float forearmR = radiusOfGirth(survey::kForearmGirthCm);
    const float wristR = radiusOfGirth(survey::kWristGirthCm);
    const float armY0 = acromionY - 0.025f;
    const float elbowY = armY0 - survey::kUpperArmLengthCm * 0.01f;
    const float wristY = elbowY - survey::kForearmLengthCm * 0.01f;
    for (float s : {-1.0f, 1.0f}) {
        const vec3 wrist(s * 0.255f, wristY, table::kTopZ + wristR);
        d = addArmToWrist(d, p,
            {vec3(s * (shoulderX - 0.01f), armY0, -0.045f), vec3(s * 0.245f, elbowY, table::kTopZ + forearmR),
                wrist, wrist, vec3(0.0f)});
        d = addRestingHand(d, p, wrist, s);
    }

    // Legs lying on the table: thigh from the hip to the knee, leg to the ankle, foot with the
    // heel up and the toes down.
    const float calfR = radiusOfGirth(survey::kCalfGirthCm);
    const float ankleR = radiusOfGirth(survey::kAnkleGirthCm);
    for (float s : {-1.0f, 1.0f}) {
        const vec3 ankle(s * 0.100f, ankleY, table::kTopZ + ankleR);
        // The thigh is the envelope's, so that the anatomy under the buttock fits the skin.
        const Thigh& thigh = m_envelope.thigh(s);
        d = addLeg(d, p,
            {thigh.hip, thigh.knee, vec3(s * 0.100f, kneeY - 0.12f, table::kTopZ + calfR + 0.008f), ankle});
        d = addProneFoot(d, p, ankle, s);
    }

    // Resting on the table: the front is flattened where it meets the top (not the head, which
    // lies in the cradle beyond the table's end).
    if (p.y < tableHeadY(*this))
        d = std::max(d, table::kTopZ + 0.001f - p.z);
    return d;
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
