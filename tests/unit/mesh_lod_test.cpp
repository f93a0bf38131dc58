// Levels of detail: fewer triangles, bounded error, closed meshes stay closed, the choice per view.
#include "scene/mesh_lod.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <utility>

namespace lumbar {
namespace {

/// How many triangles use each undirected edge.
std::map<std::pair<std::uint32_t, std::uint32_t>, int> edgeUse(const std::vector<std::uint32_t>& indices)
{
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> uses;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = indices[t + k], b = indices[t + (k + 1) % 3];
            ++uses[{std::min(a, b), std::max(a, b)}];
        }
    return uses;
}

TEST(MeshLod, EachLevelHasFewerTrianglesAndAMeasuredError)
{
    const MeshData sphere = test::makeIcosphere("s", glm::vec3(0.0f), 0.1f, 5); // 20480 triangles
    const std::vector<LodLevel> levels = buildLods(sphere);
    ASSERT_EQ(levels.size(), 3u);
    std::size_t previous = sphere.indices.size();
    float previousError = 0.0f;
    for (const LodLevel& level : levels) {
        EXPECT_EQ(level.indices.size() % 3, 0u);
        EXPECT_LE(level.indices.size(), previous * 8 / 10);
        EXPECT_GE(level.indices.size(), previous * 4 / 10);
        EXPECT_GE(level.errorM, previousError);
        EXPECT_LE(level.errorM, 0.02f * 0.2f); // 2% of the sphere's 0.2 m extent
        for (std::uint32_t index : level.indices)
            ASSERT_LT(index, sphere.positions.size());
        // Closed stays closed: every edge is shared by exactly two triangles.
        for (const auto& [edge, count] : edgeUse(level.indices))
            ASSERT_EQ(count, 2) << edge.first << "-" << edge.second;
        // Every vertex used still lies on the sphere within the stated error.
        for (std::uint32_t index : level.indices)
            EXPECT_NEAR(glm::length(sphere.positions[index]), 0.1f, 1e-4f);
        previous = level.indices.size();
        previousError = level.errorM;
    }
    // Deterministic.
    const std::vector<LodLevel> again = buildLods(sphere);
    ASSERT_EQ(again.size(), levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i) {
        EXPECT_EQ(again[i].indices, levels[i].indices);
        EXPECT_EQ(again[i].errorM, levels[i].errorM);
    }
}

TEST(MeshLod, SmallMeshesGetNoLevels)
{
    const MeshData box = test::makeBox("b", glm::vec3(0.0f), glm::vec3(0.1f));
    EXPECT_TRUE(buildLods(box).empty());
}

TEST(MeshLod, ChoosesTheCoarsestLevelUnderThePixelBudget)
{
    // 35 degrees of field of view over 720 rows at 1 m: 2 tan(17.5 deg) / 720 metres a pixel.
    EXPECT_NEAR(metresPerPixel(1.0f, glm::radians(35.0f), 720.0f),
        2.0f * std::tan(glm::radians(17.5f)) / 720.0f, 1e-9f);
    EXPECT_EQ(metresPerPixel(-1.0f, 1.0f, 720.0f), 0.0f);
    const std::vector<float> errors{0.0f, 0.0005f, 0.002f, 0.008f};
    EXPECT_EQ(chooseLod(errors, 0.0001f, 1.0f), 0u); // close up: the full mesh
    EXPECT_EQ(chooseLod(errors, 0.0005f, 1.0f), 1u);
    EXPECT_EQ(chooseLod(errors, 0.0021f, 1.0f), 2u);
    EXPECT_EQ(chooseLod(errors, 0.0021f, 4.0f), 3u);
    EXPECT_EQ(chooseLod({0.0f}, 1.0f, 1.0f), 0u);
}

} // namespace
} // namespace lumbar
