// The baked ambient occlusion: the estimate itself on shapes whose answer is known, and the
// shipped model carrying it on every vertex.
#include "ambient_occlusion.hpp"
#include "cavity_lining.hpp"
#include "client_body.hpp"
#include "model_fixture.hpp"
#include "structure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

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
    // COLOR_0 is the occlusion as a grey, times the tissue's colour on the body and the skin
    // (white base colour; the skin over the fat at a cut).
    const ShippedModel& model = shippedModel();
    const glm::vec3 skin = glm::pow(glm::vec3(colours::kSkin), glm::vec3(2.2f));
    double discs = 0.0, vertebrae = 0.0;
    int discCount = 0, vertebraCount = 0;
    for (const GlbMesh& m : model.meshes) {
        ASSERT_EQ(m.colours.size(), m.mesh.positions.size()) << m.name;
        const bool tinted = m.name == "body" || m.name == "skin";
        EXPECT_EQ(glm::vec3(m.baseColour) == glm::vec3(1.0f), tinted) << m.name;
        std::vector<float> open;
        for (const glm::vec3& c : m.colours) {
            if (!tinted) {
                ASSERT_EQ(c.g, c.r) << m.name;
                ASSERT_EQ(c.b, c.r) << m.name;
            }
            // The tissues' colours times the occlusion (see the next test for the tissues).
            ASSERT_GE(c.r, tinted ? 0.0f : kMinimumOpenness) << m.name;
            ASSERT_LE(c.r, 1.0f) << m.name;
            open.push_back(c.r);
        }
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
    // The client's back and buttocks facing the ceiling, away from the window, lie open and are
    // skin.
    const GlbMesh& body = model.glbMesh("body");
    std::vector<float> facingUp;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v)
        if (body.mesh.normals[v].z > 0.9f
            && (body.mesh.positions[v].y > 0.35f || body.mesh.positions[v].y < -0.25f))
            facingUp.push_back(body.colours[v].r / skin.r);
    ASSERT_GT(facingUp.size(), 100u);
    std::nth_element(facingUp.begin(), facingUp.begin() + facingUp.size() / 2, facingUp.end());
    EXPECT_NEAR(facingUp[facingUp.size() / 2], 1.0f, 0.03f);
}

TEST(AmbientOcclusion, TheWindowsEdgeShowsTheSkinOverTheFat)
{
    // The body's vertices within a millimetre of the skin's surface are skin-coloured, those more
    // than 3.5 mm under it (the wall at the window's edge) are fat: told apart by their hue, green
    // over red (pale yellow against pink), which the occlusion does not change. The hollow round
    // the anatomy has colours of its own (test_cavity_lining.cpp).
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = model.glbMesh("body");
    const glm::vec3 skin = glm::pow(glm::vec3(colours::kSkin), glm::vec3(2.2f));
    const glm::vec3 fat = glm::pow(glm::vec3(colours::kFat), glm::vec3(2.2f));
    int atSurface = 0, deep = 0;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const float depth = -client.outer(body.mesh.positions[v]);
        const float hue = body.colours[v].g / body.colours[v].r;
        // The scalp's hair has its own colour (test_body_proportions.cpp).
        if (std::abs(client.core(body.mesh.positions[v])) < kCavityLiningM
            || client.hairCover(body.mesh.positions[v]) > 0.0f)
            continue;
        if (depth < 0.001f) {
            // Pinker where the skin is flushed (elbows, knuckles, heels, soles, ears).
            const glm::vec3 tone
                = glm::pow(flushedSkin(client.skinFlush(body.mesh.positions[v])), glm::vec3(2.2f));
            EXPECT_NEAR(hue, tone.g / tone.r, 0.01f)
                << "vertex " << v << " " << depth * 1000.0f << " mm deep";
            ++atSurface;
        } else if (depth > 0.0035f) {
            EXPECT_NEAR(hue, fat.g / fat.r, 0.01f) << "vertex " << v << " " << depth * 1000.0f << " mm deep";
            ++deep;
        }
    }
    EXPECT_GT(atSurface, 3000);
    EXPECT_GT(deep, 100);
    EXPECT_EQ(skinOverFat(0.0f), glm::vec3(colours::kSkin));
    EXPECT_EQ(skinOverFat(0.01f), glm::vec3(colours::kFat));
}

TEST(AmbientOcclusion, TheSkinIsFlushedOverTheElbowsKnucklesHeelsAndEars)
{
    // The body's surface is pinker (green over red lower by more than 0.05, the occlusion aside)
    // round each olecranon, over the knuckles, the heels and the ears, and nowhere on the back.
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = model.glbMesh("body");
    const glm::vec3 skin = glm::pow(glm::vec3(colours::kSkin), glm::vec3(2.2f));
    const glm::vec3 head = client.headCentre();
    const glm::vec3 wrist = client.restingWrist(1.0f);
    const glm::vec3 ankle = client.proneAnkle(1.0f);
    // Where each flushed vertex lies: 0 ears, 1 arm above the wrist (elbow), 2 hand, 3 foot, 4 else.
    std::array<int, 5> flushed{};
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (-client.outer(p) > 0.001f || client.hairCover(p) > 0.0f)
            continue;
        if (body.colours[v].g / body.colours[v].r > skin.g / skin.r - 0.05f)
            continue;
        const float x = std::abs(p.x);
        if (glm::distance(p, head) < 0.15f)
            ++flushed[0];
        else if (x > wrist.x - 0.06f && p.y > wrist.y + 0.01f)
            ++flushed[1];
        else if (x > wrist.x - 0.06f && p.y > wrist.y - 0.22f)
            ++flushed[2];
        else if (p.y < ankle.y + 0.05f)
            ++flushed[3];
        else
            ++flushed[4];
    }
    std::printf("flushed vertices: ears %d, elbows %d, hands %d, feet %d, elsewhere %d\n", flushed[0],
        flushed[1], flushed[2], flushed[3], flushed[4]);
    for (int place = 0; place < 4; ++place)
        EXPECT_GE(flushed[std::size_t(place)], 4) << "place " << place;
    EXPECT_EQ(flushed[4], 0);
}

} // namespace lumbar::test
