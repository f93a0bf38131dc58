// Cross-sections of closed meshes: loops, orientation, holes and areas.
#include "scene/mesh_section.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar {
namespace {

constexpr float kPi = 3.14159265f;

TEST(MeshSection, ABoxCutAcrossGivesItsExactRectangle)
{
    const MeshData box = test::makeBox("box", {0.0f, 0.0f, 0.0f}, {0.10f, 0.05f, 0.20f});
    const MeshSection section = sliceMesh(box, {0.0f, 0.0f, 1.0f, -0.03f}); // z = 0.03
    ASSERT_EQ(section.loops.size(), 1u);
    EXPECT_EQ(section.openChains, 0u);
    EXPECT_NEAR(section.areaM2(), 0.20f * 0.10f, 1e-7f);
    for (const glm::vec3& p : section.loops[0].points)
        EXPECT_NEAR(p.z, 0.03f, 1e-7f);
    // The normal's length does not matter; the side kept does not change the area.
    EXPECT_NEAR(sliceMesh(box, {0.0f, 0.0f, -2.0f, 0.06f}).areaM2(), 0.02f, 1e-7f);
}

TEST(MeshSection, ASphereThroughItsCentreGivesAlmostAGreatCircle)
{
    const MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 4);
    const MeshSection section = sliceMesh(sphere, {0.3f, 1.0f, 0.2f, 0.0f});
    ASSERT_EQ(section.loops.size(), 1u);
    // The icosphere lies inside its sphere: a little under pi r^2.
    EXPECT_LT(section.areaM2(), kPi * 0.01f);
    EXPECT_GT(section.areaM2(), 0.98f * kPi * 0.01f);
}

TEST(MeshSection, ATorusCutAlongItsRingGivesAnAnnulus)
{
    // Ring radius 0.1, tube radius 0.03, around Y: the plane y = 0.01 cuts an outer circle and a
    // hole; the area is the annulus between them, less than 4 pi R a (the section through the
    // centre of the tube) by the tube's curvature.
    const MeshData torus = test::makeTorus("torus", glm::vec3(0.0f), 0.1f, 0.03f, 96, 48);
    const MeshSection section = sliceMesh(torus, {0.0f, 1.0f, 0.0f, -0.01f});
    ASSERT_EQ(section.loops.size(), 2u);
    const float halfWidth = std::sqrt(0.03f * 0.03f - 0.01f * 0.01f);
    const float annulus
        = kPi * ((0.1f + halfWidth) * (0.1f + halfWidth) - (0.1f - halfWidth) * (0.1f - halfWidth));
    EXPECT_NEAR(section.areaM2(), annulus, 0.01f * annulus);
    // One outer boundary (positive), one hole (negative).
    const float larger = std::max(section.loops[0].signedAreaM2, section.loops[1].signedAreaM2);
    const float smaller = std::min(section.loops[0].signedAreaM2, section.loops[1].signedAreaM2);
    EXPECT_GT(larger, 0.0f);
    EXPECT_LT(smaller, 0.0f);
}

TEST(MeshSection, APlaneMissingTheMeshGivesNothingAndAnOpenMeshGivesOpenChains)
{
    const MeshData box = test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.05f));
    EXPECT_TRUE(sliceMesh(box, {0.0f, 1.0f, 0.0f, -0.2f}).loops.empty());
    EXPECT_TRUE(sliceMesh(box, glm::vec4(0.0f)).loops.empty());
    MeshData open = box;
    // Without one side face's two triangles, the loop round the box breaks there.
    for (std::size_t i = 0; i + 2 < open.indices.size(); i += 3) {
        bool onRight = true;
        for (int k = 0; k < 3; ++k)
            onRight = onRight && open.positions[open.indices[i + std::size_t(k)]].x > 0.0f;
        if (onRight) {
            open.indices.erase(
                open.indices.begin() + std::ptrdiff_t(i), open.indices.begin() + std::ptrdiff_t(i + 3));
            i -= 3;
        }
    }
    ASSERT_EQ(open.indices.size(), box.indices.size() - 6);
    const MeshSection section = sliceMesh(open, {0.0f, 1.0f, 0.0f, 0.0f});
    EXPECT_TRUE(section.loops.empty());
    EXPECT_EQ(section.openChains, 1u);
}

} // namespace
} // namespace lumbar
