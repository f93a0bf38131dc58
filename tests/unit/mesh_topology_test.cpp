// The closed-surface check that decides which meshes are drawn with back faces culled.
#include "scene/mesh_topology.hpp"
#include "scene/model_import.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lumbar {
namespace {

TEST(MeshTopology, ClosedOutwardShapesPass)
{
    EXPECT_TRUE(isClosedOutward(test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2)));
    EXPECT_TRUE(isClosedOutward(test::makeTorus("torus", glm::vec3(0.1f), 0.09f, 0.03f, 24, 12)));
}

TEST(MeshTopology, SeamsSplitForNormalsStillCountAsClosed)
{
    // Every triangle with vertices of its own, as flat-shaded files have them: welded by position.
    const MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2);
    MeshData soup;
    for (std::uint32_t index : sphere.indices) {
        soup.indices.push_back(static_cast<std::uint32_t>(soup.positions.size()));
        soup.positions.push_back(sphere.positions[index]);
    }
    ASSERT_EQ(soup.positions.size(), sphere.indices.size());
    EXPECT_TRUE(isClosedOutward(soup));
    EXPECT_TRUE(isClosedOutward(test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f, 0.2f, 0.3f))));
}

TEST(MeshTopology, AHoleFails)
{
    MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2);
    sphere.indices.resize(sphere.indices.size() - 3);
    EXPECT_FALSE(isClosedOutward(sphere));
}

TEST(MeshTopology, InwardWindingFails)
{
    MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2);
    for (std::size_t t = 0; t < sphere.indices.size(); t += 3)
        std::swap(sphere.indices[t + 1], sphere.indices[t + 2]);
    EXPECT_FALSE(isClosedOutward(sphere));
}

TEST(MeshTopology, OneFlippedTriangleFails)
{
    MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2);
    std::swap(sphere.indices[1], sphere.indices[2]);
    EXPECT_FALSE(isClosedOutward(sphere));
}

TEST(MeshTopology, ADuplicatedTriangleFails)
{
    MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 2);
    sphere.indices.insert(sphere.indices.end(), sphere.indices.begin(), sphere.indices.begin() + 3);
    EXPECT_FALSE(isClosedOutward(sphere));
}

TEST(MeshTopology, LargeMeshesAreJudgedTheSame)
{
    // 100k vertices: edge keys of 35 bits, sorted in several passes, where a small mesh's fit one.
    const MeshData torus = test::makeTorus("torus", glm::vec3(0.0f), 0.3f, 0.05f, 1000, 100);
    EXPECT_TRUE(isClosedOutward(torus));
    MeshData flipped = torus;
    const std::size_t last = flipped.indices.size() - 3; // the highest vertex ids
    std::swap(flipped.indices[last + 1], flipped.indices[last + 2]);
    EXPECT_FALSE(isClosedOutward(flipped));
    MeshData holed = torus;
    holed.indices.erase(holed.indices.begin() + std::ptrdiff_t(holed.indices.size() / 2),
        holed.indices.begin() + std::ptrdiff_t(holed.indices.size() / 2 + 3));
    EXPECT_FALSE(isClosedOutward(holed));
}

TEST(MeshTopology, MalformedIndicesFail)
{
    MeshData sphere = test::makeIcosphere("sphere", glm::vec3(0.0f), 0.1f, 1);
    MeshData outOfRange = sphere;
    outOfRange.indices[0] = static_cast<std::uint32_t>(sphere.positions.size());
    EXPECT_FALSE(isClosedOutward(outOfRange));
    MeshData ragged = sphere;
    ragged.indices.pop_back();
    EXPECT_FALSE(isClosedOutward(ragged));
    EXPECT_FALSE(isClosedOutward(MeshData{}));
}

TEST(MeshTopology, EveryBuiltInStructureIsClosedOutward)
{
    // The generator guarantees closed, outward meshes; the renderer relies on it to cull them.
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    ASSERT_GE(model.meshes.size(), 40u);
    for (const MeshData& mesh : model.meshes)
        EXPECT_TRUE(isClosedOutward(mesh)) << mesh.name;
}

TEST(MeshTopology, WeldedIdsNumberEachPositionOnceFromZero)
{
    const std::vector<glm::vec3> positions{{0.0f, 1.0f, 2.0f}, {-0.0f, 1.0f, 2.0f}, {3.0f, 4.0f, 5.0f},
        {0.0f, 1.0f, 2.0f}, {0.0f, 2.0f, 1.0f}, {3.0f, 4.0f, 5.0f}};
    EXPECT_EQ(weldedIds(positions), (std::vector<std::uint32_t>{0, 0, 1, 0, 2, 1}));
    EXPECT_TRUE(weldedIds({}).empty());
}

TEST(MeshTopology, WeldedIdsKeepCloseButDifferentPositionsApart)
{
    // A grid a float's step apart, each point twice: as many ids as points, both copies alike.
    std::vector<glm::vec3> positions;
    const float base = 1.0f;
    for (int i = 0; i < 300; ++i)
        for (int j = 0; j < 300; ++j)
            positions.push_back({std::nextafter(base + float(i), 10000.0f), float(j) * 1e-7f, 0.5f});
    const std::size_t points = positions.size();
    positions.insert(positions.end(), positions.begin(), positions.end());
    const std::vector<std::uint32_t> ids = weldedIds(positions);
    ASSERT_EQ(ids.size(), 2 * points);
    EXPECT_EQ(*std::max_element(ids.begin(), ids.end()), points - 1);
    for (std::size_t i = 0; i < points; ++i)
        ASSERT_EQ(ids[i], i) << i;
    EXPECT_TRUE(
        std::equal(ids.begin(), ids.begin() + std::ptrdiff_t(points), ids.begin() + std::ptrdiff_t(points)));
}

} // namespace
} // namespace lumbar
