// The geometric building blocks on shapes with known answers.
#include "decimate.hpp"
#include "mesh.hpp"
#include "polygonise.hpp"
#include "sdf.hpp"
#include "structure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace lumbar {

TEST(Sdf, RoundConeMatchesSweptSpheres)
{
    // The round cone is the union of spheres swept from (a, ra) to (b, rb): compare with a
    // brute-force minimum over the sweep at points outside it.
    const glm::vec3 a(0.01f, -0.02f, 0.0f), b(-0.01f, 0.03f, 0.02f);
    const float ra = 0.012f, rb = 0.005f;
    for (int i = 0; i < 200; ++i) {
        const glm::vec3 p(
            std::sin(i * 1.7f) * 0.05f, std::cos(i * 2.3f) * 0.06f, std::sin(i * 0.9f + 1) * 0.05f);
        float brute = 1e9f;
        for (int k = 0; k <= 2000; ++k) {
            const float t = k / 2000.0f;
            brute = std::min(brute, glm::length(p - glm::mix(a, b, t)) - glm::mix(ra, rb, t));
        }
        if (brute > 0)
            EXPECT_NEAR(sdf::roundCone(p, a, b, ra, rb), brute, 2e-4f) << i;
        else
            EXPECT_LT(sdf::roundCone(p, a, b, ra, rb), 1e-4f) << i;
    }
}

TEST(FascicleBundle, ContinuingPiecesKeepTheBellyWidthThroughTheJoint)
{
    // A straight 10 mm tube in two pieces, blended over 8 mm. As one belly the surface stays
    // at the radius beside the joint; as separate tubes the smooth union swells it there by a
    // quarter of the blend width (2 mm), and far from the joint both are the plain tube.
    const glm::vec3 a(0, 0, 0), joint(0, 0.05f, 0), b(0, 0.10f, 0);
    constexpr float kRadiusM = 0.010f, kBlendM = 0.008f;
    const FascicleBundle belly(
        {{a, joint, kRadiusM, kRadiusM}, {joint, b, kRadiusM, kRadiusM, true}}, kBlendM);
    const FascicleBundle separate({{a, joint, kRadiusM, kRadiusM}, {joint, b, kRadiusM, kRadiusM}}, kBlendM);
    const glm::vec3 besideJoint = joint + glm::vec3(kRadiusM, 0, 0);
    EXPECT_NEAR(belly.distance(besideJoint), 0.0f, 1e-6f);
    EXPECT_NEAR(separate.distance(besideJoint), -0.25f * kBlendM, 1e-6f);
    const glm::vec3 farFromJoint(kRadiusM + 0.003f, 0.015f, 0);
    EXPECT_NEAR(belly.distance(farFromJoint), 0.003f, 1e-6f);
    EXPECT_NEAR(separate.distance(farFromJoint), 0.003f, 1e-6f);
}

TEST(Sdf, PolygonSignsInsideAndOutside)
{
    const std::vector<glm::vec2> square{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    EXPECT_NEAR(sdf::polygon(square, {0.5f, 0.5f}), -0.5f, 1e-6f);
    EXPECT_NEAR(sdf::polygon(square, {2.0f, 0.5f}), 1.0f, 1e-6f);
}

class SphereMesh : public ::testing::Test {
protected:
    static constexpr float kRadius = 0.03f;
    Mesh mesh = polygonise([](const glm::vec3& p) { return glm::length(p) - kRadius; },
        {glm::vec3(-kRadius), glm::vec3(kRadius)}, 0.002f);
};

TEST_F(SphereMesh, PolygonisedSphereIsClosedWithTheRightVolume)
{
    EXPECT_TRUE(checkTopology(mesh).closedManifold());
    const double exact = 4.0 / 3.0 * std::numbers::pi * std::pow(kRadius, 3);
    EXPECT_NEAR(
        signedVolume(mesh), exact, 0.02 * exact); // linear interpolation loses ~1% at 15 cells per radius
}

TEST_F(SphereMesh, DecimationKeepsItClosedAndClose)
{
    // As the generator uses it: smooth the polygoniser's facets, then cut to about a sixth.
    const std::size_t target = mesh.triangleCount() / 40;
    taubinSmooth(mesh, 4);
    decimate(mesh, target);
    EXPECT_LE(mesh.triangleCount(), target);
    EXPECT_TRUE(checkTopology(mesh).closedManifold());
    const double exact = 4.0 / 3.0 * std::numbers::pi * std::pow(kRadius, 3);
    EXPECT_NEAR(signedVolume(mesh), exact, 0.04 * exact);
}

TEST(Decimation, KeepsTheBorderBetweenRegions)
{
    // A flat ellipsoid (12 x 12 x 2.4 cm, on the generator's 2 mm grid) of two tissues meeting at
    // y = 0, as the skin meets the fat at a cut, cut to a fortieth. The triangles across the
    // border are where one tissue's colour is stretched into the other's: their band stays under
    // 4 mm wide on average along the border's 27 cm (0.9 mm before the decimation), where without
    // the regions its flat faces' large triangles spread it over 6 mm and more.
    Mesh mesh = polygonise(
        [](const glm::vec3& p) {
            return sdf::ellipsoid(p, {0.06f, 0.06f, 0.012f});
        },
        {glm::vec3(-0.06f, -0.06f, -0.012f), glm::vec3(0.06f, 0.06f, 0.012f)}, 0.002f);
    taubinSmooth(mesh, 4);
    std::vector<std::uint8_t> regions;
    for (const glm::vec3& p : mesh.positions)
        regions.push_back(p.y > 0.0f ? 1 : 0);
    const auto areaAcrossTheBorder = [](const Mesh& m) {
        double area = 0.0;
        for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
            const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                            c = m.positions[m.indices[t + 2]];
            if (std::min({a.y, b.y, c.y}) <= 0.0f && std::max({a.y, b.y, c.y}) > 0.0f)
                area += 0.5 * glm::length(glm::cross(b - a, c - a));
        }
        return area;
    };
    constexpr double kBorderLengthM = 0.27;
    EXPECT_LT(areaAcrossTheBorder(mesh) / kBorderLengthM, 0.001);
    const std::size_t target = mesh.triangleCount() / 40;
    Mesh plain = mesh;
    decimate(plain, target);
    decimate(mesh, target, regions);
    EXPECT_LE(mesh.triangleCount(), target);
    EXPECT_TRUE(checkTopology(mesh).closedManifold());
    EXPECT_LT(areaAcrossTheBorder(mesh) / kBorderLengthM, 0.004);
    EXPECT_GT(areaAcrossTheBorder(plain) / kBorderLengthM, 0.006);
    // One region per vertex, or none.
    EXPECT_THROW(decimate(plain, target / 2, std::vector<std::uint8_t>(3, 0)), std::invalid_argument);
}

TEST_F(SphereMesh, CrossSectionOfASphereIsItsGreatCircle)
{
    const double exact = std::numbers::pi * kRadius * kRadius;
    EXPECT_NEAR(crossSectionAreaY(mesh, 0.0f), exact, 0.02 * exact);
    EXPECT_NEAR(crossSectionAreaY(mesh, 0.5f), 0.0, 1e-12);
}

TEST_F(SphereMesh, InsideTesterSeparatesInsideFromOutside)
{
    const InsideTester tester(mesh);
    EXPECT_TRUE(tester.inside({0.001f, 0.002f, 0.0f}));
    EXPECT_TRUE(tester.inside({0.02f, -0.01f, 0.005f}));
    EXPECT_FALSE(tester.inside({0.03f, 0.02f, 0.0f}));
    EXPECT_FALSE(tester.inside({0.0f, 0.0f, 0.05f}));
}

TEST(Topology, DetectsAHole)
{
    Mesh m = polygonise([](const glm::vec3& p) { return glm::length(p) - 0.01f; },
        {glm::vec3(-0.01f), glm::vec3(0.01f)}, 0.002f);
    m.indices.resize(m.indices.size() - 3);
    EXPECT_GT(checkTopology(m).boundaryEdges, 0u);
    EXPECT_FALSE(checkTopology(m).closedManifold());
}

} // namespace lumbar
