// The buttock ends at real attachments (standard anatomy texts), measured on the shipped meshes: the
// greater trochanter's tip is level with the coccyx's tip, the femoral head sits in the
// acetabulum, gluteus maximus runs past the coccyx down to the model's cut beside the femur,
// gluteus medius and piriformis reach the greater trochanter, and the pelvis has its breadth.
#include "body_envelope.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lumbar::test {

namespace {

/// The smallest distance from any vertex of `a` to any vertex of `b`.
float closestApproach(const Mesh& a, const Mesh& b)
{
    float best = std::numeric_limits<float>::max();
    for (const glm::vec3& p : a.positions)
        for (const glm::vec3& q : b.positions)
            best = std::min(best, glm::distance(p, q));
    return best;
}

/// The vertex of `mesh` with the largest `score`.
template <typename Score> glm::vec3 extreme(const Mesh& mesh, Score score)
{
    return *std::max_element(mesh.positions.begin(), mesh.positions.end(),
        [&](const glm::vec3& a, const glm::vec3& b) { return score(a) < score(b); });
}

float lowestY(const Mesh& mesh)
{
    return extreme(mesh, [](const glm::vec3& p) { return -p.y; }).y;
}

} // namespace

TEST(HipAndThigh, TheGreaterTrochanterIsLevelWithTheCoccyxTip)
{
    // The greater trochanter's outer face is the femur's most lateral point; its tip is the top
    // of the bone there. Within 1.5 cm of the coccyx's tip, which is its lowest vertex.
    const auto& g = shippedModel();
    const float coccyxTip = lowestY(g.mesh("coccyx"));
    for (const char* side : {"right", "left"}) {
        const Mesh& femur = g.mesh(std::string("femur.") + side);
        const glm::vec3 outer = extreme(femur, [](const glm::vec3& p) { return std::abs(p.x); });
        float tip = -1.0f;
        for (const glm::vec3& p : femur.positions)
            if (std::abs(p.x) > std::abs(outer.x) - 0.03f)
                tip = std::max(tip, p.y);
        EXPECT_NEAR(tip, coccyxTip, 0.015f) << side;
        // About 16 cm from the midline (bitrochanteric bone breadth about 32 cm, *estimate*).
        EXPECT_NEAR(std::abs(outer.x), 0.16f, 0.015f) << side;
    }
}

TEST(HipAndThigh, TheFemoralHeadSitsInTheAcetabulum)
{
    // Within the joint space of the socket (2 mm, carved 1.2 mm apart) but not through it.
    const auto& g = shippedModel();
    for (const char* side : {"right", "left"}) {
        const Mesh& femur = g.mesh(std::string("femur.") + side);
        const Mesh& hip = g.mesh(std::string("hip_bone.") + side);
        const float gap = closestApproach(femur, hip);
        EXPECT_LT(gap, 0.006f) << side;
        EXPECT_GT(gap, 0.0005f) << side;
    }
}

TEST(HipAndThigh, GluteusMaximusRunsPastTheCoccyxToTheModelsCut)
{
    // A long muscle, not a cushion: it reaches the model's lower cut below the gluteal fold, and
    // there it lies beside the femur's shaft (its insertion) rather than over the midline.
    const auto& g = shippedModel();
    for (const char* side : {"right", "left"}) {
        const Mesh& muscle = g.mesh(std::string("gluteus_maximus.") + side);
        EXPECT_LT(lowestY(muscle), dims::kTrunkBottomM + 0.005f) << side;
        glm::vec3 sum(0.0f);
        int count = 0;
        for (const glm::vec3& p : muscle.positions)
            if (p.y < dims::kTrunkBottomM + 0.005f) {
                sum += p;
                ++count;
            }
        ASSERT_GT(count, 0) << side;
        EXPECT_GT(std::abs(sum.x / float(count)), 0.09f)
            << side << ": its section at the cut lies over the thigh";
        EXPECT_LT(closestApproach(muscle, g.mesh(std::string("femur.") + side)), 0.02f) << side;
    }
}

TEST(HipAndThigh, GluteusMediusAndPiriformisReachTheGreaterTrochanter)
{
    const auto& g = shippedModel();
    for (const char* side : {"right", "left"}) {
        const Mesh& femur = g.mesh(std::string("femur.") + side);
        EXPECT_LT(closestApproach(g.mesh(std::string("gluteus_medius.") + side), femur), 0.006f) << side;
        EXPECT_LT(closestApproach(g.mesh(std::string("piriformis.") + side), femur), 0.006f) << side;
        // Psoas reaches the lesser trochanter, below the hip joint.
        EXPECT_LT(closestApproach(g.mesh(std::string("psoas_major.") + side), femur), 0.006f) << side;
    }
}

TEST(HipAndThigh, TheIliacCrestsAreTwentyFiveToThirtyCentimetresApart)
{
    // Inter-crestal width, between the crests' outermost points (standard texts: about
    // 25-30 cm); the pelvis is widest there, above the acetabula.
    const auto& g = shippedModel();
    const float right = extreme(g.mesh("hip_bone.right"), [](const glm::vec3& p) { return p.x; }).x;
    const float left = extreme(g.mesh("hip_bone.left"), [](const glm::vec3& p) { return -p.x; }).x;
    EXPECT_GE(right - left, 0.25f);
    EXPECT_LE(right - left, 0.30f);
    // The greater trochanters lie further out than the crests (the hips are wider than the waist).
    const float trochanters = extreme(g.mesh("femur.right"), [](const glm::vec3& p) { return p.x; }).x
        - extreme(g.mesh("femur.left"), [](const glm::vec3& p) { return -p.x; }).x;
    EXPECT_GT(trochanters, right - left);
}

TEST(HipAndThigh, TheIliotibialTractRunsDownTheThighBetweenSmoothBorders)
{
    // Round the right thigh's axis (0 at its outer side, positive behind it), the tract's most
    // posterior vertex in each 5 mm of height: its back border. Drawn as a line of the posterior
    // projection, or carved round gluteus maximus's thin margin, the border was a row of teeth
    // (grazing cuts on the grid): a border 4 degrees further back in one band than in the next.
    const auto& g = shippedModel();
    const Thigh thigh = BodyEnvelope{}.thigh(1.0f);
    const glm::vec3 axis = glm::normalize(thigh.knee - thigh.hip);
    const glm::vec3 lateral = glm::normalize(glm::vec3(1.0f, 0.0f, 0.0f) - axis * axis.x);
    glm::vec3 behind = glm::normalize(glm::cross(lateral, axis));
    if (behind.z < 0.0f)
        behind = -behind;
    const Mesh& tract = g.mesh("iliotibial_tract.right");
    const float bottom = lowestY(tract);
    const float top = extreme(tract, [](const glm::vec3& p) { return p.y; }).y;
    std::map<int, float> border; // band -> degrees
    for (const glm::vec3& p : tract.positions) {
        // Away from the top and bottom ends, which round the corners.
        if (p.y < bottom + 0.01f || p.y > top - 0.01f)
            continue;
        glm::vec3 out = p - thigh.hip;
        out -= axis * glm::dot(out, axis);
        const float degrees = glm::degrees(std::atan2(glm::dot(out, behind), glm::dot(out, lateral)));
        const int band = int(std::floor(p.y / 0.005f));
        border[band] = border.count(band) ? std::max(border[band], degrees) : degrees;
    }
    // Its bundles run down the thigh: the fibre direction within 18 degrees of the thigh's axis
    // at nine vertices in ten (not on the sheet's thin ends, where the surface turns across it).
    ASSERT_EQ(tract.tangents.size(), tract.positions.size());
    std::size_t along = 0;
    for (const glm::vec4& tangent : tract.tangents)
        along += std::abs(glm::dot(glm::vec3(tangent), axis)) > 0.95f ? 1 : 0;
    EXPECT_GT(along, tract.tangents.size() * 9 / 10);
    ASSERT_GE(border.size(), 15u); // the tract is more than 9 cm tall
    float previous = border.begin()->second;
    for (const auto& [band, degrees] : border) {
        // 40 degrees behind the outer side, within 2 (the grid's 1.3 mm at the thigh's 9 cm).
        EXPECT_NEAR(degrees, 40.0f, 2.0f) << "at y = " << band * 0.005f;
        EXPECT_LT(std::abs(degrees - previous), 1.5f) << "at y = " << band * 0.005f;
        previous = degrees;
    }
}

} // namespace lumbar::test
