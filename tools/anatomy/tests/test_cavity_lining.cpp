// The hollow round the anatomy in the client's body reads as a box-cut dissection once the layers
// are peeled: its walls are muscle cut across, its floor a flat cut through the abdomen, and none
// of it the dark inside of a shell.
#include "anatomy/section_colours.hpp"
#include "cavity_lining.hpp"
#include "client_body.hpp"
#include "model_fixture.hpp"
#include "structure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lumbar::test {
namespace {

const GlbMesh& shippedBody()
{
    return shippedModel().glbMesh("body");
}

/// Green over red of a linear colour: its hue, which the baked occlusion (a grey factor) keeps.
float hueOf(const glm::vec3& linear)
{
    return linear.g / linear.r;
}

float hueOfSrgb(const glm::vec3& srgb)
{
    return hueOf(glm::pow(srgb, glm::vec3(2.2f)));
}

float hueOfSrgb(const glm::vec4& srgb)
{
    return hueOfSrgb(glm::vec3(srgb));
}

/// The wall's hue at the palest streak of its grain.
float palestWallHue()
{
    return hueOfSrgb(
        glm::mix(glm::vec3(colours::kMuscleSection), glm::vec3(colours::kPerimysium), kGrainStrength));
}

} // namespace

TEST(CavityLining, TheWallsAreMuscleCutAcrossAndTheFloorTheAbdomenCutThrough)
{
    // Every vertex on the hollow takes the muscle section's hue where it is a wall (up to its
    // grain's palest streak, 0.20), the visceral section's where it is floor; the blend between
    // is left out. The old lining's dark brown has a hue of 0.41, far from both (0.13 and 0.30).
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = shippedBody();
    int walls = 0, floor = 0;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (std::abs(client.core(p)) >= kCavityLiningM)
            continue;
        const float floorWeight = cavityFloorWeight(p, cavityOutward(client, p));
        const float hue = hueOf(body.colours[v]);
        if (floorWeight == 0.0f) {
            EXPECT_GE(hue, hueOfSrgb(colours::kMuscleSection) - 0.01f) << "wall vertex " << v;
            EXPECT_LE(hue, palestWallHue() + 0.01f) << "wall vertex " << v;
            ++walls;
        } else if (floorWeight == 1.0f) {
            EXPECT_NEAR(hue, hueOfSrgb(colours::kVisceralSection), 0.01f) << "floor vertex " << v;
            ++floor;
        }
    }
    EXPECT_GT(walls, 300);
    EXPECT_GT(floor, 20);
}

TEST(CavityLining, TheHollowStopsAtAFlatFloorInFrontOfTheDeepestStructures)
{
    // The floor is the coronal plane window::kFloorZ: behind the middle of the window (between the
    // psoas muscles, from the sacrum to the kidneys) the body's surface lies on that plane, where
    // the old hollow ran on to the fat over the belly, 5 cm further forward. Every lining vertex
    // lies on or behind it.
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = shippedBody();
    int onFloor = 0;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (std::abs(client.core(p)) < kCavityLiningM)
            EXPECT_GT(p.z, window::kFloorZ - 0.002f) << "lining vertex " << v << " below the floor";
        if (std::abs(p.x) < 0.08f && p.y > -0.10f && p.y < 0.20f
            && std::abs(p.z - window::kFloorZ) < 0.001f) {
            EXPECT_NEAR(hueOf(body.colours[v]), hueOfSrgb(colours::kVisceralSection), 0.01f)
                << "floor vertex " << v;
            ++onFloor;
        }
    }
    EXPECT_GT(onFloor, 10);

    // Nothing modelled lies below the floor, so nothing is buried in it (the external oblique,
    // wrapping round the flank under the fat, is the one sheet that may run into the body).
    for (const GlbMesh& mesh : model.meshes) {
        if (mesh.name == "body" || mesh.name == "table" || mesh.name.rfind("external_oblique", 0) == 0)
            continue;
        float minZ = 1.0f;
        for (const glm::vec3& p : mesh.mesh.positions)
            minZ = std::min(minZ, p.z);
        EXPECT_GE(minZ, window::kFloorZ) << mesh.name << " reaches below the floor";
    }
}

TEST(CavityLining, TheRidgeUnderTheNatalCleftIsFloorNotAWallLitHeadOn)
{
    // Below the cleft's top the floor rises over the fat folded into the cleft. The upper end of
    // that ridge looks up and back, into the key light and at the viewer of a posterior view: in
    // the wall's saturated red it drew a bright red patch over the cleft. Every vertex of it that
    // can be seen (looking back or sideways) now takes the floor's hue.
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = shippedBody();
    int ridge = 0;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (std::abs(client.core(p)) >= kCavityLiningM || std::abs(p.x) > kCleftRidgeHalfWidthM
            || p.y > window::kCleftSlitTopM - 0.01f || cavityOutward(client, p).z > -0.1f)
            continue;
        EXPECT_NEAR(hueOf(body.colours[v]), hueOfSrgb(colours::kVisceralSection), 0.01f)
            << "ridge vertex " << v << " at " << p.x << " " << p.y << " " << p.z;
        ++ridge;
    }
    EXPECT_GT(ridge, 40);
}

TEST(CavityLining, TheWallsHaveTheGrainOfCutMuscleAlongTheFibres)
{
    // The grain runs along the fibres (y) and varies across them (x, z).
    for (float y : {-0.1f, 0.05f, 0.2f})
        EXPECT_EQ(cavityWallGrain({0.12f, y, -0.04f}), cavityWallGrain({0.12f, -0.2f, -0.04f}));
    float low = 1.0f, high = 0.0f;
    for (float z = -0.09f; z <= 0.0f; z += 0.001f) {
        const float grain = cavityWallGrain({0.12f, 0.0f, z});
        low = std::min(low, grain);
        high = std::max(high, grain);
    }
    EXPECT_GT(high - low, 0.5f);

    // On the model: the wall vertices' hues spread over most of the grain's range (the baked
    // occlusion, a grey factor, leaves the hue), where the old flat walls had one hue.
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = shippedBody();
    float lowHue = 1.0f, highHue = 0.0f;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (std::abs(client.core(p)) >= kCavityLiningM
            || cavityFloorWeight(p, cavityOutward(client, p)) > 0.0f)
            continue;
        lowHue = std::min(lowHue, hueOf(body.colours[v]));
        highHue = std::max(highHue, hueOf(body.colours[v]));
    }
    const float grainRange = palestWallHue() - hueOfSrgb(colours::kMuscleSection);
    EXPECT_GT(highHue - lowHue, 0.6f * grainRange);
    // At its palest a streak is at least 8/255 greener than the cut muscle (sRGB), and at most
    // 13/255 redder: a grain, not a second colour.
    const glm::vec3 palest
        = glm::mix(glm::vec3(colours::kMuscleSection), glm::vec3(colours::kPerimysium), kGrainStrength);
    EXPECT_GE((palest.g - colours::kMuscleSection.g) * 255.0f, 8.0f);
    EXPECT_LE((palest.r - colours::kMuscleSection.r) * 255.0f, 13.0f);
}

TEST(CavityLining, TheSectionViewCutsTheBodyInTheFloorsColour)
{
    // The app caps the body's cut with engine/anatomy/section_colours.hpp's colours (linear RGB):
    // where a plane cuts the trunk in front of the floor it must read as the same slice as the
    // floor, and the skin's cut as the fat at the window's edge.
    const glm::vec3 floor = glm::pow(glm::vec3(colours::kVisceralSection), glm::vec3(2.2f));
    const glm::vec3 fat = glm::pow(glm::vec3(colours::kFat), glm::vec3(2.2f));
    for (int c = 0; c < 3; ++c) {
        EXPECT_NEAR(kBodySectionColor[c], floor[c], 0.02f) << "channel " << c;
        EXPECT_NEAR(kFatSectionColor[c], fat[c], 0.02f) << "channel " << c;
    }
}

} // namespace lumbar::test
