// Compare tools: each tool at the step's force and at its feel, against the half-space estimate.
#include "technique/depth_profile.hpp"
#include "technique/tool_comparison.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar::technique {
namespace {

/// A forearm step: 60 N on 25 cm2 (24 kPa), its target 3 cm deep.
ComparedStep forearmStep()
{
    ComparedStep step;
    step.forceN = 60.0;
    step.surfacePressureKPa = pressureKPa(60.0, 25.0);
    step.targetDepthM = 0.03;
    step.targetStressKPa = axialStressKPa(step.surfacePressureKPa, contactRadiusM(25.0), 0.03);
    return step;
}

TEST(ToolComparison, EveryToolAtTheStepsForceAndFeel)
{
    const ToolTable tools = defaultToolTable();
    const ComparedStep step = forearmStep();
    const std::vector<ToolComparison> rows = compareTools(tools, step);
    ASSERT_EQ(rows.size(), tools.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ToolComparison& row = rows[i];
        EXPECT_EQ(row.kind, tools[i].kind);
        EXPECT_DOUBLE_EQ(row.contactAreaCm2, tools[i].contactAreaCm2);
        EXPECT_DOUBLE_EQ(row.surfacePressureKPa, 600.0 / tools[i].contactAreaCm2); // 60 N: N/cm2 * 10
        EXPECT_NEAR(row.halfPressureDepthM, 1.305 * row.contactRadiusM, 0.001 * row.contactRadiusM);
        EXPECT_NEAR(row.sameFeelForceN, 24.0 * tools[i].contactAreaCm2 / 10.0, 1e-9);
        EXPECT_DOUBLE_EQ(row.discomfort, expectedDiscomfort(DiscomfortScale{}, row.surfacePressureKPa));
    }
    const ToolComparison& forearm = rows[std::size_t(ToolKind::Forearm)];
    // The step's own tool meets its own figures: the same force, and its threshold exactly at
    // the target's depth.
    EXPECT_NEAR(forearm.sameFeelForceN, 60.0, 1e-9);
    EXPECT_NEAR(forearm.targetStressKPa, step.targetStressKPa, 1e-9);
    EXPECT_NEAR(forearm.sameFeelReachM, 0.03, 1e-9);
}

TEST(ToolComparison, AThumbIsSharpAndShallowAForearmBroadAndDeeper)
{
    const std::vector<ToolComparison> rows = compareTools(defaultToolTable(), forearmStep());
    const ToolComparison& thumb = rows[std::size_t(ToolKind::Thumb)];
    const ToolComparison& forearm = rows[std::size_t(ToolKind::Forearm)];
    const ToolComparison& palm = rows[std::size_t(ToolKind::Palm)];
    // At the same force the thumb presses far harder at the surface (1.3 against 25 cm2) and
    // hurts more; its stress at 3 cm is still higher (the same force concentrated).
    EXPECT_NEAR(thumb.surfacePressureKPa / forearm.surfacePressureKPa, 25.0 / 1.3, 1e-9);
    EXPECT_GT(thumb.discomfort, forearm.discomfort + 3.0);
    EXPECT_GT(thumb.targetStressKPa, forearm.targetStressKPa);
    // Its pressure halves within a centimetre; the forearm's within about 3.7 cm.
    EXPECT_LT(thumb.halfPressureDepthM, 0.01);
    EXPECT_NEAR(forearm.halfPressureDepthM, 1.305 * std::sqrt(25e-4 / 3.14159265358979), 1e-4);
    // At the same feel the thumb carries 1.3/25 of the force and hardly reaches the target; the
    // palm, broader, reaches deeper than the forearm.
    EXPECT_NEAR(thumb.sameFeelForceN, 60.0 * 1.3 / 25.0, 1e-9);
    EXPECT_LT(thumb.sameFeelTargetStressKPa, 0.2 * forearm.sameFeelTargetStressKPa);
    EXPECT_LT(thumb.sameFeelReachM, 0.01);
    EXPECT_GT(palm.sameFeelReachM, forearm.sameFeelReachM);
}

TEST(ToolComparison, WithoutATargetOnlyTheTargetFiguresAreLeftOut)
{
    ComparedStep step = forearmStep();
    step.targetDepthM = 0.0;
    for (const ToolComparison& row : compareTools(defaultToolTable(), step)) {
        EXPECT_EQ(row.targetStressKPa, 0.0);
        EXPECT_EQ(row.sameFeelReachM, 0.0);
        EXPECT_GT(row.halfPressureDepthM, 0.0);
        EXPECT_GT(row.surfacePressureKPa, 0.0);
    }
}

} // namespace
} // namespace lumbar::technique
