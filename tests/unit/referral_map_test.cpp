// Placing referral patterns on the built-in body: zones on the skin where the texts say, mirrored
// left to right, trigger points on their muscle; and the zone's falloff.
#include "anatomy/knowledge_base.hpp"
#include "quiz/quiz_session.hpp"
#include "quiz/referral_questions.hpp"
#include "scene/model_import.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/referral_map.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lumbar::technique {
namespace {

class BuiltInReferral : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const std::filesystem::path models(LUMBARLAB_MODELS_DIR);
        s_model = new Model(importModel(models / "lumbar.glb"));
        s_knowledge = new KnowledgeBase(loadKnowledgeBase(models / "structures.json"));
        s_surface = new AnatomySurface(*s_model, s_knowledge);
    }
    static void TearDownTestSuite()
    {
        delete s_surface;
        delete s_knowledge;
        delete s_model;
    }

    static ReferralMap place(const std::string& id)
    {
        const StructureInfo* structure = s_knowledge->find(id);
        EXPECT_TRUE(structure) << id;
        return structure ? placeReferral(*structure, *s_surface) : ReferralMap{};
    }
    static const PlacedZone& zone(const ReferralMap& map, const std::string& id)
    {
        for (const PlacedZone& placed : map.zones)
            if (placed.zone->id == id)
                return placed;
        throw std::runtime_error("no zone " + id);
    }
    static glm::vec3 landmark(const std::string& name) { return s_surface->landmark(name).value(); }

    static inline Model* s_model = nullptr;
    static inline KnowledgeBase* s_knowledge = nullptr;
    static inline AnatomySurface* s_surface = nullptr;
};

TEST(ReferralWeight, IsFullInsideAFadingRimAndNothingBeyond)
{
    const std::vector<PlacedSpot> spots{{glm::vec3(0.0f), 0.05f}, {glm::vec3(1.0f, 0.0f, 0.0f), 0.1f}};
    EXPECT_FLOAT_EQ(referralWeight(spots, glm::vec3(0.0f)), 1.0f);
    EXPECT_FLOAT_EQ(referralWeight(spots, glm::vec3(0.03f, 0.0f, 0.0f)), 1.0f); // 60% of the radius
    EXPECT_NEAR(referralWeight(spots, glm::vec3(0.0f, 0.04f, 0.0f)), 0.5f, 1e-5f); // halfway through the rim
    EXPECT_FLOAT_EQ(referralWeight(spots, glm::vec3(0.0f, 0.0f, 0.05f)), 0.0f);
    EXPECT_FLOAT_EQ(referralWeight(spots, glm::vec3(0.95f, 0.0f, 0.0f)), 1.0f); // the second spot
    EXPECT_FLOAT_EQ(referralWeight({}, glm::vec3(0.0f)), 0.0f);
}

TEST_F(BuiltInReferral, EveryPatternPlacesAllItsZonesAndPoints)
{
    for (const StructureInfo& structure : s_knowledge->structures) {
        if (structure.referral.empty())
            continue;
        const ReferralMap map = placeReferral(structure, *s_surface);
        for (const std::string& problem : map.problems)
            ADD_FAILURE() << structure.id << ": " << problem;
        EXPECT_EQ(map.zones.size(), structure.referral.zones.size()) << structure.id;
        EXPECT_EQ(map.triggerPoints.size(), structure.referral.triggerPoints.size()) << structure.id;
        EXPECT_LE(map.spots().size(), kMaxReferralSpots) << structure.id;
        // Each trigger point lies on its muscle's surface.
        for (const PlacedTriggerPoint& point : map.triggerPoints)
            EXPECT_LT(s_surface->closestPoint(structure.id, point.position)->distance, 1e-4f)
                << structure.id << " " << point.point->id;
    }
}

TEST_F(BuiltInReferral, ZonesLieOnTheSkinWhereTheTextsPutThem)
{
    const ReferralMap ql = place("quadratus_lumborum.right");
    // The lateral hip: on the flank beside the greater trochanter, a little above it.
    const glm::vec3 trochanter = landmark("greater_trochanter.right");
    const PlacedSpot hip = zone(ql, "lateral_hip").spots.at(0);
    EXPECT_GT(hip.centre.x, trochanter.x);
    EXPECT_LT(hip.centre.x - trochanter.x, 0.03f); // the skin over it, not an arm beyond
    EXPECT_NEAR(hip.centre.y, trochanter.y + 0.02f, 0.015f);
    // The sacroiliac joint: on the back over the PSIS.
    const glm::vec3 psis = landmark("psis.right");
    const PlacedSpot joint = zone(ql, "sacroiliac_joint").spots.at(0);
    EXPECT_GT(joint.centre.z, psis.z);
    EXPECT_NEAR(joint.centre.x, psis.x - 0.01f, 0.015f);
    EXPECT_NEAR(joint.centre.y, psis.y + 0.01f, 0.015f);
    // The lower buttock: on the back, below the PSIS.
    const PlacedSpot buttock = zone(ql, "lower_buttock").spots.at(0);
    EXPECT_GT(buttock.centre.z, 0.05f);
    EXPECT_LT(buttock.centre.y, psis.y - 0.05f);
    // Multifidus's abdomen: on the front of the body.
    const PlacedSpot abdomen = zone(place("multifidus.right"), "lower_abdomen").spots.at(0);
    EXPECT_LT(abdomen.centre.z, -0.10f);
    EXPECT_GT(abdomen.centre.x, 0.0f);
}

TEST_F(BuiltInReferral, TheLeftPatternMirrorsTheRight)
{
    for (const char* muscle : {"quadratus_lumborum", "gluteus_medius", "iliocostalis_lumborum",
             "longissimus_thoracis", "multifidus"}) {
        const std::vector<PlacedSpot> left = place(std::string(muscle) + ".left").spots();
        const std::vector<PlacedSpot> right = place(std::string(muscle) + ".right").spots();
        ASSERT_EQ(left.size(), right.size()) << muscle;
        for (std::size_t i = 0; i < left.size(); ++i) {
            const glm::vec3 mirrored(-right[i].centre.x, right[i].centre.y, right[i].centre.z);
            // The body is symmetric to within its mesh spacing.
            EXPECT_LT(glm::length(left[i].centre - mirrored), 0.015f) << muscle << " spot " << i;
            EXPECT_FLOAT_EQ(left[i].radiusM, right[i].radiusM);
        }
    }
}

TEST_F(BuiltInReferral, AClickInAZoneAnswersWhereItRefersAndTheMirroredSpotDoesNot)
{
    const std::vector<quiz::Question> questions = quiz::referralClickQuestions(*s_knowledge);
    ASSERT_EQ(questions.size(), 10u); // five muscles, each side asked for itself
    const auto asked = std::find_if(questions.begin(), questions.end(),
        [](const quiz::Question& question) { return question.muscleId == "quadratus_lumborum.right"; });
    ASSERT_NE(asked, questions.end());
    EXPECT_NE(asked->prompt.find("quadratus lumborum (right)?"), std::string::npos) << asked->prompt;
    EXPECT_NE(asked->explanation.find("Quintner et al. 2015"), std::string::npos);

    const ReferralMap map = place("quadratus_lumborum.right");
    for (const PlacedZone& placed : map.zones)
        for (const PlacedSpot& spot : placed.spots) {
            // The centre of a spot: in its zone (or in one that weighs as much there).
            const quiz::Answer inside = quiz::referralClickAnswer(map, spot.centre);
            EXPECT_FALSE(inside.zoneId.empty()) << placed.zone->id;
            EXPECT_EQ(inside.placeText, "a spot inside a zone (" + zone(map, inside.zoneId).zone->name + ")");
            EXPECT_FLOAT_EQ(referralWeight(zone(map, inside.zoneId).spots, spot.centre), 1.0f);
            EXPECT_TRUE(quiz::answerQuestion(*asked, inside).correct) << placed.zone->id;
            // The same spot on the other side of the body is no zone of the right muscle.
            const glm::vec3 mirrored(-spot.centre.x, spot.centre.y, spot.centre.z);
            const quiz::Answer outside = quiz::referralClickAnswer(map, mirrored);
            EXPECT_TRUE(outside.zoneId.empty()) << placed.zone->id;
            EXPECT_FALSE(quiz::answerQuestion(*asked, outside).correct) << placed.zone->id;
            EXPECT_NE(outside.placeText.find("cm from the nearest zone"), std::string::npos)
                << outside.placeText;
        }
    // Over the sacroiliac joint on the left: the gap to the right one's edge, in whole centimetres.
    const PlacedSpot joint = zone(map, "sacroiliac_joint").spots.at(0);
    const glm::vec3 leftJoint(-joint.centre.x, joint.centre.y, joint.centre.z);
    float gapM = 1e9f;
    for (const PlacedSpot& spot : map.spots())
        gapM = std::min(gapM, glm::distance(spot.centre, leftJoint) - spot.radiusM);
    const quiz::Answer left = quiz::referralClickAnswer(map, leftJoint);
    EXPECT_NE(
        left.placeText.find("about " + std::to_string(std::lround(gapM * 100.0f)) + " cm"), std::string::npos)
        << left.placeText;
    // Skipped or off the body: wrong, and said so.
    EXPECT_FALSE(quiz::answerQuestion(*asked, quiz::Answer::clickSkin("", "")).correct);
    EXPECT_EQ(quiz::answerQuestion(*asked, quiz::Answer::clickSkin("", "")).givenAnswerText,
        "(clicked off the body)");
    // A choice is no answer to a click question.
    EXPECT_FALSE(quiz::answerQuestion(*asked, quiz::Answer::pickChoice(0)).correct);
}

TEST_F(BuiltInReferral, SuperficialTriggerPointsOfQuadratusLumborumLieLateralToTheDeepOnes)
{
    const ReferralMap map = place("quadratus_lumborum.left");
    ASSERT_EQ(map.triggerPoints.size(), 4u);
    for (int superficial : {0, 1})
        for (int deep : {2, 3})
            EXPECT_LT(map.triggerPoints[superficial].position.x, map.triggerPoints[deep].position.x - 0.02f);
    EXPECT_GT(map.triggerPoints[0].position.y, map.triggerPoints[1].position.y + 0.05f); // upper, lower
}

TEST_F(BuiltInReferral, TheNewLandmarksKeepTheirAnatomicalOrder)
{
    for (const char* side : {"left", "right"}) {
        const std::string s(side);
        const float sign = s == "left" ? -1.0f : 1.0f;
        // The greater trochanter is the widest point of the skeleton here, below the crest.
        EXPECT_GT(sign * landmark("greater_trochanter." + s).x, sign * landmark("iliac_crest." + s).x);
        EXPECT_LT(landmark("greater_trochanter." + s).y, landmark("psis." + s).y);
        // The ischial tuberosity is the lowest point of the hip bone, below the coccyx's tip.
        EXPECT_LT(landmark("ischial_tuberosity." + s).y, landmark("coccyx_tip").y);
    }
    EXPECT_LT(landmark("coccyx_tip").y, landmark("sacral_base").y - 0.1f);
    EXPECT_NEAR(landmark("coccyx_tip").x, 0.0f, 0.005f);
}

} // namespace
} // namespace lumbar::technique
