// Knowledge base parsing: the fields, and a message with the location for each kind of mistake.
#include "anatomy/knowledge_base.hpp"
#include "core/error.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

std::string errorOf(const std::string& json)
{
    try {
        parseKnowledgeBase(json, "structures.json");
    } catch (const Error& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an error";
    return {};
}

/// The fixture with one substring replaced (the mistakes under test).
std::string fixtureWith(const std::string& from, const std::string& to)
{
    std::string text = test::smallKnowledgeBaseJson();
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

TEST(KnowledgeBase, ReadsLayersAndStructures)
{
    const KnowledgeBase base = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "structures.json");
    ASSERT_EQ(base.layers.size(), 3u);
    EXPECT_EQ(base.layers[1].id, "superficial_muscle");
    EXPECT_EQ(base.layers[1].depth, 1);
    ASSERT_EQ(base.structures.size(), 4u);
    const StructureInfo* lat = base.find("latissimus_dorsi.left");
    ASSERT_TRUE(lat);
    EXPECT_EQ(lat->name, "Latissimus dorsi (left)");
    EXPECT_EQ(lat->latin, "Musculus latissimus dorsi");
    EXPECT_EQ(lat->fma, "FMA13359");
    EXPECT_EQ(lat->side, "left");
    EXPECT_TRUE(lat->isMuscle());
    EXPECT_EQ(lat->innervation, "Thoracodorsal nerve");
    EXPECT_EQ(base.layerDepth(*lat), 1);
    EXPECT_EQ(base.find("skin")->fma, "");
    EXPECT_EQ(base.find("nothing"), nullptr);
}

TEST(KnowledgeBase, MistakesAreReportedWithTheirLocation)
{
    EXPECT_EQ(errorOf(fixtureWith(
                  R"("fma": "FMA16202", "layer": "bone")", R"("fma": "FMA16202", "layer": "bones")")),
        "structures.json: structures[3].layer: \"bones\" is not a layer (expected one of skin, "
        "superficial_muscle, bone)");
    EXPECT_EQ(errorOf(fixtureWith(R"("side": "left")", R"("side": "sinister")")),
        "structures.json: structures[1].side: \"sinister\" is not allowed (expected one of left, right, "
        "midline)");
    EXPECT_EQ(errorOf(fixtureWith(R"("fma": "FMA13074")", R"("fma": "13074x")")),
        "structures.json: structures[2].fma: \"13074x\" is not an FMA id (expected FMA followed by digits)");
    EXPECT_EQ(errorOf(fixtureWith(R"("fma": "FMA13074")", R"("fma": "FMA13074", "fma_class": "vertebra")")),
        "structures.json: structures[2].fma_class: \"vertebra\" is not an FMA id (expected FMA followed by "
        "digits)");
    EXPECT_EQ(errorOf(fixtureWith(R"("id": "sacrum")", R"("id": "skin")")),
        "structures.json: structures[3].id: \"skin\" appears twice");
    EXPECT_EQ(errorOf(fixtureWith(R"("name": "Sacrum")", R"("name": 7)")),
        "structures.json: structures[3].name: expected a string, found number");
    EXPECT_EQ(errorOf(fixtureWith(R"("latin": "Cutis", )", "")),
        "structures.json: structures[0]: \"latin\" is missing");
    EXPECT_EQ(errorOf(fixtureWith(R"("version": 1)", R"("version": 2)")),
        "structures.json: version: 2 is newer than this LumbarLab reads (1): update LumbarLab");
    EXPECT_EQ(errorOf("[1, 2]"),
        "structures.json: top level: expected an object with \"version\", \"layers\" and \"structures\"");
    EXPECT_EQ(errorOf("{\"version\": 1, \"layers\": [], \"structures\": []}"),
        "structures.json: layers: expected a non-empty array");
    EXPECT_EQ(errorOf("{oops").rfind("structures.json: not valid JSON (byte 2): ", 0), 0u);
}

TEST(KnowledgeBase, ANumberTooLargeForADoubleIsAnErrorNotACrash)
{
    const std::string text = R"({"version": 1)" + std::string(4000, '0') + "}";
    EXPECT_EQ(errorOf(text),
        "structures.json: not valid JSON (byte 4013): parse error at line 1, column 4013: number overflow "
        "parsing '10000000000000000000...'");
}

TEST(KnowledgeBase, MissingFileIsNamed)
{
    try {
        loadKnowledgeBase("/no/such/structures.json");
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot open the knowledge base '/no/such/structures.json': file not found");
    }
}

TEST(KnowledgeBase, FmaIdsAreNormalised)
{
    EXPECT_EQ(normalizeFmaId("FMA22348"), "FMA22348");
    EXPECT_EQ(normalizeFmaId("22348"), "FMA22348");
    EXPECT_EQ(normalizeFmaId("fma7"), "FMA7");
    EXPECT_EQ(normalizeFmaId("FMA"), "");
    EXPECT_EQ(normalizeFmaId("FMA12a"), "");
}

} // namespace
} // namespace lumbar
