// The table --depth prints: rows nearest first, numbers first, the id last; none without a tool.
#include "session/command_line.hpp"
#include "session/depth_table.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(DepthTable, RowsRunDeeperWithFallingStress)
{
    Model model;
    model.meshes.push_back(test::makeBox("skin", glm::vec3(0.0f), {0.1f, 0.1f, 0.02f}));
    model.meshes.push_back(test::makeBox("muscle", {0.0f, 0.0f, -0.005f}, {0.05f, 0.05f, 0.01f}));
    model.meshes.push_back(test::makeBox("table", {0.0f, 0.0f, -0.05f}, {0.5f, 0.5f, 0.01f}));
    technique::FrameState state;
    state.valid = true;
    state.toolInContact = true;
    state.toolPosition = {0.001f, 0.002f, 0.02f};
    state.toolOrientation
        = glm::mat3(glm::vec3(1.0f, 0.0f, 0.0f), glm::vec3(0.0f, 0.0f, 1.0f), glm::vec3(0.0f, -1.0f, 0.0f));
    state.forceN = 40.0;
    state.contactAreaCm2 = 4.0; // 100 kPa at the surface, a contact 11.3 mm in radius
    const std::optional<std::string> table = depthTable(model, state);
    ASSERT_TRUE(table);
    EXPECT_EQ(*table,
        "depth_mm  stress_kPa  structure\n"
        "     0.0       100.0  skin\n"
        "    15.0        49.0  muscle\n"
        "    35.0        13.8  muscle\n"
        "    40.0        10.9  skin\n");
    // The gauge's line: where the pressure meets the step's target.
    const std::optional<TargetReach> reach
        = reachAtTarget(model, state, [](std::size_t mesh) { return mesh == 1; });
    ASSERT_TRUE(reach);
    EXPECT_EQ(reach->mesh, 1u);
    EXPECT_NEAR(reach->depthM, 0.015, 1e-6);
    EXPECT_NEAR(reach->surfacePressureKPa, 100.0, 1e-9);
    EXPECT_EQ(describeReach(*reach, "Muscle", technique::Audience::Student),
        "Stress at Muscle, 1.5 cm deep: about 49 kPa (estimate)");
    EXPECT_EQ(describeReach(*reach, "deep muscles", technique::Audience::Patient),
        "It reaches the deep muscles, about 1.5 cm in, with about half of what you feel on the skin.");
    // The tool comparison measures against the same figures.
    const technique::ComparedStep step = comparedStep(state, reach);
    EXPECT_DOUBLE_EQ(step.forceN, 40.0);
    EXPECT_DOUBLE_EQ(step.surfacePressureKPa, 100.0);
    EXPECT_DOUBLE_EQ(step.targetDepthM, reach->depthM);
    EXPECT_DOUBLE_EQ(step.targetStressKPa, reach->stressKPa);
    EXPECT_FALSE(reachAtTarget(model, state, [](std::size_t) { return false; }));
    // The skin the step travels on is a target too: the reach is where the pressure meets the
    // first target below it, and a step on the skin alone has none.
    const std::optional<TargetReach> belowSkin
        = reachAtTarget(model, state, [](std::size_t) { return true; });
    ASSERT_TRUE(belowSkin);
    EXPECT_EQ(belowSkin->mesh, 1u);
    EXPECT_FALSE(reachAtTarget(model, state, [](std::size_t mesh) { return mesh == 0; }));
    state.toolInContact = false;
    EXPECT_FALSE(depthTable(model, state));
    EXPECT_FALSE(reachAtTarget(model, state, [](std::size_t) { return true; }));
}

TEST(DepthTable, TheCommandLineAsksForALesson)
{
    EXPECT_THROW(parseCommandLine({"--depth"}), CommandLineError);
    EXPECT_THROW(parseCommandLine({"--depth", "--routine", "x", "--output", "a.png"}), CommandLineError);
    EXPECT_TRUE(parseCommandLine({"--depth", "--routine", "x", "--step", "2"}).depth);
}

} // namespace
} // namespace lumbar::app
