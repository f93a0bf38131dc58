// The therapist's hand and arm as signed distances: bones as tapered round cones along a small
// kinematic chain (four fingers of three phalanges, the thumb's metacarpal and two phalanges, the
// palm with its thenar and hypothenar eminences, the wrist, the forearm, the elbow with the
// olecranon, the upper arm to the shoulder), sized from the surveys in client_body.hpp and posed
// once per tool as massage textbooks teach it.
#include "hands.hpp"

#include "client_body.hpp"
#include "decimate.hpp"
#include "parallel.hpp"
#include "polygonise.hpp"
#include "sdf.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace lumbar {
namespace {

using glm::mat3;
using glm::vec3;

constexpr float kPi = 3.14159265f;

float rad(float degrees)
{
    return degrees * kPi / 180.0f;
}

/// A unit direction `downDeg` below the horizontal forward axis (+X), turned `sideDeg` towards +Z.
vec3 heading(float downDeg, float sideDeg)
{
    const float p = rad(downDeg), y = rad(sideDeg);
    return {std::cos(p) * std::cos(y), -std::sin(p), std::cos(p) * std::sin(y)};
}

// Hand length (wrist crease to the tip of the middle finger) and breadth (across the metacarpal
// heads), ANSUR II male means; forearm and upper arm lengths from the same survey.
constexpr float kHandLengthM = survey::kHandLengthCm * 0.01f;
constexpr float kHandBreadthM = survey::kHandBreadthCm * 0.01f;
constexpr float kForearmLengthM = survey::kForearmLengthCm * 0.01f;
constexpr float kUpperArmLengthM = survey::kUpperArmLengthCm * 0.01f;
// Radii from Heinz et al. 2003's girths (girth / 2 pi): wrist, forearm (its maximum, a little
// below the elbow, flattened to 90% for the forearm's oval section, *estimate*) and the relaxed
// upper arm (92% of the flexed biceps girth, *estimate*, as for the client).
constexpr float kWristR = survey::kWristGirthCm * 0.01f / (2.0f * kPi);
constexpr float kForearmR = 0.9f * survey::kForearmGirthCm * 0.01f / (2.0f * kPi);
constexpr float kUpperArmR = 0.92f * survey::kBicepsGirthCm * 0.01f / (2.0f * kPi);
/// Radius at the elbow (*estimate*: between the forearm's and the upper arm's).
constexpr float kElbowR = 0.85f * kForearmR;

/// One finger in the hand's frame (origin at the wrist joint, +X towards the fingertips, +Y dorsal,
/// +Z ulnar: a right hand, its thumb on -Z). Lengths from the metacarpophalangeal joint, as
/// fractions of the hand length (*estimates* after the usual phalanx proportions, about
/// 1 : 0.64 : 0.57 for the proximal, middle and distal phalanx with its pad).
struct FingerSpec {
    float mcpX; ///< joint position along the hand, fraction of the hand length
    float lengthFraction; ///< joint to fingertip, fraction of the hand length
    float rootR, tipR;
    float spreadDeg; ///< fanning out of the fingers when spread
};

constexpr FingerSpec kFingers[4] = {
    {0.465f, 0.485f, 0.0098f, 0.0075f, -5.0f}, // index
    {0.480f, 0.520f, 0.0100f, 0.0077f, 0.0f}, // middle
    {0.460f, 0.500f, 0.0094f, 0.0072f, 5.0f}, // ring
    {0.420f, 0.400f, 0.0083f, 0.0064f, 11.0f}, // little
};
constexpr float kPhalanxShare[3] = {0.45f, 0.29f, 0.26f};
/// Height of the fingers' axes in the hand (the palm is thicker on its palmar side).
constexpr float kFingerAxisY = -0.0065f;

/// Where finger i's joint lies across the hand: the four heads span the surveyed breadth, less
/// the soft tissue either side.
float fingerZ(int i)
{
    const float spacing = 0.245f * kHandBreadthM;
    return (float(i) - 1.5f) * spacing - 0.002f;
}

/// A tapered round segment of a limb.
struct Cone {
    vec3 a, b;
    float ra, rb;

    float distance(const vec3& p) const { return sdf::roundCone(p, a, b, ra, rb); }
};

/// Flexion of each finger's three joints, degrees.
using FingerFlex = std::array<std::array<float, 3>, 4>;

/// A nail: a thin oval plate on the back of a distal phalanx, its axes the phalanx's direction,
/// the back of the finger and across it.
struct Nail {
    vec3 centre{0.0f};
    mat3 axes{1.0f};
    vec3 radii{0.0f};

    float distance(const vec3& p) const { return sdf::ellipsoid(glm::transpose(axes) * (p - centre), radii); }
};

/// The nail on `distal` (the last segment of a finger or the thumb), its back towards `dorsal`:
/// over the distal half of the phalanx, as long as the finger is broad and a little narrower,
/// standing a millimetre proud of the skin (*estimates* after the usual proportions).
Nail nailOn(const Cone& distal, const vec3& dorsal)
{
    const vec3 along = glm::normalize(distal.b - distal.a);
    const vec3 back = glm::normalize(dorsal - along * glm::dot(dorsal, along));
    const float r = distal.rb;
    return {distal.b - along * (0.35f * r) + back * (r - 0.0007f), mat3(along, back, glm::cross(along, back)),
        vec3(0.8f * r, 0.0017f, 0.62f * r)};
}

/// One arm's pose: the hand's placement and joint angles, and where the elbow and shoulder lie.
struct ArmPose {
    vec3 wrist{0.0f};
    vec3 fingersDir{1.0f, 0.0f, 0.0f}; ///< the hand's +X in the tool frame
    vec3 thumbSide{0.0f, 0.0f, -1.0f}; ///< roughly where the thumb points out of the hand
    bool leftHand = false; ///< mirrored across the hand's midplane
    FingerFlex fingerFlexDeg{}; ///< per finger (index to little): MCP, PIP, DIP flexion
    float spread = 1.0f; ///< 0 fingers parallel, 1 naturally fanned
    float thumbAbductDeg = 20.0f; ///< away from the index, in the palm's plane
    float thumbPalmarDeg = 20.0f; ///< out of the palm's plane, towards the palm side
    float thumbFlexDeg[2] = {}; ///< MCP, IP
    vec3 elbowDir{-1.0f, 0.0f, 0.0f}; ///< from the wrist
    vec3 shoulderDir{0.0f, 1.0f, 0.0f}; ///< from the elbow
};

/// The hand's frame in tool space (columns +X, +Y, +Z of the hand frame).
mat3 handFrame(const ArmPose& pose)
{
    const vec3 x = glm::normalize(pose.fingersDir);
    vec3 z = -glm::normalize(pose.thumbSide - x * glm::dot(pose.thumbSide, x));
    const vec3 y = glm::cross(z, x);
    if (pose.leftHand)
        z = -z;
    return mat3(x, y, z);
}

/// A direction in the hand's frame `flexDeg` bent towards the palm from one turned `sideDeg`
/// towards the ulnar side.
vec3 fingerDirection(float flexDeg, float sideDeg)
{
    return heading(flexDeg, sideDeg);
}

/// One arm, its segments in tool space, and the signed distance to it.
class Arm {
public:
    explicit Arm(const ArmPose& pose) : m_hand(handFrame(pose)), m_wrist(pose.wrist)
    {
        const auto toTool = [&](const vec3& q) { return m_wrist + m_hand * q; };
        for (int i = 0; i < 4; ++i) {
            const FingerSpec& f = kFingers[i];
            vec3 joint(f.mcpX * kHandLengthM, kFingerAxisY, fingerZ(i));
            float flex = 0.0f;
            const float length = f.lengthFraction * kHandLengthM;
            float r = f.rootR;
            for (int k = 0; k < 3; ++k) {
                flex += pose.fingerFlexDeg[i][k];
                const float segment = kPhalanxShare[k] * length;
                const float rNext = k == 2 ? f.tipR : f.rootR + (f.tipR - f.rootR) * float(k + 1) / 3.0f;
                // The last segment's sphere ends at the fingertip.
                const vec3 next = joint
                    + fingerDirection(flex, f.spreadDeg * pose.spread) * (segment - (k == 2 ? rNext : 0.0f));
                m_fingers[i][k] = {toTool(joint), toTool(next), r, rNext};
                joint = next;
                r = rNext;
            }
        }
        // The thumb: carpometacarpal joint at the radial side of the wrist; it leaves along the
        // radial border of the palm, abducts in the palm's plane and swings palmar; its joints flex
        // towards the palm (*estimates*: metacarpal 46 mm, phalanges 31 and 27 mm for a 19.3 cm
        // hand, scaled with it).
        const float scale = kHandLengthM / 0.193f;
        const float lengths[3] = {0.046f * scale, 0.031f * scale, 0.027f * scale};
        const float radii[4] = {0.0125f, 0.0112f, 0.0102f, 0.0088f};
        vec3 joint(0.020f, -0.003f, -0.022f);
        float side = -24.0f - pose.thumbAbductDeg;
        float down = pose.thumbPalmarDeg;
        for (int k = 0; k < 3; ++k) {
            if (k > 0) {
                down += pose.thumbFlexDeg[k - 1];
                side += 0.5f * pose.thumbFlexDeg[k - 1];
            }
            const vec3 next = joint + heading(down, side) * (lengths[k] - (k == 2 ? radii[3] : 0.0f));
            m_thumb[k] = {toTool(joint), toTool(next), radii[k], radii[k + 1]};
            joint = next;
        }
        m_thumbTip = m_thumb[2].b;
        // The thumb's nail faces away from where its last joint bends (palmar and across the
        // palm), i.e. dorsally and to the radial side.
        const vec3 bend = heading(down + 1.0f, side + 0.5f) - heading(down, side);
        m_thumbBack = -glm::normalize(m_hand * bend);

        const vec3 elbow = m_wrist + glm::normalize(pose.elbowDir) * kForearmLengthM;
        const vec3 shoulder = elbow + glm::normalize(pose.shoulderDir) * kUpperArmLengthM;
        // The forearm is widest about a third of the way down from the elbow.
        const vec3 forearmBelly = glm::mix(elbow, m_wrist, 0.33f);
        // The wrist is flatter than round: its axis lies nearer the back of the hand.
        const vec3 wristAxis = m_wrist + m_hand[1] * 0.009f;
        m_forearm[0] = {wristAxis, forearmBelly, kWristR * 0.8f, kForearmR};
        m_forearm[1] = {forearmBelly, elbow, kForearmR, kElbowR};
        const vec3 upperBelly = glm::mix(elbow, shoulder, 0.45f);
        m_upperArm[0] = {elbow, upperBelly, kElbowR, kUpperArmR};
        m_upperArm[1] = {upperBelly, shoulder, kUpperArmR, kUpperArmR * 0.95f};
        m_shoulder = shoulder;
        // The olecranon on the back of the elbow, opposite the bend.
        const vec3 toWrist = glm::normalize(m_wrist - elbow), toShoulder = glm::normalize(shoulder - elbow);
        vec3 back = -(toWrist + toShoulder);
        if (glm::length(back) < 1e-3f)
            back = glm::cross(toWrist, glm::vec3(0.0f, 0.0f, 1.0f));
        m_olecranon = elbow + glm::normalize(back) * (kElbowR + 0.002f);
        m_elbow = elbow;
    }

    float distance(const vec3& p) const
    {
        // Far from the arm a bound is enough: the segments swept by generous spheres.
        const float bound = std::min({sdf::sphere(p, m_wrist + m_hand[0] * 0.09f, 0.14f),
            sdf::capsule(p, m_wrist, m_elbow, 0.065f), sdf::capsule(p, m_elbow, m_shoulder, 0.075f)});
        if (bound > 0.01f)
            return bound;

        const vec3 q = glm::transpose(m_hand) * (p - m_wrist);
        float d = palm(q);
        for (const auto& finger : m_fingers) {
            float f = finger[0].distance(p);
            f = std::min(f, finger[1].distance(p));
            f = std::min(f, finger[2].distance(p));
            d = sdf::smoothUnion(d, f, 0.004f);
        }
        float thumb = std::min({m_thumb[0].distance(p), m_thumb[1].distance(p), m_thumb[2].distance(p)});
        d = sdf::smoothUnion(d, thumb, 0.008f);

        float forearm = std::min(m_forearm[0].distance(p), m_forearm[1].distance(p));
        forearm = sdf::smoothUnion(forearm, sdf::sphere(p, m_olecranon, 0.012f), 0.008f);
        d = sdf::smoothUnion(d, forearm, 0.014f);
        float upper = std::min(m_upperArm[0].distance(p), m_upperArm[1].distance(p));
        // The deltoid rounds off the shoulder end.
        upper = sdf::smoothUnion(upper, sdf::sphere(p, m_shoulder, kUpperArmR), 0.02f);
        return sdf::smoothUnion(d, upper, 0.02f);
    }

    Box bounds() const
    {
        Box box{glm::min(m_wrist, m_elbow), glm::max(m_wrist, m_elbow)};
        box = box.unite({glm::min(m_elbow, m_shoulder), glm::max(m_elbow, m_shoulder)});
        const vec3 handTip = m_wrist + m_hand[0] * kHandLengthM;
        box = box.unite({glm::min(m_wrist, handTip), glm::max(m_wrist, handTip)});
        return box.expanded(0.07f);
    }

    /// What `bounds` leaves out: the fingertips and the thumb's tip where a pose reaches them
    /// further than the hand's length from the wrist (the thumb beside the index in the palm pose).
    Box tipBounds() const
    {
        Box box{m_thumbTip - vec3(0.02f), m_thumbTip + vec3(0.02f)};
        for (const auto& finger : m_fingers)
            box = box.unite({finger[2].b - vec3(0.02f), finger[2].b + vec3(0.02f)});
        return box;
    }

    const Cone& fingerSegment(int finger, int segment) const { return m_fingers[finger][segment]; }
    /// The five nails, on the back of each finger's distal phalanx and the thumb's.
    std::vector<Nail> nails() const
    {
        std::vector<Nail> nails;
        for (const auto& finger : m_fingers)
            nails.push_back(nailOn(finger[2], m_hand[1]));
        nails.push_back(nailOn(m_thumb[2], m_thumbBack));
        return nails;
    }
    vec3 thumbTip() const { return m_thumbTip; }
    vec3 olecranon() const { return m_olecranon; }
    vec3 shoulder() const { return m_shoulder; }
    vec3 elbow() const { return m_elbow; }
    vec3 wrist() const { return m_wrist; }
    const mat3& hand() const { return m_hand; }

private:
    mat3 m_hand;
    vec3 m_wrist;
    Cone m_fingers[4][3];
    Cone m_thumb[3];
    vec3 m_thumbTip{0.0f}, m_thumbBack{0.0f};
    Cone m_forearm[2];
    Cone m_upperArm[2];
    vec3 m_elbow{0.0f}, m_shoulder{0.0f}, m_olecranon{0.0f};

    /// The palm in the hand's frame: the metacarpals' block, widening to the row of knuckles,
    /// with the thenar eminence at the thumb's root and the hypothenar along the ulnar border,
    /// the palm's centre a little hollower than both (*estimates* of their size).
    static float palm(const vec3& q)
    {
        const vec3 indexHead(kFingers[0].mcpX * kHandLengthM, kFingerAxisY, fingerZ(0));
        const vec3 littleHead(kFingers[3].mcpX * kHandLengthM, kFingerAxisY, fingerZ(3));
        float d = sdf::roundBox(q - vec3(0.050f, -0.001f, -0.003f), vec3(0.034f, 0.0115f, 0.031f), 0.010f);
        d = sdf::smoothUnion(d, sdf::capsule(q, indexHead, littleHead, 0.0118f), 0.010f);
        d = sdf::smoothUnion(d,
            sdf::capsule(q, vec3(0.008f, -0.001f, -0.019f), vec3(0.008f, -0.001f, 0.017f), kWristR * 0.62f),
            0.012f);
        d = sdf::smoothUnion(
            d, sdf::ellipsoid(q - vec3(0.036f, -0.003f, -0.024f), vec3(0.028f, 0.0105f, 0.015f)), 0.008f);
        d = sdf::smoothUnion(
            d, sdf::ellipsoid(q - vec3(0.046f, -0.004f, 0.027f), vec3(0.033f, 0.0095f, 0.011f)), 0.008f);
        return d;
    }
};

/// A pose: one or two arms, and the feature that touches the skin.
struct Pose {
    std::string tool;
    std::vector<Arm> arms;
    vec3 contactFeature{0.0f}; ///< a point of the working surface, before the pose is set on the skin
    std::size_t targetTriangles = 7000;
    float workingRadiusM = 0.04f; ///< how far from the feature the working surface reaches
};

ArmPose relaxedHand(ArmPose pose)
{
    pose.fingerFlexDeg = FingerFlex{{{25, 35, 15}, {30, 40, 18}, {35, 45, 20}, {40, 50, 22}}};
    pose.thumbAbductDeg = 15.0f;
    pose.thumbPalmarDeg = 25.0f;
    pose.thumbFlexDeg[0] = 10.0f;
    pose.thumbFlexDeg[1] = 10.0f;
    return pose;
}

Pose fingertipPose()
{
    // The index fingertip's pad at about 60 degrees to the skin, the middle finger stacked beside
    // it a little higher, ring and little fingers curled out of the way; the other hand's fingers
    // lie along their backs, reinforcing them. Both elbows out, the shoulders above and behind.
    ArmPose working;
    working.fingersDir = heading(38.0f, 0.0f);
    working.fingerFlexDeg = FingerFlex{{{8, 14, 6}, {14, 24, 12}, {40, 70, 35}, {50, 75, 35}}};
    working.spread = 0.2f;
    working.thumbAbductDeg = 5.0f;
    working.thumbPalmarDeg = 30.0f;
    working.thumbFlexDeg[0] = 25.0f;
    working.thumbFlexDeg[1] = 20.0f;
    working.elbowDir = glm::normalize(vec3(-0.62f, 0.72f, 0.25f));
    working.shoulderDir = glm::normalize(vec3(-0.15f, 0.95f, 0.3f));

    const mat3 frame = handFrame(working);
    ArmPose support = working;
    support.leftHand = true;
    support.fingerFlexDeg = FingerFlex{{{5, 10, 5}, {5, 10, 5}, {10, 20, 10}, {20, 30, 15}}};
    // Above the working fingers by a finger's thickness, shifted across so that its index and
    // middle finger lie over theirs (the mirrored hand's fingers run the other way across).
    support.wrist
        = working.wrist + frame[1] * 0.019f + frame[0] * 0.012f + frame[2] * (fingerZ(0) + fingerZ(1));
    support.elbowDir = glm::normalize(vec3(-0.62f, 0.72f, -0.25f));
    support.shoulderDir = glm::normalize(vec3(-0.15f, 0.95f, -0.3f));

    Pose pose{"fingertip", {Arm(working), Arm(support)}, {}, 9000};
    const Arm& hand = pose.arms[0];
    pose.contactFeature = hand.fingerSegment(0, 2).b;
    return pose;
}

Pose thumbPose()
{
    // The thumb's pad on the skin pointing along the stroke, the fingers spread ahead and to the
    // side resting lightly on the skin as support.
    ArmPose arm;
    arm.fingersDir = heading(5.0f, 35.0f);
    arm.fingerFlexDeg = FingerFlex{{{10, 15, 5}, {10, 15, 5}, {12, 17, 5}, {15, 20, 5}}};
    arm.spread = 1.3f;
    arm.thumbAbductDeg = 35.0f;
    arm.thumbPalmarDeg = 40.0f;
    arm.thumbFlexDeg[0] = 5.0f;
    arm.thumbFlexDeg[1] = 5.0f;
    arm.elbowDir = glm::normalize(vec3(-0.72f, 0.60f, 0.30f));
    arm.shoulderDir = glm::normalize(vec3(-0.2f, 0.95f, 0.25f));
    Pose pose{"thumb", {Arm(arm)}, {}, 7000};
    pose.contactFeature = pose.arms[0].thumbTip();
    return pose;
}

Pose knucklesPose()
{
    // A loose fist rolled forward: the flat of the proximal phalanges on the skin, the wrist
    // straight and in line with the forearm, the thumb tucked beside the index.
    ArmPose arm;
    arm.fingersDir = heading(62.0f, 0.0f);
    arm.fingerFlexDeg = FingerFlex{{{80, 95, 55}, {80, 95, 55}, {82, 95, 55}, {85, 95, 55}}};
    arm.spread = 0.1f;
    arm.thumbAbductDeg = 0.0f;
    arm.thumbPalmarDeg = 45.0f;
    arm.thumbFlexDeg[0] = 45.0f;
    arm.thumbFlexDeg[1] = 35.0f;
    arm.elbowDir = glm::normalize(vec3(-0.45f, 0.87f, 0.15f));
    arm.shoulderDir = glm::normalize(vec3(-0.4f, 0.85f, 0.3f));
    Pose pose{"knuckles", {Arm(arm)}, {}, 7000};
    vec3 sum(0.0f);
    for (int i = 0; i < 4; ++i)
        sum += 0.5f * (pose.arms[0].fingerSegment(i, 0).a + pose.arms[0].fingerSegment(i, 0).b);
    pose.contactFeature = sum * 0.25f;
    return pose;
}

Pose elbowPose()
{
    // The olecranon on the skin, the elbow flexed a little past a right angle, the upper arm
    // nearly upright (the shoulder over the contact), the forearm forward with the hand relaxed,
    // thumb up.
    ArmPose arm = relaxedHand({});
    const vec3 forearm = glm::normalize(vec3(0.96f, 0.28f, 0.0f));
    arm.elbowDir = -forearm;
    arm.fingersDir = heading(25.0f, 0.0f);
    arm.thumbSide = vec3(0.0f, 1.0f, 0.0f);
    arm.shoulderDir = glm::normalize(vec3(-0.3f, 0.95f, 0.2f));
    Pose pose{"elbow", {Arm(arm)}, {}, 7000};
    pose.contactFeature = pose.arms[0].olecranon();
    return pose;
}

Pose forearmPose()
{
    // The ulnar border of the forearm along the stroke, its fleshy upper third on the skin: the
    // elbow leads, flexed past a right angle, the wrist and the relaxed hand trail towards the
    // therapist, thumb up, and the upper arm rises back to the shoulder behind.
    ArmPose arm = relaxedHand({});
    arm.elbowDir = vec3(1.0f, 0.0f, 0.0f);
    arm.fingersDir = glm::normalize(vec3(-1.0f, 0.12f, 0.0f));
    arm.thumbSide = vec3(0.0f, 1.0f, 0.0f);
    arm.shoulderDir = glm::normalize(vec3(-0.45f, 0.85f, 0.3f));
    Pose pose{"forearm", {Arm(arm)}, {}, 7000, 0.06f};
    pose.contactFeature
        = glm::mix(pose.arms[0].elbow(), pose.arms[0].wrist(), 0.3f) - vec3(0.0f, kForearmR, 0.0f);
    return pose;
}

Pose palmPose()
{
    // The whole palm flat on the skin, fingers together and straight, the thumb beside the index,
    // the wrist extended with the forearm rising behind it.
    ArmPose arm;
    arm.fingersDir = heading(0.0f, 0.0f);
    arm.fingerFlexDeg = FingerFlex{{{1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}};
    arm.spread = 0.15f;
    arm.thumbAbductDeg = 12.0f;
    arm.thumbPalmarDeg = 4.0f;
    arm.elbowDir = glm::normalize(vec3(-0.78f, 0.58f, 0.15f));
    arm.shoulderDir = glm::normalize(vec3(-0.35f, 0.9f, 0.3f));
    Pose pose{"palm", {Arm(arm)}, {}, 7000, 0.12f};
    pose.contactFeature = pose.arms[0].wrist() + pose.arms[0].hand() * vec3(0.07f, -0.014f, 0.0f);
    return pose;
}

/// Sets the pose on the skin: its lowest point goes to y = 0 and the centre of the patch within
/// the working indentation of it to the origin. Returns how far the pose was moved. Throws when
/// that lowest point is not on the pose's working surface (the pose would touch the skin with the
/// wrong part).
vec3 setOnSkin(Mesh& mesh, const Pose& pose)
{
    const auto lowest = std::min_element(
        mesh.positions.begin(), mesh.positions.end(), [](const vec3& a, const vec3& b) { return a.y < b.y; });
    if (glm::length(*lowest - pose.contactFeature) > pose.workingRadiusM)
        throw std::logic_error("hand." + pose.tool + " touches the skin away from its working surface");
    const float floorY = lowest->y;
    vec3 centre(0.0f);
    float weight = 0.0f;
    for (const vec3& p : mesh.positions)
        if (p.y < floorY + kWorkingIndentationM) {
            centre += p;
            weight += 1.0f;
        }
    centre /= weight;
    const vec3 shift(-centre.x, -floorY, -centre.z);
    for (vec3& p : mesh.positions)
        p += shift;
    return shift;
}

/// Skin tone of the therapist's hands (*choice*: a medium tone, darker than the client's so the
/// two never read as one surface; the app offers others).
constexpr glm::vec4 kHandColour{0.55f, 0.34f, 0.23f, 1.0f};

/// The pose as a mesh set on the skin; how far it was moved goes to `shift`.
Structure meshPose(const Pose& pose, float cellScale, PoseArms* joints, vec3& shift)
{
    const float cell = 0.003f * cellScale;
    Box box = pose.arms.front().bounds();
    Box tips = pose.arms.front().tipBounds();
    for (const Arm& arm : pose.arms) {
        box = box.unite(arm.bounds());
        tips = tips.unite(arm.tipBounds());
    }
    // Grow the box over the tips by whole cells, so that a pose whose tips were inside it keeps
    // its grid (and its mesh) exactly.
    const vec3 below = glm::ceil(glm::max(box.min - tips.min, vec3(0.0f)) / cell);
    const vec3 above = glm::ceil(glm::max(tips.max - box.max, vec3(0.0f)) / cell);
    box = Box{box.min - below * cell, box.max + above * cell};
    const auto field = [&pose](const vec3& p) {
        float d = 1e30f;
        for (const Arm& arm : pose.arms)
            d = std::min(d, arm.distance(p));
        return d;
    };
    // 3 mm: a finger is still 17 samples round, and the decimation that follows (most of the
    // time spent here) starts from half the triangles a 2 mm grid gives.
    Mesh mesh = polygonise(field, box, cell);
    removeSmallComponents(mesh, 0.02);
    taubinSmooth(mesh, 4);
    decimate(mesh, pose.targetTriangles);
    taubinSmooth(mesh, 1);
    shift = setOnSkin(mesh, pose);
    if (joints)
        for (const Arm& arm : pose.arms)
            joints->push_back({arm.elbow() + shift, arm.shoulder() + shift, arm.wrist() + shift});
    computeNormals(mesh);
    // Tangents along the arm's length are of no use to the app but keep the file's layout.
    mesh.tangents.assign(mesh.positions.size(), glm::vec4(1.0f, 0.0f, 0.0f, 1.0f));
    return {"hand." + pose.tool, Layer::Skin, kHandColour, std::move(mesh), true};
}

/// Colour of the nails (*choice*: paler and pinker than the skin; the app derives it from the
/// chosen skin tone).
constexpr glm::vec4 kNailColour{0.78f, 0.55f, 0.50f, 1.0f};

/// The nails of `pose`, moved with it onto the skin by `shift`: each polygonised on its own fine
/// grid (the pose's 3 mm grid cannot hold a plate 3 mm thick), as one mesh of closed plates.
Structure meshNails(const Pose& pose, const vec3& shift, float cellScale)
{
    Mesh all;
    for (const Arm& arm : pose.arms)
        for (const Nail& nail : arm.nails()) {
            const float reach = std::max(nail.radii.x, nail.radii.z) + 0.002f;
            Mesh mesh = polygonise([&nail](const vec3& p) { return nail.distance(p); },
                Box{nail.centre - vec3(reach), nail.centre + vec3(reach)}, 0.0005f * cellScale);
            decimate(mesh, 80);
            const auto offset = std::uint32_t(all.positions.size());
            for (const vec3& p : mesh.positions)
                all.positions.push_back(p + shift);
            for (const std::uint32_t index : mesh.indices)
                all.indices.push_back(index + offset);
        }
    computeNormals(all);
    all.tangents.assign(all.positions.size(), glm::vec4(1.0f, 0.0f, 0.0f, 1.0f));
    return {"hand." + pose.tool + ".nails", Layer::Skin, kNailColour, std::move(all), true};
}

} // namespace

Model buildHands(const BuildOptions& options, std::vector<PoseArms>* arms)
{
    const Pose poses[]
        = {fingertipPose(), thumbPose(), knucklesPose(), elbowPose(), forearmPose(), palmPose()};
    // The poses, then their nails in the same order.
    constexpr std::size_t count = std::size(poses);
    std::vector<Structure> built(2 * count);
    if (arms)
        arms->assign(count, {});
    forEachInParallel(count, options.threads, [&](std::size_t i) {
        vec3 shift(0.0f);
        built[i] = meshPose(poses[i], options.cellScale, arms ? &(*arms)[i] : nullptr, shift);
        built[count + i] = meshNails(poses[i], shift, options.cellScale);
    });
    Model model;
    model.structures = std::move(built);
    return model;
}

} // namespace lumbar
