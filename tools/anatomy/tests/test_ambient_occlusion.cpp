// The baked ambient occlusion: the estimate itself on shapes whose answer is known, and the
// shipped model carrying it on every vertex.
#include "ambient_occlusion.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace lumbar::test {
namespace {

/// One vertex at the origin with the given normal.
Mesh vertexFacing(const glm::vec3& normal)
{
    Mesh mesh;
    mesh.positions = {glm::vec3(0.0f)};
    mesh.normals = {normal};
    return mesh;
}

/// Everything above y = `heightM`.
Occluder ceilingAt(float heightM)
{
    return {[heightM](const glm::vec3& p) { return heightM - p.y; },
        Box{{-1.0f, heightM, -1.0f}, {1.0f, heightM + 1.0f, 1.0f}}};
}

double meanOf(const std::vector<float>& values)
{
    double sum = 0.0;
    for (const float v : values)
        sum += v;
    return values.empty() ? 0.0 : sum / double(values.size());
}

} // namespace

TEST(AmbientOcclusion, ACeilingACentimetreAboveShadesByTheSamplesItReaches)
{
    // Samples 3, 6, 12, 24 mm up (weights 0.4, 0.3, 0.2, 0.1): the first is 7 mm from the ceiling
    // (open), the second 4 mm (a third shaded), the last two inside it (fully): 1 - 0.1 - 0.2 - 0.1.
    const Occluder ceiling = ceilingAt(0.01f);
    EXPECT_NEAR(ambientOcclusion(vertexFacing({0, 1, 0}), {&ceiling}).front(), 0.6f, 1e-5f);
    // Facing away from it, or with it far off: open.
    EXPECT_FLOAT_EQ(ambientOcclusion(vertexFacing({0, -1, 0}), {&ceiling}).front(), 1.0f);
    const Occluder far = ceilingAt(0.5f);
    EXPECT_FLOAT_EQ(ambientOcclusion(vertexFacing({0, 1, 0}), {&far}).front(), 1.0f);
    EXPECT_FLOAT_EQ(ambientOcclusion(vertexFacing({0, 1, 0}), {}).front(), 1.0f);
    // Pressed against it: as dark as it goes, never black.
    const Occluder touching = ceilingAt(0.0f);
    EXPECT_FLOAT_EQ(ambientOcclusion(vertexFacing({0, 1, 0}), {&touching}).front(), kMinimumOpenness);
}

TEST(AmbientOcclusion, TheNearestOfSeveralOccludersCounts)
{
    const Occluder high = ceilingAt(0.02f), low = ceilingAt(0.01f);
    EXPECT_NEAR(ambientOcclusion(vertexFacing({0, 1, 0}), {&high, &low}).front(), 0.6f, 1e-5f);
    EXPECT_NEAR(ambientOcclusion(vertexFacing({0, 1, 0}), {&low, &high}).front(), 0.6f, 1e-5f);
}

TEST(AmbientOcclusion, EveryShippedVertexCarriesItAndTheCrevicesAreDarker)
{
    const ShippedModel& model = shippedModel();
    double discs = 0.0, vertebrae = 0.0;
    int discCount = 0, vertebraCount = 0;
    for (const GlbMesh& m : model.meshes) {
        const std::vector<float>& open = m.mesh.occlusion;
        ASSERT_EQ(open.size(), m.mesh.positions.size()) << m.name;
        const auto [lowest, highest] = std::minmax_element(open.begin(), open.end());
        EXPECT_GE(*lowest, kMinimumOpenness) << m.name;
        EXPECT_LE(*highest, 1.0f) << m.name;
        if (m.name.starts_with("disc_")) {
            discs += meanOf(open);
            ++discCount;
        } else if (m.name.starts_with("vertebra_")) {
            vertebrae += meanOf(open);
            ++vertebraCount;
        }
    }
    // The discs sit in the clefts between the vertebral bodies.
    ASSERT_EQ(discCount, 7);
    ASSERT_EQ(vertebraCount, 7);
    EXPECT_LT(discs / discCount, vertebrae / vertebraCount - 0.1);
    // The client's back and buttocks facing the ceiling, away from the window, lie open.
    const Mesh& body = model.mesh("body");
    std::vector<float> facingUp;
    for (std::size_t v = 0; v < body.positions.size(); ++v)
        if (body.normals[v].z > 0.9f && (body.positions[v].y > 0.35f || body.positions[v].y < -0.25f))
            facingUp.push_back(body.occlusion[v]);
    ASSERT_GT(facingUp.size(), 100u);
    std::nth_element(facingUp.begin(), facingUp.begin() + facingUp.size() / 2, facingUp.end());
    EXPECT_GT(facingUp[facingUp.size() / 2], 0.97f);
}

} // namespace lumbar::test
