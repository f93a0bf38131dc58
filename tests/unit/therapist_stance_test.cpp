// The therapist's stance: the figure's shoulders an upper arm's length from the pose's elbows, its
// feet on the floor beside the table on the step's side, its hips off the edge, its
// lean within range.
#include "technique/therapist_stance.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar::technique {
namespace {

/// The built-in table: 74 cm wide, its top 70 cm above the floor at z = -0.165.
constexpr TableSpace kTable{0.37f, -0.865f};

glm::vec3 shoulderAt(const Stance& stance, bool right)
{
    return glm::vec3(stance.upper * glm::vec4(figureShoulder(right), 1.0f));
}

glm::vec3 hipsOf(const Stance& stance)
{
    return glm::vec3(stance.legs[3]);
}

/// An arm whose elbow lies an upper arm's length below and in front of `shoulder`.
PoseArm armTo(const glm::vec3& shoulder, const glm::vec3& towardsElbow)
{
    return {shoulder + glm::normalize(towardsElbow) * kUpperArmLengthM, shoulder};
}

} // namespace

TEST(TherapistStance, ReachesTheElbowLeaningInOverTheContact)
{
    // A thumb on the right erector spinae (back 8 cm above S1's plane), the shoulder 36 cm above
    // it, 20 cm out to the right and 40 cm down the body.
    const glm::vec3 contact(0.04f, 0.08f, 0.08f);
    const PoseArm arm = armTo(contact + glm::vec3(0.20f, -0.40f, 0.36f), glm::vec3(-0.3f, 0.3f, -1.0f));
    const Stance stance = standFor(std::span(&arm, 1), contact, kTable, 1.0f);
    EXPECT_EQ(stance.side, 1.0f);
    ASSERT_EQ(stance.shoulders.size(), 1u);
    EXPECT_LT(glm::length(stance.shoulders[0] - shoulderAt(stance, true)), 1e-5f);
    EXPECT_LT(stance.armErrorM, 0.001f);
    EXPECT_NEAR(glm::length(stance.shoulders[0] - arm.elbow), kUpperArmLengthM, 0.001f);
    // The shoulder leans in over the hand (body mechanics) rather than staying where the pose's
    // trails 45 cm off: within 30 cm of the vertical over the contact, still within 35 cm of the
    // pose's shoulder.
    const auto offVertical = [&](const glm::vec3& p) { return std::hypot(p.x - contact.x, p.y - contact.y); };
    EXPECT_LT(offVertical(stance.shoulders[0]), 0.30f);
    EXPECT_LT(offVertical(stance.shoulders[0]), offVertical(arm.shoulder) - 0.1f);
    EXPECT_LT(glm::length(stance.shoulders[0] - arm.shoulder), 0.35f);
    // The hips at their height above the floor, outside the table's edge.
    EXPECT_NEAR(hipsOf(stance).z, kTable.floorZ + kFigurePivotHeightM, 1e-5f);
    EXPECT_GE(hipsOf(stance).x, kTable.halfWidthM + kHipClearanceM - 0.002f);
    EXPECT_GE(stance.leanDeg, 0.0f);
    EXPECT_LE(stance.leanDeg, kMaxLeanDeg + 0.5f);
    // Upright legs: the figure's up is the model's +Z.
    EXPECT_NEAR(stance.legs[1].z, 1.0f, 1e-6f);
}

TEST(TherapistStance, KeepsTheUpperArmsLengthWhenThePoseShoulderIsOutOfReach)
{
    // The pose's shoulder over the middle of the back, 50 cm up: no figure beside the table has
    // its shoulder there, but one reaches the elbow with its upper arm's length.
    const glm::vec3 contact(0.02f, 0.0f, 0.08f);
    const PoseArm arm = armTo(contact + glm::vec3(0.0f, -0.30f, 0.50f), glm::vec3(0.2f, 0.4f, -1.0f));
    const Stance stance = standFor(std::span(&arm, 1), contact, kTable, 1.0f);
    EXPECT_GT(glm::length(stance.shoulders[0] - arm.shoulder), 0.1f);
    EXPECT_LT(stance.armErrorM, 0.002f);
    EXPECT_NEAR(glm::length(stance.shoulders[0] - arm.elbow), kUpperArmLengthM, 0.002f);
    EXPECT_GE(stance.side * hipsOf(stance).x, kTable.halfWidthM + kHipClearanceM - 0.005f);
}

TEST(TherapistStance, StandsOnTheSideItIsGiven)
{
    // An arm along the table (a glide up the back): on whichever side the step is worked from.
    const glm::vec3 contact(0.04f, 0.08f, 0.08f);
    const PoseArm along = armTo(contact + glm::vec3(0.05f, -0.40f, 0.36f), glm::vec3(0.0f, 0.5f, -1.0f));
    for (const float side : {-1.0f, 1.0f}) {
        const Stance stance = standFor(std::span(&along, 1), contact, kTable, side);
        EXPECT_EQ(stance.side, side);
        EXPECT_GE(side * hipsOf(stance).x, kTable.halfWidthM + kHipClearanceM - 0.002f) << side;
        EXPECT_LT(stance.armErrorM, 0.002f) << side;
    }
}

TEST(TherapistStance, AStepIsWorkedFromTheSideOfItsFirstPointElseOfItsPath)
{
    FrameState state;
    EXPECT_EQ(workingSide(state), -1.0f); // nothing to go by: the left
    // A path up the back mostly on the client's right (mean x 3.3 cm), ending across the midline.
    const glm::vec3 path[] = {{0.06f, -0.1f, 0.08f}, {0.05f, 0.0f, 0.08f}, {-0.01f, 0.1f, 0.08f}};
    state.path = path;
    EXPECT_EQ(workingSide(state), 1.0f);
    // Along the left iliac crest from the PSIS outwards (more across than up): pushed away from
    // the right side of the table; the same stroke coming in towards the spine, from the left.
    const glm::vec3 crest[] = {{-0.05f, -0.12f, 0.05f}, {-0.10f, -0.09f, 0.06f}, {-0.14f, -0.06f, 0.05f}};
    state.path = crest;
    EXPECT_EQ(workingSide(state), 1.0f);
    const glm::vec3 inwards[] = {crest[2], crest[1], crest[0]};
    state.path = inwards;
    EXPECT_EQ(workingSide(state), -1.0f);
    // Both iliac crests, the left first: the whole step from the left, the right one reached across.
    state.pressurePoints.push_back({.position = {-0.14f, 0.0f, 0.05f}});
    state.pressurePoints.push_back({.position = {0.14f, 0.0f, 0.05f}});
    EXPECT_EQ(workingSide(state), -1.0f);
    state.pressurePoints[1].active = true;
    EXPECT_EQ(workingSide(state), -1.0f);
    // The midline counts as the left; 6 mm to the right is the right.
    state.pressurePoints.front().position.x = 0.0f;
    EXPECT_EQ(workingSide(state), -1.0f);
    state.pressurePoints.front().position.x = 0.006f;
    EXPECT_EQ(workingSide(state), 1.0f);
    EXPECT_EQ(tableSideOf(0.005f), -1.0f);
    EXPECT_EQ(tableSideOf(-0.2f), -1.0f);
}

TEST(TherapistStance, ReachesBothElbowsOfATwoHandedPose)
{
    // Stacked fingertips: the two shoulders a figure's breadth apart along the table's length.
    const glm::vec3 contact(0.03f, 0.10f, 0.08f);
    const PoseArm arms[2] = {armTo(contact + glm::vec3(0.30f, 0.19f, 0.36f), glm::vec3(-0.5f, 0.3f, -0.8f)),
        armTo(contact + glm::vec3(0.30f, -0.2024f, 0.36f), glm::vec3(-0.5f, -0.3f, -0.8f))};
    const Stance stance = standFor(arms, contact, kTable, 1.0f);
    ASSERT_EQ(stance.shoulders.size(), 2u);
    EXPECT_LT(stance.armErrorM, 0.005f);
    // Near the pose's shoulders; the working one leans in over the hands.
    EXPECT_LT(glm::length(shoulderAt(stance, true) - arms[0].shoulder), 0.3f);
    EXPECT_LT(glm::length(shoulderAt(stance, false) - arms[1].shoulder), 0.2f);
    // Facing the table: the right shoulder towards the head (+Y) for a figure on the right.
    EXPECT_GT(shoulderAt(stance, true).y, shoulderAt(stance, false).y);
}

TEST(TherapistStance, SaysHowFarItFallsShortOfAnElbowOutOfReach)
{
    // An elbow a metre above the back: the figure stands upright and its arm still falls short.
    const glm::vec3 contact(0.04f, 0.08f, 0.08f);
    const PoseArm arm = armTo(contact + glm::vec3(0.30f, 0.0f, 1.3f), glm::vec3(0.0f, 0.0f, -1.0f));
    const Stance stance = standFor(std::span(&arm, 1), contact, kTable, 1.0f);
    EXPECT_GT(stance.armErrorM, 0.15f);
    EXPECT_NEAR(stance.armErrorM, glm::length(stance.shoulders[0] - arm.elbow) - kUpperArmLengthM, 1e-5f);
    EXPECT_GE(hipsOf(stance).x, kTable.halfWidthM + kHipClearanceM - 0.015f);
}

TEST(TherapistStance, PoseArmsRiseFromTheirContacts)
{
    // One arm per hand: two for the stacked fingertips, one for every other tool; each upper arm
    // an upper arm's length, the shoulder above the elbow and behind the contact.
    for (const ToolKind tool : allValues<ToolKind>()) {
        const std::vector<PoseArm> arms = poseArms(tool);
        ASSERT_EQ(arms.size(), tool == ToolKind::Fingertip ? 2u : 1u) << spellingOf(tool);
        for (const PoseArm& arm : arms) {
            EXPECT_NEAR(glm::length(arm.shoulder - arm.elbow), kUpperArmLengthM, 0.001f) << spellingOf(tool);
            EXPECT_GT(arm.shoulder.y, arm.elbow.y) << spellingOf(tool);
            EXPECT_LT(arm.shoulder.x, 0.0f) << spellingOf(tool);
        }
    }
}

} // namespace lumbar::technique
