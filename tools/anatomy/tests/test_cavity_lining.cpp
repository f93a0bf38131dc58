// The hollow round the anatomy in the client's body reads as a box-cut dissection once the layers
// are peeled: its walls are muscle cut across, its floor a flat cut through the abdomen, and none
// of it the dark inside of a shell.
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
    const ShippedModel& model = shippedModel();
    return *std::find_if(
        model.meshes.begin(), model.meshes.end(), [](const GlbMesh& m) { return m.name == "body"; });
}

/// Green over red of a linear colour: its hue, which the baked occlusion (a grey factor) keeps.
float hueOf(const glm::vec3& linear)
{
    return linear.g / linear.r;
}

float hueOfSrgb(const glm::vec4& srgb)
{
    return hueOf(glm::pow(glm::vec3(srgb), glm::vec3(2.2f)));
}

} // namespace

TEST(CavityLining, TheWallsAreMuscleCutAcrossAndTheFloorTheAbdomenCutThrough)
{
    // Every vertex on the hollow takes the muscle section's hue where it is a wall, the visceral
    // section's where it is floor; the blend between is left out. The old lining's dark brown
    // has a hue of 0.41, far from both (0.13 and 0.30).
    const ShippedModel& model = shippedModel();
    const ClientBody client = clientBodyOf(model.landmarks);
    const GlbMesh& body = shippedBody();
    int walls = 0, floor = 0;
    for (std::size_t v = 0; v < body.mesh.positions.size(); ++v) {
        const glm::vec3& p = body.mesh.positions[v];
        if (std::abs(client.core(p)) >= kCavityLiningM)
            continue;
        const float floorWeight = cavityFloorWeight(cavityOutward(client, p));
        const float hue = hueOf(body.colours[v]);
        if (floorWeight == 0.0f) {
            EXPECT_NEAR(hue, hueOfSrgb(colours::kMuscleSection), 0.01f) << "wall vertex " << v;
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

} // namespace lumbar::test
