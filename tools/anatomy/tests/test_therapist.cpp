// The therapist's figure as shipped in models/therapist.glb (Determinism proves the file is what
// the generator writes today), and the app's record of how the figure and the hand poses are
// built (engine/technique/therapist_stance), which places them each frame.
#include "client_body.hpp"
#include "glb_writer.hpp"
#include "hands.hpp"
#include "model_fixture.hpp"
#include "technique/therapist_stance.hpp"
#include "therapist.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace lumbar::test {
namespace {

const std::vector<GlbMesh>& shippedFigure()
{
    static const std::vector<GlbMesh> figure
        = readGlb(std::filesystem::path(LUMBAR_ANATOMY_MODELS_DIR) / "therapist.glb");
    return figure;
}

} // namespace

TEST(Therapist, OneClosedMeshPerPartInOrder)
{
    const auto& figure = shippedFigure();
    ASSERT_EQ(figure.size(), kTherapistParts.size());
    for (std::size_t i = 0; i < figure.size(); ++i) {
        EXPECT_EQ(figure[i].name, "therapist." + std::string(kTherapistParts[i]));
        const TopologyReport topology = checkTopology(figure[i].mesh);
        EXPECT_TRUE(topology.closedManifold())
            << figure[i].name << ": " << topology.boundaryEdges << " boundary, " << topology.nonManifoldEdges
            << " non-manifold edges";
        EXPECT_GT(signedVolume(figure[i].mesh), 0.0) << figure[i].name;
        EXPECT_GE(figure[i].mesh.triangleCount(), 500u) << figure[i].name;
    }
}

TEST(Therapist, StandsOnTheFloorAtTheSurveyedHeight)
{
    // The soles on the floor, the pivot height below the hip joints; the top of the head at the
    // surveyed stature less the lunge (ANSUR II 175.62 cm, the hip joints 0.5 cm above the
    // trochanter's 90.09 cm) within the hair's thickness.
    const auto& figure = shippedFigure();
    const auto lowest = [](const Mesh& mesh) {
        float y = 1e30f;
        for (const glm::vec3& p : mesh.positions)
            y = std::min(y, p.y);
        return y;
    };
    const auto highest = [](const Mesh& mesh) {
        float y = -1e30f;
        for (const glm::vec3& p : mesh.positions)
            y = std::max(y, p.y);
        return y;
    };
    EXPECT_NEAR(lowest(figure[1].mesh), -kTherapistPivotHeightM, 0.006f) << "the shoes' soles";
    const float headTop = highest(figure[4].mesh);
    EXPECT_NEAR(headTop, (175.62f - 90.09f) * 0.01f - 0.005f, 0.01f);
    EXPECT_GT(highest(figure[5].mesh), headTop) << "the hair covers the crown";
}

TEST(Therapist, TheAppPlacesTheFigureAsItIsBuilt)
{
    EXPECT_EQ(technique::kFigurePivotHeightM, kTherapistPivotHeightM);
    for (const bool right : {false, true}) {
        const glm::vec3 built = therapistShoulder(right), known = technique::figureShoulder(right);
        EXPECT_LT(glm::length(built - known), 1e-4f) << (right ? "right" : "left") << " shoulder";
    }
}

TEST(Hands, TheAppKnowsWhereEachPosesElbowsAndShouldersAre)
{
    // The generator's arm joints, set on the skin as the poses are: at the shipped resolution
    // they are the app's to a tenth of a millimetre (the figures are kept to four decimals); the
    // sanitized build builds coarsely, and the contact patch, and so the pose's place, moves by up
    // to a centimetre with the grid.
#ifdef LUMBAR_ANATOMY_SANITIZED
    constexpr float kCellScale = kCoarseCellScale, kToleranceM = 0.015f;
#else
    constexpr float kCellScale = 1.0f, kToleranceM = 0.0002f;
#endif
    std::vector<PoseArms> built;
    buildHands({.cellScale = kCellScale}, &built);
    ASSERT_EQ(built.size(), kHandTools.size());
    for (std::size_t i = 0; i < built.size(); ++i) {
        const std::vector<technique::PoseArm> known = technique::poseArms(technique::ToolKind(i));
        ASSERT_EQ(known.size(), built[i].size()) << kHandTools[i];
        for (std::size_t a = 0; a < known.size(); ++a) {
            // The message gives the generator's figures, to copy into poseArms when a pose changes.
            EXPECT_LT(glm::length(known[a].elbow - built[i][a].elbow), kToleranceM)
                << kHandTools[i] << " arm " << a << ": built elbow " << built[i][a].elbow.x << " "
                << built[i][a].elbow.y << " " << built[i][a].elbow.z << ", shoulder "
                << built[i][a].shoulder.x << " " << built[i][a].shoulder.y << " " << built[i][a].shoulder.z;
            EXPECT_LT(glm::length(known[a].shoulder - built[i][a].shoulder), kToleranceM)
                << kHandTools[i] << " arm " << a;
            EXPECT_NEAR(
                glm::length(built[i][a].shoulder - built[i][a].elbow), technique::kUpperArmLengthM, 1e-4f);
        }
        // A two-handed pose's arms pass by each other: away from the hands (the support hand lies
        // on the working one), no point of one arm's forearm or upper arm lies within the other's,
        // each a tapered tube of the generator's radii (Heinz et al. 2003's girths: 80% of the
        // wrist's at the wrist, the forearm's widest a third of the way down from the elbow, then
        // the upper arm's).
        if (built[i].size() == 2) {
            constexpr float kTwoPi = 6.2831853f;
            constexpr float kWristR = 0.8f * survey::kWristGirthCm * 0.01f / kTwoPi;
            constexpr float kForearmR = 0.9f * survey::kForearmGirthCm * 0.01f / kTwoPi;
            constexpr float kUpperArmR = 0.92f * survey::kBicepsGirthCm * 0.01f / kTwoPi;
            struct Section {
                glm::vec3 centre;
                float radius;
            };
            // u in 0..1 from 6 cm above the wrist to the elbow, 1..2 on to the shoulder.
            const auto limb = [&](const PoseArm& arm, float u) -> Section {
                const float forearm = glm::length(arm.elbow - arm.wrist);
                if (u > 1.0f)
                    return {glm::mix(arm.elbow, arm.shoulder, u - 1.0f), kUpperArmR};
                const float fromWrist = 0.06f + u * (forearm - 0.06f);
                const float widening = std::min(1.0f, fromWrist / (0.67f * forearm));
                return {arm.wrist + (arm.elbow - arm.wrist) * (fromWrist / forearm),
                    glm::mix(kWristR, kForearmR, widening)};
            };
            float closest = 1e9f;
            for (float u = 0.0f; u <= 2.0f; u += 0.02f)
                for (float v = 0.0f; v <= 2.0f; v += 0.02f) {
                    const Section a = limb(built[i][0], u), b = limb(built[i][1], v);
                    closest = std::min(closest, glm::length(a.centre - b.centre) - a.radius - b.radius);
                }
            EXPECT_GT(closest + kToleranceM, 0.01f) << kHandTools[i] << ": the arms cross";
            RecordProperty("two_arms_apart_mm", int(closest * 1000.0f));
        }
    }
}

} // namespace lumbar::test
