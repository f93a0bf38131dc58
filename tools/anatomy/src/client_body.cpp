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
    // Neck and head (*estimates*: neck radius 5.7 cm; head 15.6 cm broad, 23 cm from vertex to
    // chin, 19.6 cm from front to back).
    const float acromionY = heightY(survey::kAcromialHeightCm);
    d = sdf::smoothUnion(d,
        sdf::capsule(
            p, vec3(0.0f, acromionY + 0.005f, -0.020f), headCentre + vec3(0.0f, -0.06f, 0.02f), 0.057f),
        kBlendM);
    return sdf::smoothUnion(d, sdf::ellipsoid(p - headCentre, vec3(0.078f, 0.115f, 0.098f)), kBlendM);
}

float ClientBody::addArm(float d, const vec3& p, const ArmJoints& arm) const
{
    const float upperArmR = radiusOfGirth(survey::kBicepsGirthCm) * 0.92f; // relaxed, not flexed (*estimate*)
    const float forearmR = radiusOfGirth(survey::kForearmGirthCm);
    const float wristR = radiusOfGirth(survey::kWristGirthCm);
    d = sdf::smoothUnion(d, sdf::roundCone(p, arm.shoulder, arm.elbow, upperArmR, forearmR * 0.9f), kBlendM);
    d = sdf::smoothUnion(d, sdf::roundCone(p, arm.elbow, arm.wrist, forearmR, wristR), kBlendM * 0.6f);
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

float ClientBody::outer(const vec3& p) const
{
    const float acromionY = heightY(survey::kAcromialHeightCm);
    const float vertexY = heightY(survey::kStatureCm);
    const float kneeY = heightY(survey::kKneeHeightCm);
    const float ankleY = heightY(survey::kAnkleHeightCm);
    const float shoulderX = survey::kBiacromialBreadthCm * 0.005f;

    // The face down in the cradle.
    float d = addHead(trunk(p), p, vec3(0.0f, vertexY - 0.115f, table::kTopZ - 0.015f + 0.098f));

    // Arms resting beside the body on the table, palms down: upper arm, forearm, and the hand, a
    // flat oval of the surveyed length and breadth, about 3 cm thick (*estimate*).
    const float forearmR = radiusOfGirth(survey::kForearmGirthCm);
    const float wristR = radiusOfGirth(survey::kWristGirthCm);
    const float armY0 = acromionY - 0.025f;
    const float elbowY = armY0 - survey::kUpperArmLengthCm * 0.01f;
    const float wristY = elbowY - survey::kForearmLengthCm * 0.01f;
    const float handHalfLength = survey::kHandLengthCm * 0.005f;
    for (float s : {-1.0f, 1.0f}) {
        d = addArm(d, p,
            {vec3(s * (shoulderX - 0.01f), armY0, -0.045f), vec3(s * 0.245f, elbowY, table::kTopZ + forearmR),
                vec3(s * 0.255f, wristY, table::kTopZ + wristR),
                vec3(s * 0.258f, wristY - handHalfLength * 0.92f, table::kTopZ + 0.016f),
                vec3(survey::kHandBreadthCm * 0.005f, handHalfLength, 0.016f)});
    }

    // Legs lying on the table: thigh from the hip to the knee, leg to the ankle, foot with the
    // toes down.
    const float calfR = radiusOfGirth(survey::kCalfGirthCm);
    const float ankleR = radiusOfGirth(survey::kAnkleGirthCm);
    for (float s : {-1.0f, 1.0f}) {
        const vec3 ankle(s * 0.100f, ankleY, table::kTopZ + ankleR);
        // The thigh is the envelope's, so that the anatomy under the buttock fits the skin.
        const Thigh& thigh = m_envelope.thigh(s);
        d = addLeg(d, p,
            {thigh.hip, thigh.knee, vec3(s * 0.100f, kneeY - 0.12f, table::kTopZ + calfR + 0.008f), ankle});
        // Plantarflexed: the heel up, the toes on the table.
        d = addFoot(d, p, vec3(s * 0.100f, ankleY - 0.020f, ankle.z + 0.030f),
            vec3(s * 0.100f, ankleY - 0.215f, table::kTopZ + 0.022f));
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
