// The triangle hierarchy finds exactly what a loop over every triangle finds.
#include "scene/model_import.hpp"
#include "scene/ray_pick.hpp"
#include "scene/triangle_bvh.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <random>

namespace lumbar {
namespace {

/// The nearest triangle by testing every one in order, the first of equals winning.
std::optional<TriangleHit> everyTriangle(const MeshData& mesh, const Ray& ray, float from, float to)
{
    std::optional<TriangleHit> best;
    for (std::size_t t = 0; t * 3 + 2 < mesh.indices.size(); ++t) {
        const auto distance = intersectTriangle(ray, mesh.positions[mesh.indices[t * 3]],
            mesh.positions[mesh.indices[t * 3 + 1]], mesh.positions[mesh.indices[t * 3 + 2]]);
        if (distance && *distance >= from && *distance < to) {
            to = *distance;
            best = TriangleHit{t, *distance};
        }
    }
    return best;
}

TEST(TriangleBvh, EveryMeshOfTheBuiltInModelGivesTheSameHitsAsTestingEveryTriangle)
{
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    std::mt19937 random(20261206);
    std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
    int hits = 0;
    for (const MeshData& mesh : model.meshes) {
        const TriangleBvh hierarchy(mesh);
        const Bounds box = mesh.bounds();
        for (int i = 0; i < 200; ++i) {
            // From a point around the mesh towards a point inside its box: most rays hit it.
            glm::vec3 direction(unit(random), unit(random), unit(random));
            if (glm::length(direction) < 0.1f)
                continue;
            direction = glm::normalize(direction);
            const glm::vec3 aim
                = box.center() + box.size() * 0.5f * glm::vec3(unit(random), unit(random), unit(random));
            const Ray ray{aim - direction * (box.radius() + 0.1f), direction};
            const auto expected = everyTriangle(mesh, ray, 0.0f, std::numeric_limits<float>::max());
            const auto found = hierarchy.nearest(mesh, ray);
            ASSERT_EQ(found.has_value(), expected.has_value()) << mesh.name << " ray " << i;
            if (!expected)
                continue;
            ++hits;
            EXPECT_EQ(found->triangleIndex, expected->triangleIndex) << mesh.name << " ray " << i;
            EXPECT_EQ(found->distance, expected->distance) << mesh.name << " ray " << i;
            // Cut to a stretch of the ray beyond the first hit: the next surface behind it.
            const float from = expected->distance + 1e-4f;
            const auto behind = everyTriangle(mesh, ray, from, 1.0f);
            const auto foundBehind = hierarchy.nearest(mesh, ray, from, 1.0f);
            ASSERT_EQ(foundBehind.has_value(), behind.has_value()) << mesh.name << " ray " << i;
            if (behind) {
                EXPECT_EQ(foundBehind->triangleIndex, behind->triangleIndex) << mesh.name << " ray " << i;
            }
        }
    }
    EXPECT_GT(hits, int(model.meshes.size()) * 100); // most rays meet the mesh they are aimed at
}

TEST(TriangleBvh, OfTrianglesMetAtTheSameDistanceTheFirstListedWins)
{
    // A strip of 40 unit squares along x at z = 0, and a copy of square 31's first triangle listed
    // again last and first-but-one: the ray through it meets three triangles at distance 2.
    MeshData mesh;
    for (int square = 0; square < 40; ++square) {
        const float x = float(square);
        const auto base = std::uint32_t(mesh.positions.size());
        mesh.positions.insert(mesh.positions.end(), {{x, 0, 0}, {x + 1, 0, 0}, {x + 1, 1, 0}, {x, 1, 0}});
        mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
    }
    const std::vector<std::uint32_t> copy(mesh.indices.begin() + 62 * 3, mesh.indices.begin() + 63 * 3);
    mesh.indices.insert(mesh.indices.end(), copy.begin(), copy.end());
    mesh.indices.insert(mesh.indices.begin() + 3, copy.begin(), copy.end());
    const TriangleBvh hierarchy(mesh);
    const Ray ray{{31.8f, 0.2f, 2.0f}, {0.0f, 0.0f, -1.0f}};
    const auto hit = hierarchy.nearest(mesh, ray);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->triangleIndex, 1u); // the copy inserted second, before the original (now 63)
    EXPECT_FLOAT_EQ(hit->distance, 2.0f);
    // Limits: a hit at exactly the far limit is not taken; one before the near limit neither.
    EXPECT_FALSE(hierarchy.nearest(mesh, ray, 0.0f, 2.0f));
    EXPECT_FALSE(hierarchy.nearest(mesh, ray, 2.5f));
    EXPECT_FALSE(hierarchy.nearest(mesh, {{41.5f, 0.5f, 2.0f}, {0.0f, 0.0f, -1.0f}}));
}

TEST(TriangleBvh, MedianSplitsKeepTheTreeShallow)
{
    // 81 triangles (the strip above without the copies, and one more): leaves of at most four
    // after halving, so 32 leaves at most and a depth of 6 (ceil(log2(81 / 4)) + 1).
    MeshData mesh;
    for (int t = 0; t < 81; ++t) {
        const auto base = std::uint32_t(mesh.positions.size());
        const float x = float(t % 9);
        const float y = float(t / 9);
        mesh.positions.insert(mesh.positions.end(), {{x, y, 0}, {x + 1, y, 0}, {x, y + 1, 0}});
        mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2});
    }
    const TriangleBvh hierarchy(mesh);
    EXPECT_EQ(hierarchy.depth(), 6);
    EXPECT_EQ(hierarchy.nodeCount(), 63u); // 32 leaves of 2-3 triangles and the 31 boxes above them
    EXPECT_EQ(TriangleBvh(MeshData{}).depth(), 0);
    EXPECT_FALSE(TriangleBvh(MeshData{}).nearest(MeshData{}, {{0, 0, 1}, {0, 0, -1}}));
}

} // namespace
} // namespace lumbar
