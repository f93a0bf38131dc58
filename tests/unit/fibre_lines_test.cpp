// Fibre line sampling: aligned with the tangents, lifted off the surface, one per grid cell.
#include "anatomy/fibre_lines.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(FibreLines, SegmentsFollowTheTangentsAndSitAboveTheSurface)
{
    MeshData mesh = test::makeIcosphere("muscle", glm::vec3(0.0f), 0.05f, 3);
    // Fibres run around the sphere's vertical axis; near the poles that direction is undefined and
    // the tangent is left zero, which the sampler must skip.
    for (const glm::vec3& n : mesh.normals) {
        const glm::vec3 around = glm::cross(glm::vec3(0, 1, 0), n);
        mesh.tangents.emplace_back(std::abs(n.y) < 0.9f ? glm::normalize(around) : glm::vec3(0.0f), 1.0f);
    }
    FibreLineStyle style;
    const std::vector<LineVertex> lines = fibreLines(mesh, style);
    ASSERT_FALSE(lines.empty());
    ASSERT_EQ(lines.size() % 2, 0u);
    for (std::size_t i = 0; i < lines.size(); i += 2) {
        const glm::vec3 segment = lines[i + 1].position - lines[i].position;
        EXPECT_NEAR(glm::length(segment), style.lengthM, 1e-5f);
        const glm::vec3 centre = (lines[i].position + lines[i + 1].position) * 0.5f;
        EXPECT_NEAR(glm::length(centre), 0.05f + style.liftM, 2e-4f);
        EXPECT_NEAR(glm::normalize(segment).y, 0.0f, 1e-5f); // horizontal, like the fibres
    }
    // One segment per occupied 12 mm cell: fewer than half of the 642 vertices.
    EXPECT_LT(lines.size() / 2, 321u);
    EXPECT_GT(lines.size() / 2, 50u);
    EXPECT_EQ(fibreLines(mesh, style).size(), lines.size()); // deterministic
}

TEST(FibreLines, MeshesWithoutTangentsGiveNothing)
{
    const MeshData mesh = test::makeBox("bone", glm::vec3(0.0f), glm::vec3(0.1f));
    EXPECT_TRUE(fibreLines(mesh).empty());
}

} // namespace
} // namespace lumbar
