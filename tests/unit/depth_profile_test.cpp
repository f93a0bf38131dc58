// How deep the pressure reaches: the Boussinesq stress on the axis and the boundaries crossed.
#include "support/scene_files.hpp"
#include "technique/depth_profile.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar::technique {
namespace {

TEST(DepthProfile, AxialStressFollowsBoussinesq)
{
    const double a = 0.01;
    EXPECT_DOUBLE_EQ(axialStressKPa(100.0, a, 0.0), 100.0); // the surface pressure, force / area
    EXPECT_NEAR(axialStressKPa(100.0, a, a), 100.0 * (1.0 - 1.0 / std::pow(2.0, 1.5)), 1e-9); // 64.6
    EXPECT_NEAR(axialStressKPa(100.0, a, 2.0 * a), 100.0 * (1.0 - 8.0 / std::pow(5.0, 1.5)), 1e-9); // 28.4
    // A broader contact at the same pressure reaches deeper.
    EXPECT_GT(axialStressKPa(100.0, 2.0 * a, 0.03), axialStressKPa(100.0, a, 0.03));
}

TEST(DepthProfile, TheDepthAtAStressInvertsTheAxialFormula)
{
    const double a = 0.01, p = 100.0;
    // Half the surface pressure at z = a sqrt(c^2 / (1 - c^2)), c = 0.5^(1/3): 1.305 a.
    const double c = std::cbrt(0.5);
    EXPECT_NEAR(axialDepthAtStressM(p, a, 50.0), a * c / std::sqrt(1.0 - c * c), 1e-12);
    EXPECT_NEAR(axialDepthAtStressM(p, a, 50.0), 0.01305, 0.00001);
    for (const double z : {0.001, 0.01, 0.02, 0.05})
        EXPECT_NEAR(axialDepthAtStressM(p, a, axialStressKPa(p, a, z)), z, 1e-9) << z;
    EXPECT_EQ(axialDepthAtStressM(p, a, 100.0), 0.0); // the surface pressure is met at the surface
    EXPECT_EQ(axialDepthAtStressM(p, a, 250.0), 0.0);
    EXPECT_TRUE(std::isinf(axialDepthAtStressM(p, a, 0.0)));
}

TEST(DepthProfile, TheStressFieldMeetsTheAxisAndThePointLoad)
{
    const double a = 0.01, p = 100.0;
    // On the axis, the closed form.
    for (const double z : {0.0025, 0.005, 0.01, 0.02, 0.04})
        EXPECT_NEAR(verticalStressKPa(p, a, 1e-6, z), axialStressKPa(p, a, z), 0.01 * axialStressKPa(p, a, z))
            << z;
    // Far from the contact, Boussinesq's point load of the whole force.
    const double force = p * 3.14159265358979 * a * a;
    const double x = 0.06, z = 0.08, r2 = x * x + z * z;
    EXPECT_NEAR(verticalStressKPa(p, a, x, z),
        3.0 * force * z * z * z / (2.0 * 3.14159265358979 * r2 * r2 * std::sqrt(r2)),
        0.02 * verticalStressKPa(p, a, x, z));
    // Symmetric about the axis, falling off sideways.
    EXPECT_DOUBLE_EQ(verticalStressKPa(p, a, -0.01, 0.02), verticalStressKPa(p, a, 0.01, 0.02));
    EXPECT_LT(verticalStressKPa(p, a, 0.02, 0.02), verticalStressKPa(p, a, 0.005, 0.02));
}

TEST(DepthProfile, IsolinesCrossTheGridWhereTheFieldMeetsTheLevel)
{
    // A field rising along x only (value = x): the level 1.5 is the vertical line x = 1.5.
    std::vector<double> samples;
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 4; ++x)
            samples.push_back(double(x));
    const auto segments = isoline(samples, 4, 3, {0.0f, 0.0f}, 1.0f, 1.5);
    ASSERT_EQ(segments.size(), 2u);
    for (const auto& [from, to] : segments) {
        EXPECT_FLOAT_EQ(from.x, 1.5f);
        EXPECT_FLOAT_EQ(to.x, 1.5f);
        EXPECT_FLOAT_EQ(std::abs(to.y - from.y), 1.0f);
    }
    EXPECT_TRUE(isoline(samples, 4, 3, {0.0f, 0.0f}, 1.0f, 7.0).empty());
}

TEST(DepthProfile, BoundariesNearestFirstWithDepthsFromTheSkin)
{
    Model model;
    // A 4 cm thick outer box (top at z = 0.02) holding a 2 cm thick inner one (top at z = 0.005),
    // and a box to the side that the axis misses.
    model.meshes.push_back(test::makeBox("outer", glm::vec3(0.0f), {0.1f, 0.1f, 0.02f}));
    model.meshes.push_back(test::makeBox("inner", {0.0f, 0.0f, -0.005f}, {0.05f, 0.05f, 0.01f}));
    model.meshes.push_back(test::makeBox("aside", {0.5f, 0.0f, 0.0f}, glm::vec3(0.01f)));
    const Ray axis{{0.001f, 0.002f, 0.3f}, {0.0f, 0.0f, -1.0f}};
    // 40 N on 4 cm2: 100 kPa at the surface.
    const std::vector<DepthBoundary> profile = depthProfile(model, axis, 40.0, 4.0, 1.0);
    ASSERT_EQ(profile.size(), 4u);
    const double depths[] = {0.0, 0.015, 0.035, 0.04};
    const std::size_t meshes[] = {0, 1, 1, 0};
    const bool entering[] = {true, true, false, false};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_NEAR(profile[i].depthM, depths[i], 1e-6) << i;
        EXPECT_EQ(profile[i].mesh, meshes[i]) << i;
        EXPECT_EQ(profile[i].entering, entering[i]) << i;
    }
    EXPECT_NEAR(profile[0].stressKPa, 100.0, 1e-9);
    const double radius = std::sqrt(4e-4 / 3.14159265358979);
    EXPECT_NEAR(profile[1].stressKPa, axialStressKPa(100.0, radius, 0.015), 1e-4);
    for (std::size_t i = 1; i < profile.size(); ++i)
        EXPECT_LT(profile[i].stressKPa, profile[i - 1].stressKPa);
    // Only down to 2 cm; only the inner box.
    EXPECT_EQ(depthProfile(model, axis, 40.0, 4.0, 0.02).size(), 2u);
    const auto inner = depthProfile(model, axis, 40.0, 4.0, 1.0, [](std::size_t mesh) { return mesh == 1; });
    ASSERT_EQ(inner.size(), 2u);
    EXPECT_NEAR(inner[1].depthM, 0.02, 1e-6);
}

} // namespace
} // namespace lumbar::technique
