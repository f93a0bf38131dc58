// Pressure arithmetic, indentation, fibre angles, discomfort and tool poses.
#include "technique/pressure.hpp"
#include "technique/tool.hpp"

#include <gtest/gtest.h>

namespace lumbar::technique {
namespace {

TEST(Pressure, IsForceOverAreaInKilopascals)
{
    EXPECT_DOUBLE_EQ(pressureKPa(40.0, 20.0), 20.0);
    EXPECT_DOUBLE_EQ(pressureKPa(29.51, 1.3), 227.0); // the median deep friction on a thumb pad
    EXPECT_DOUBLE_EQ(pressureKPa(10.0, 0.0), 0.0);
}

TEST(Pressure, IndentationRisesWithForceAndIsBoundedByTheLayers)
{
    const TissueModel tissue;
    EXPECT_DOUBLE_EQ(indentationDepthM(tissue, 0.0), 0.0);
    double previous = 0.0;
    for (double forceN = 1.0; forceN <= 300.0; forceN += 1.0) {
        const double depth = indentationDepthM(tissue, pressureKPa(forceN, 3.5));
        EXPECT_GT(depth, previous) << forceN;
        previous = depth;
    }
    // 20 mm x 0.5 + 1 mm x 0.05 + 30 mm x 0.3.
    EXPECT_LT(previous, 0.01905);
    EXPECT_NEAR(indentationDepthM(tissue, 1e6), 0.01905, 1e-9);
    // At 20 kPa: 10 mm x (1 - e^-1) + 0.05 mm x (1 - e^-0.04) + 9 mm x (1 - e^-0.25).
    EXPECT_NEAR(indentationDepthM(tissue, 20.0), 0.0063212 + 0.0000020 + 0.0019910, 1e-6);
}

TEST(Pressure, FalloffIsOneInsideTheContactAndZeroBeyondItsRadius)
{
    const TissueModel tissue;
    const double contact = contactRadiusM(M_PI); // pi cm2 is a disc of 1 cm radius
    EXPECT_NEAR(contact, 0.01, 1e-12);
    EXPECT_NEAR(indentationRadiusM(tissue, M_PI), 0.025, 1e-12);
    EXPECT_DOUBLE_EQ(falloffWeight(0.005, 0.01, 0.025), 1.0);
    EXPECT_DOUBLE_EQ(falloffWeight(0.0175, 0.01, 0.025), 0.5);
    EXPECT_DOUBLE_EQ(falloffWeight(0.025, 0.01, 0.025), 0.0);
    EXPECT_GT(falloffWeight(0.012, 0.01, 0.025), falloffWeight(0.02, 0.01, 0.025));
}

TEST(Pressure, FibreAnglesAreClassified)
{
    EXPECT_NEAR(fibreAngleDeg({0, 1, 0}, {0, 1, 0}), 0.0, 1e-6);
    EXPECT_NEAR(fibreAngleDeg({0, -1, 0}, {0, 1, 0}), 0.0, 1e-6); // fibres have no sign
    EXPECT_NEAR(fibreAngleDeg({1, 1, 0}, {0, 2, 0}), 45.0, 1e-5);
    EXPECT_NEAR(fibreAngleDeg({1, 0, 0}, {0, 1, 0}), 90.0, 1e-6);
    EXPECT_NEAR(fibreAngleDeg({-1, 0, 0}, {0.5f, 0.8660254f, 0}), 60.0, 1e-4);
    EXPECT_EQ(classifyFibreAngle(0.0), FibreClass::Along);
    EXPECT_EQ(classifyFibreAngle(29.9), FibreClass::Along);
    EXPECT_EQ(classifyFibreAngle(30.0), FibreClass::Oblique);
    EXPECT_EQ(classifyFibreAngle(60.0), FibreClass::Oblique);
    EXPECT_EQ(classifyFibreAngle(60.1), FibreClass::Across);
    EXPECT_EQ(classifyFibreAngle(90.0), FibreClass::Across);
    EXPECT_STREQ(fibreClassName(FibreClass::Across), "across the fibres");
}

TEST(Pressure, DiscomfortPutsTheMedianDeepFrictionInTheTherapeuticBand)
{
    const DiscomfortScale scale;
    EXPECT_DOUBLE_EQ(expectedDiscomfort(scale, 0.0), 0.0);
    EXPECT_NEAR(expectedDiscomfort(scale, 227.0), 4.477, 1e-3);
    EXPECT_NEAR(expectedDiscomfort(scale, 100.0), 2.632, 1e-3);
    EXPECT_NEAR(expectedDiscomfort(scale, 408.0), 5.930, 1e-3);
    EXPECT_DOUBLE_EQ(expectedDiscomfort(scale, 280.0), 5.0);
    EXPECT_EQ(classifyDiscomfort(scale, 2.9), DiscomfortClass::Light);
    EXPECT_EQ(classifyDiscomfort(scale, 3.0), DiscomfortClass::Therapeutic);
    EXPECT_EQ(classifyDiscomfort(scale, 6.0), DiscomfortClass::Therapeutic);
    EXPECT_EQ(classifyDiscomfort(scale, 6.5), DiscomfortClass::TooMuch);
    EXPECT_EQ(classifyDiscomfort(scale, 7.0), DiscomfortClass::Bracing);
    DiscomfortScale strict;
    strict.bandHigh = 5.0;
    EXPECT_EQ(classifyDiscomfort(strict, 5.5), DiscomfortClass::TooMuch);
}

TEST(Tool, DefaultsComeFromTheDomainRanges)
{
    EXPECT_DOUBLE_EQ(defaultToolSpec(ToolKind::Thumb).contactAreaCm2, 1.3);
    EXPECT_DOUBLE_EQ(defaultToolSpec(ToolKind::Forearm).contactAreaCm2, 25.0);
    for (const ToolSpec& tool : defaultToolTable()) {
        EXPECT_GE(tool.contactAreaCm2, tool.minContactAreaCm2) << toolName(tool.kind);
        EXPECT_LE(tool.contactAreaCm2, tool.maxContactAreaCm2) << toolName(tool.kind);
    }
    EXPECT_EQ(defaultToolTable()[static_cast<std::size_t>(ToolKind::Elbow)].kind, ToolKind::Elbow);
}

TEST(Tool, FrameIsRightHandedFromStrokeAndNormal)
{
    // Stroke towards the head on a surface facing posterior, with a tilt the frame must remove.
    const glm::mat3 frame = toolFrame({0.0f, 1.0f, 0.3f}, {0.0f, 0.0f, 2.0f}, {1, 0, 0});
    EXPECT_NEAR(glm::length(frame[0] - glm::vec3(0, 1, 0)), 0.0f, 1e-6f);
    EXPECT_NEAR(glm::length(frame[1] - glm::vec3(0, 0, 1)), 0.0f, 1e-6f);
    EXPECT_NEAR(glm::length(frame[2] - glm::vec3(1, 0, 0)), 0.0f, 1e-6f);
    // No stroke direction: the fallback gives x.
    EXPECT_NEAR(glm::length(toolFrame({0, 0, 0}, {0, 0, 1}, {0, 1, 0})[0] - glm::vec3(0, 1, 0)), 0.0f, 1e-6f);
    // Straight in at 90 degrees, leaning forward at 45.
    EXPECT_NEAR(glm::length(toolAxis(frame, 90.0) - glm::vec3(0, 0, -1)), 0.0f, 1e-6f);
    EXPECT_NEAR(glm::length(toolAxis(frame, 45.0) - glm::normalize(glm::vec3(0, 1, -1))), 0.0f, 1e-6f);
}

} // namespace
} // namespace lumbar::technique
