// The stroke path band: covers the requested part of the path, lies above the surface, has arrows.
#include "session/technique_overlay.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(PathRibbon, CoversTheRequestedPartAboveTheSurface)
{
    // A straight 10 cm path up the y axis on a surface facing +z.
    const std::vector<glm::vec3> points{{0, 0, 0}, {0, 0.05f, 0}, {0, 0.1f, 0}};
    const std::vector<glm::vec3> normals(3, glm::vec3(0, 0, 1));
    const MeshData band = makePathRibbon(points, normals, 0.25, 0.75, 0.008f, Chevrons::None);
    ASSERT_FALSE(band.indices.empty());
    Bounds box;
    for (const glm::vec3& p : band.positions)
        box.add(p);
    EXPECT_NEAR(box.min.y, 0.025f, 1e-5f);
    EXPECT_NEAR(box.max.y, 0.075f, 1e-5f);
    EXPECT_NEAR(box.max.x - box.min.x, 0.008f, 1e-5f);
    EXPECT_GT(box.min.z, 0.0f); // lifted off the surface
    EXPECT_LT(box.max.z, 0.003f);
}

TEST(PathRibbon, ChevronsPointAlongTheDirectionOfTravel)
{
    const std::vector<glm::vec3> points{{0, 0, 0}, {0, 0.1f, 0}};
    const std::vector<glm::vec3> normals(2, glm::vec3(0, 0, 1));
    const MeshData plain = makePathRibbon(points, normals, 0.0, 1.0, 0.008f, Chevrons::None);
    const MeshData arrows = makePathRibbon(points, normals, 0.0, 1.0, 0.008f, Chevrons::Forward, 0.025f);
    // Four arrows of one triangle each at 12.5, 37.5, 62.5 and 87.5 mm.
    EXPECT_EQ(arrows.triangleCount(), plain.triangleCount() + 4);
    const std::size_t tip = plain.positions.size(); // each arrow's tip is its first vertex
    EXPECT_GT(arrows.positions[tip].y, arrows.positions[tip + 1].y);
    // On a return pass the arrows point back towards the start.
    const MeshData back = makePathRibbon(points, normals, 0.0, 1.0, 0.008f, Chevrons::Backward, 0.025f);
    EXPECT_EQ(back.triangleCount(), arrows.triangleCount());
    EXPECT_LT(back.positions[tip].y, back.positions[tip + 1].y);
    EXPECT_NEAR(back.positions[tip].y, 0.0125f - 0.008f * 1.4f, 1e-5f);
}

TEST(PathRibbon, EmptyRangesAndDegeneratePathsGiveNothing)
{
    const std::vector<glm::vec3> points{{0, 0, 0}, {0, 0.1f, 0}};
    const std::vector<glm::vec3> normals(2, glm::vec3(0, 0, 1));
    EXPECT_TRUE(makePathRibbon(points, normals, 0.6, 0.6, 0.008f, Chevrons::Forward).indices.empty());
    EXPECT_TRUE(
        makePathRibbon({points[0]}, {normals[0]}, 0.0, 1.0, 0.008f, Chevrons::Forward).indices.empty());
    EXPECT_TRUE(makePathRibbon(points, {normals[0]}, 0.0, 1.0, 0.008f, Chevrons::Forward).indices.empty());
}

} // namespace
} // namespace lumbar::app
