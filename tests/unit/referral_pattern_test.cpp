// Referral patterns in the knowledge base: what is read, a message with the place for each mistake,
// and the built-in patterns complete for every muscle taught with one.
#include "anatomy/knowledge_base.hpp"
#include "core/error.hpp"
#include "support/knowledge_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace lumbar {
namespace {

/// A latissimus entry with `referral` added.
std::string withReferral(const std::string& referral)
{
    std::string text = test::smallKnowledgeBaseJson();
    const std::string key = R"("id": "latissimus_dorsi.left",)";
    const auto at = text.find(key);
    EXPECT_NE(at, std::string::npos);
    return text.insert(at + key.size(), " \"referral\": " + referral + ",");
}

const std::string kPattern = R"({"source": "Travell and Simons 1992, vol. 2",
    "trigger_points": [{"id": "upper", "name": "below the rib", "u": 0.8, "v": 0.9},
                       {"id": "lower", "name": "above the crest", "u": 0.2, "v": 0.9}],
    "zones": [{"id": "lateral_hip", "name": "the lateral hip", "from": ["lower"],
               "spots": [{"landmark": "greater_trochanter", "offset_cm": [0, 2, 0], "radius_cm": 6,
                          "approach": "lateral"}]},
              {"id": "sacrum", "name": "over the sacrum",
               "spots": [{"landmark": "sacral_base", "radius_cm": 4}]}]})";

std::string referralError(const std::string& referral)
{
    try {
        parseKnowledgeBase(withReferral(referral), "structures.json");
    } catch (const Error& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an error for " << referral;
    return {};
}

/// kPattern with one substring replaced.
std::string patternWith(const std::string& from, const std::string& to)
{
    std::string text = kPattern;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

TEST(ReferralPattern, IsReadWithItsPointsZonesAndSpots)
{
    const KnowledgeBase base = parseKnowledgeBase(withReferral(kPattern), "structures.json");
    const ReferralPattern& pattern = base.find("latissimus_dorsi.left")->referral;
    EXPECT_EQ(pattern.source, "Travell and Simons 1992, vol. 2");
    ASSERT_EQ(pattern.triggerPoints.size(), 2u);
    EXPECT_EQ(pattern.triggerPoints[1].id, "lower");
    EXPECT_DOUBLE_EQ(pattern.triggerPoints[0].u, 0.8);
    ASSERT_EQ(pattern.zones.size(), 2u);
    const ReferralSpot& hip = pattern.zones[0].spots.at(0);
    EXPECT_EQ(hip.landmark, "greater_trochanter");
    EXPECT_EQ(hip.offsetCm, (std::array<double, 3>{0.0, 2.0, 0.0}));
    EXPECT_DOUBLE_EQ(hip.radiusCm, 6.0);
    EXPECT_EQ(hip.approach, "lateral");
    EXPECT_EQ(pattern.zones[1].spots.at(0).approach, "posterior"); // the default
    // A zone without "from" comes from every point.
    ASSERT_EQ(pattern.zonesFrom("lower").size(), 2u);
    ASSERT_EQ(pattern.zonesFrom("upper").size(), 1u);
    EXPECT_EQ(pattern.zonesFrom("upper")[0]->id, "sacrum");
    EXPECT_TRUE(base.find("skin")->referral.empty());
}

TEST(ReferralPattern, MistakesAreReportedWithTheirPlace)
{
    const std::string at = "structures.json: structures[1].referral.";
    EXPECT_EQ(referralError(patternWith(R"("radius_cm": 6)", R"("radius_cm": 60)")),
        at + "zones[0].spots[0].radius_cm: 60 is out of range; expected 1 to 20 cm");
    EXPECT_EQ(referralError(patternWith(R"("from": ["lower"])", R"("from": ["middle"])")),
        at
            + "zones[0].from[0]: \"middle\" is not one of this pattern's trigger points (expected one of "
              "lower, upper)");
    EXPECT_EQ(referralError(patternWith(R"("approach": "lateral")", R"("approach": "sideways")")),
        at
            + "zones[0].spots[0].approach: \"sideways\" is not an approach; expected one of posterior, "
              "lateral, anterior");
    EXPECT_EQ(referralError(patternWith(R"("id": "sacrum")", R"("id": "lateral_hip")")),
        at + "zones[1].id: \"lateral_hip\" appears twice");
    EXPECT_EQ(referralError(patternWith(R"("offset_cm": [0, 2, 0])", R"("offset_cm": [0, 2])")),
        at
            + "zones[0].spots[0].offset_cm: expected an array of 3 numbers (lateral, superior, posterior), "
              "found array");
    EXPECT_EQ(referralError(patternWith(R"("u": 0.8)", R"("u": 1.8)")),
        at + "trigger_points[0].u: 1.8 is out of range; expected 0 to 1");
    EXPECT_EQ(referralError(patternWith(R"("id": "upper")", R"("id": "Upper Point")")),
        at
            + "trigger_points[0].id: \"Upper Point\" is not an id (use lower-case letters, digits and "
              "underscores)");
    EXPECT_EQ(referralError(R"({"source": "x", "trigger_points": [], "zones": []})"),
        at + "trigger_points: expected a non-empty array, found array");
    EXPECT_EQ(referralError(patternWith(R"("source")", R"("sauce")")),
        at + "sauce: unknown field; expected one of source, trigger_points, zones");
}

TEST(ReferralPattern, EveryMuscleTaughtWithAPatternHasOneOnBothSides)
{
    // Quadratus lumborum, gluteus medius, iliocostalis lumborum, longissimus and multifidus,
    // with the regions Travell and Simons give for each.
    const KnowledgeBase base
        = loadKnowledgeBase(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json");
    const std::vector<std::pair<std::string, std::set<std::string>>> expected{
        {"quadratus_lumborum", {"iliac_crest", "lateral_hip", "sacroiliac_joint", "lower_buttock"}},
        {"gluteus_medius", {"posterior_crest", "sacrum", "buttock"}},
        {"iliocostalis_lumborum", {"mid_buttock"}}, {"longissimus_thoracis", {"lower_buttock"}},
        {"multifidus", {"spinous_processes", "lower_abdomen", "coccyx"}}};
    for (const auto& [muscle, zones] : expected)
        for (const char* side : {".left", ".right"}) {
            const StructureInfo* structure = base.find(muscle + side);
            ASSERT_TRUE(structure) << muscle << side;
            const ReferralPattern& pattern = structure->referral;
            EXPECT_FALSE(pattern.triggerPoints.empty()) << structure->id;
            std::set<std::string> ids;
            for (const ReferralZone& zone : pattern.zones) {
                ids.insert(zone.id);
                EXPECT_FALSE(zone.spots.empty()) << structure->id << " " << zone.id;
                EXPECT_FALSE(zone.name.empty()) << structure->id << " " << zone.id;
            }
            EXPECT_EQ(ids, zones) << structure->id;
            // Every trigger point refers somewhere.
            for (const TriggerPoint& point : pattern.triggerPoints)
                EXPECT_FALSE(pattern.zonesFrom(point.id).empty()) << structure->id << " " << point.id;
            EXPECT_NE(pattern.source.find("Simons"), std::string::npos) << structure->id;
        }
    std::size_t withPattern = 0;
    for (const StructureInfo& structure : base.structures)
        withPattern += structure.referral.empty() ? 0 : 1;
    EXPECT_EQ(withPattern, 10u);
}

} // namespace
} // namespace lumbar
