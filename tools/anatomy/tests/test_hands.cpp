// The therapist's hands as shipped in models/hands.glb (Determinism proves the file is what the
// generator writes today): one closed pose per tool, set on the skin at the origin, the arm above
// the skin, and contact patches in the taught ranges (*estimates*).
#include "glb_writer.hpp"
#include "hands.hpp"
#include "sdf.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lumbar::test {
namespace {

/// Everything in models/hands.glb: the six poses, then their nails.
const std::vector<GlbMesh>& shippedFile()
{
    static const std::vector<GlbMesh> meshes
        = readGlb(std::filesystem::path(LUMBAR_ANATOMY_MODELS_DIR) / "hands.glb");
    return meshes;
}

/// The six poses.
std::vector<GlbMesh> shippedHands()
{
    const auto& meshes = shippedFile();
    return {meshes.begin(), meshes.begin() + std::ptrdiff_t(std::min(meshes.size(), kHandTools.size()))};
}

/// Contact areas (cm2) as taught (*estimates*): fingertip and thumb pad about 1.3 (at most about
/// 2), knuckles 1-3, olecranon 2-5, forearm's ulnar border 15-40, palm 60-100.
struct AreaRange {
    double minCm2, maxCm2;
};
constexpr AreaRange kAreas[] = {{1.0, 2.0}, {1.0, 2.0}, {1.0, 3.0}, {2.0, 5.0}, {15.0, 40.0}, {60.0, 100.0}};

} // namespace

TEST(Hands, OnePosePerToolInTheLessonFormatsOrderThenTheirNails)
{
    const auto& meshes = shippedFile();
    ASSERT_EQ(meshes.size(), 2 * kHandTools.size());
    for (std::size_t i = 0; i < kHandTools.size(); ++i) {
        EXPECT_EQ(meshes[i].name, "hand." + std::string(kHandTools[i]));
        EXPECT_EQ(meshes[kHandTools.size() + i].name, "hand." + std::string(kHandTools[i]) + ".nails");
    }
}

TEST(Hands, EachHandHasANailOnEachFingerStandingOnIt)
{
    // Five closed plates per hand, the thumb's too (ten for the stacked fingertips), above the skin plane,
    // set on the fingers: every vertex within 3.5 mm of the pose's surface (a plate stands a millimetre proud
    // of the modelled finger and sinks about as far into it; the decimated mesh departs from the model by a
    // millimetre or so on a curled finger).
    const auto& meshes = shippedFile();
    for (std::size_t i = 0; i < kHandTools.size(); ++i) {
        const Mesh& nails = meshes[kHandTools.size() + i].mesh;
        const TopologyReport topology = checkTopology(nails);
        EXPECT_TRUE(topology.closedManifold()) << meshes[kHandTools.size() + i].name;
        EXPECT_GT(signedVolume(nails), 0.0);
        const std::size_t plates = kHandTools[i] == "fingertip" ? 10 : 5;
        EXPECT_GE(nails.triangleCount(), plates * 40) << kHandTools[i];
        EXPECT_LE(nails.triangleCount(), plates * 250) << kHandTools[i];
        float lowest = 1e30f;
        for (const glm::vec3& p : nails.positions)
            lowest = std::min(lowest, p.y);
        EXPECT_GE(lowest, -0.0005f) << kHandTools[i] << ": a nail below the skin";
        // Every nail vertex lies near the hand's surface: the plates sit on the fingers.
        const Mesh& hand = meshes[i].mesh;
        for (std::size_t v = 0; v < nails.positions.size(); v += 17) {
            float nearest = 1e30f;
            for (std::size_t t = 0; t + 2 < hand.indices.size(); t += 3)
                nearest = std::min(nearest,
                    sdf::triangle(nails.positions[v], hand.positions[hand.indices[t]],
                        hand.positions[hand.indices[t + 1]], hand.positions[hand.indices[t + 2]]));
            EXPECT_LT(nearest, 0.0035f) << kHandTools[i] << " nail vertex " << v;
        }
    }
}

TEST(Hands, EachPoseIsClosedSmoothAndDetailed)
{
    for (const GlbMesh& hand : shippedHands()) {
        const TopologyReport topology = checkTopology(hand.mesh);
        EXPECT_TRUE(topology.closedManifold()) << hand.name << ": " << topology.boundaryEdges << " boundary, "
                                               << topology.nonManifoldEdges << " non-manifold edges";
        EXPECT_GT(signedVolume(hand.mesh), 0.0) << hand.name;
        EXPECT_GE(hand.mesh.triangleCount(), 4000u) << hand.name;
        EXPECT_LE(hand.mesh.triangleCount(), 12000u) << hand.name;
    }
}

TEST(Hands, EachPoseRestsOnTheSkinAtTheOrigin)
{
    for (const GlbMesh& hand : shippedHands()) {
        float lowest = 1e30f;
        glm::vec3 patchCentre(0.0f);
        int patchVertices = 0;
        for (const glm::vec3& p : hand.mesh.positions) {
            lowest = std::min(lowest, p.y);
            if (p.y < kWorkingIndentationM) {
                patchCentre += p;
                ++patchVertices;
            }
        }
        // Nothing below the skin plane (half a millimetre for the smoothing after placement).
        EXPECT_GE(lowest, -0.0005f) << hand.name;
        EXPECT_LE(lowest, 0.0005f) << hand.name;
        ASSERT_GT(patchVertices, 0) << hand.name;
        patchCentre /= float(patchVertices);
        // The patch's centre is the tool's position: within 1 cm for the long forearm, 5 mm else.
        const float tolerance = hand.name == "hand.forearm" || hand.name == "hand.palm" ? 0.01f : 0.005f;
        EXPECT_LT(std::hypot(patchCentre.x, patchCentre.z), tolerance) << hand.name;
    }
}

TEST(Hands, TheArmRisesBehindTheContactTowardsTheTherapist)
{
    for (const GlbMesh& hand : shippedHands()) {
        // The shoulder end is the highest part: behind the contact (-X) and well above the skin.
        const glm::vec3 top = *std::max_element(hand.mesh.positions.begin(), hand.mesh.positions.end(),
            [](const glm::vec3& a, const glm::vec3& b) { return a.y < b.y; });
        EXPECT_LT(top.x, 0.0f) << hand.name;
        EXPECT_GT(top.y, 0.35f) << hand.name;
    }
}

TEST(Hands, ContactPatchesLieInTheTaughtRanges)
{
    const auto& hands = shippedHands();
    ASSERT_EQ(hands.size(), std::size(kAreas));
    for (std::size_t i = 0; i < hands.size(); ++i) {
        const double areaCm2 = contactPatchArea(hands[i].mesh, kWorkingIndentationM) * 1e4;
        EXPECT_GE(areaCm2, kAreas[i].minCm2) << hands[i].name;
        EXPECT_LE(areaCm2, kAreas[i].maxCm2) << hands[i].name;
    }
}

TEST(Hands, ContactPatchAreaOfAKnownShape)
{
    // A cube of 2 cm standing on the plane: its bottom face, 4 cm2, at any depth below its height.
    Mesh cube;
    for (int i = 0; i < 8; ++i)
        cube.positions.push_back(
            glm::vec3((i & 1) ? 0.01f : -0.01f, (i & 2) ? 0.02f : 0.0f, (i & 4) ? 0.01f : -0.01f));
    cube.indices = {0, 1, 5, 0, 5, 4, 2, 6, 7, 2, 7, 3, 0, 4, 6, 0, 6, 2, 1, 3, 7, 1, 7, 5, 0, 2, 3, 0, 3, 1,
        4, 5, 7, 4, 7, 6};
    EXPECT_NEAR(contactPatchArea(cube, 0.004f), 4e-4, 1e-9);
    EXPECT_NEAR(contactPatchArea(cube, -0.001f), 0.0, 1e-12);
    // A tetrahedron with its apex down, 1 cm high over a 2 cm x 2 cm right triangle: clipped at
    // half its height, the patch is a quarter of the top (1 cm2) seen from below.
    Mesh apex;
    apex.positions = {{0.0f, 0.0f, 0.0f}, {0.0f, 0.01f, 0.0f}, {0.02f, 0.01f, 0.0f}, {0.0f, 0.01f, 0.02f}};
    apex.indices = {0, 1, 2, 0, 3, 1, 0, 2, 3, 1, 3, 2};
    EXPECT_NEAR(contactPatchArea(apex, 0.005f), 0.5e-4, 1e-9);
}

} // namespace lumbar::test
