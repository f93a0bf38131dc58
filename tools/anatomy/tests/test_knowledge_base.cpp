// The knowledge base and the meshes describe the same structures, and every entry is complete.
#include <set>

#include <gtest/gtest.h>

#include "knowledge_base.hpp"
#include "model_fixture.hpp"

namespace lumbar::test {

TEST(KnowledgeBase, EveryMeshHasAnEntryAndViceVersa)
{
    const auto& g = generatedModel();
    std::set<std::string> meshIds, entryIds;
    for (const auto& m : g.meshes) meshIds.insert(m.name);
    for (const auto& e : g.structures.at("structures")) entryIds.insert(e.at("id").get<std::string>());
    EXPECT_EQ(meshIds, entryIds);
    EXPECT_EQ(meshIds.size(), g.meshes.size()) << "duplicate node names in the glb";
}

TEST(KnowledgeBase, EntriesAreComplete)
{
    const auto& g = generatedModel();
    for (const auto& e : g.structures.at("structures")) {
        const std::string id = e.at("id");
        SCOPED_TRACE(id);
        for (const char* field : {"display_name", "latin_name", "layer", "side", "origin", "insertion", "action", "innervation",
                                  "palpation_and_massage", "cautions"}) {
            ASSERT_TRUE(e.contains(field) && e[field].is_string()) << field;
            EXPECT_GE(e[field].get<std::string>().size(), 3u) << field;
        }
        ASSERT_TRUE(e.contains("fma_id"));
        EXPECT_TRUE(e["fma_id"].is_null() || (e["fma_id"].is_number_integer() && e["fma_id"].get<int>() > 0));
        const std::string side = e["side"];
        if (id.ends_with(".left")) EXPECT_EQ(side, "left");
        else if (id.ends_with(".right")) EXPECT_EQ(side, "right");
        else EXPECT_EQ(side, "midline");
        EXPECT_TRUE(e.at("depth_order").is_number_integer());
    }
}

TEST(KnowledgeBase, DepthOrderRunsFromSkinInwards)
{
    std::map<std::string, int> depth;
    for (const auto& e : generatedModel().structures.at("structures")) depth[e["id"]] = e["depth_order"];
    EXPECT_EQ(depth.at("skin"), 0);
    EXPECT_LT(depth.at("skin"), depth.at("thoracolumbar_fascia"));
    EXPECT_LT(depth.at("thoracolumbar_fascia"), depth.at("latissimus_dorsi.left"));
    EXPECT_LT(depth.at("latissimus_dorsi.left"), depth.at("serratus_posterior_inferior.left"));
    EXPECT_LT(depth.at("serratus_posterior_inferior.left"), depth.at("longissimus_thoracis.left"));
    EXPECT_LT(depth.at("longissimus_thoracis.left"), depth.at("multifidus.left"));
    EXPECT_LT(depth.at("multifidus.left"), depth.at("vertebra_l3"));
    EXPECT_LT(depth.at("vertebra_l3"), depth.at("psoas_major.left"));
}

TEST(KnowledgeBase, DomainFmaIdsAreKept)
{
    // Identifiers DOMAIN.md lists explicitly.
    std::map<std::string, int> fma;
    for (const auto& e : generatedModel().structures.at("structures"))
        if (e["fma_id"].is_number_integer()) fma[e["id"]] = e["fma_id"];
    EXPECT_EQ(fma.at("quadratus_lumborum.right"), 22348);
    EXPECT_EQ(fma.at("quadratus_lumborum.left"), 22349);
    EXPECT_EQ(fma.at("vertebra_l1"), 13072);
    EXPECT_EQ(fma.at("vertebra_l5"), 13076);
    EXPECT_EQ(fma.at("sacrum"), 16202);
}

TEST(KnowledgeBase, SourceRejectsAnEntryWithoutItsMesh)
{
    // structuresDocument refuses a model missing a structure that the knowledge base lists.
    Model partial;
    partial.structures.push_back({"skin", Layer::Skin, glm::vec4(1.0f), {}});
    EXPECT_THROW(structuresDocument(partial), std::runtime_error);
}

} // namespace lumbar::test
