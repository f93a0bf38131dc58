// The knowledge base and the meshes describe the same structures, and every entry is complete.
#include "knowledge_base.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace lumbar::test {

TEST(KnowledgeBase, EveryMeshHasAnEntryAndViceVersa)
{
    const auto& g = shippedModel();
    std::set<std::string> meshIds, entryIds;
    for (const auto& m : g.meshes)
        meshIds.insert(m.name);
    for (const auto& e : g.structures.at("structures"))
        entryIds.insert(e.at("id").get<std::string>());
    EXPECT_EQ(meshIds.size(), g.meshes.size()) << "duplicate node names in the glb";
    // The scene around the anatomy has no entry: the client's body outside the window, the table.
    for (const char* scenery : {"body", "table"})
        EXPECT_EQ(meshIds.erase(scenery), 1u) << scenery;
    EXPECT_EQ(meshIds, entryIds);
}

TEST(KnowledgeBase, EntriesAreComplete)
{
    const auto& g = shippedModel();
    for (const auto& e : g.structures.at("structures")) {
        const std::string id = e.at("id");
        SCOPED_TRACE(id);
        for (const char* field : {"name", "latin", "layer", "side", "kind", "origin", "insertion", "action",
                 "innervation", "palpation", "cautions"}) {
            ASSERT_TRUE(e.contains(field) && e[field].is_string()) << field;
            EXPECT_GE(e[field].get<std::string>().size(), 3u) << field;
        }
        if (e.contains("fma")) // "FMA" and digits, as the app's reader requires
            EXPECT_TRUE(e["fma"].get<std::string>().find_first_not_of("0123456789", 3) == std::string::npos
                && e["fma"].get<std::string>().rfind("FMA", 0) == 0
                && e["fma"].get<std::string>().size() > 3);
        const std::string side = e["side"];
        if (id.ends_with(".left"))
            EXPECT_EQ(side, "left");
        else if (id.ends_with(".right"))
            EXPECT_EQ(side, "right");
        else
            EXPECT_EQ(side, "midline");
    }
}

TEST(KnowledgeBase, GroupsAreNamedInThePlural)
{
    // The Structures panel lists a layer's structures under their region: "Lumbar vertebrae",
    // not "Lumbar vertebra".
    std::map<std::string, std::string> regionOf;
    for (const auto& e : shippedModel().structures.at("structures"))
        regionOf[e.at("id").get<std::string>()] = e.value("region", "");
    EXPECT_EQ(regionOf.at("vertebra_l3"), "Lumbar vertebrae");
    EXPECT_EQ(regionOf.at("vertebra_t12"), "Thoracic vertebrae");
    EXPECT_EQ(regionOf.at("disc_l4_l5"), "Intervertebral discs");
    EXPECT_EQ(regionOf.at("sacrum"), "");
}

TEST(KnowledgeBase, DepthOrderRunsFromSkinInwards)
{
    // Depth is the index of the structure's layer in the document's "layers" list.
    const auto& doc = shippedModel().structures;
    std::map<std::string, int> layerIndex;
    for (std::size_t i = 0; i < doc.at("layers").size(); ++i)
        layerIndex[doc["layers"][i].at("id")] = int(i);
    std::map<std::string, int> depth;
    for (const auto& e : doc.at("structures"))
        depth[e["id"]] = layerIndex.at(e["layer"]);
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
    // FMA identifiers of the Foundational Model of Anatomy, as public atlases use them.
    std::map<std::string, std::string> fma;
    for (const auto& e : shippedModel().structures.at("structures"))
        if (e.contains("fma"))
            fma[e["id"]] = e["fma"];
    EXPECT_EQ(fma.at("quadratus_lumborum.right"), "FMA22348");
    EXPECT_EQ(fma.at("quadratus_lumborum.left"), "FMA22349");
    EXPECT_EQ(fma.at("vertebra_l1"), "FMA13072");
    EXPECT_EQ(fma.at("vertebra_l5"), "FMA13076");
    EXPECT_EQ(fma.at("sacrum"), "FMA16202");
}

TEST(KnowledgeBase, EveryPairedStructureHasItsSidedFmaIdAndKnownClasses)
{
    // An atlas names files by FMA's sided classes: every paired structure but the iliotibial
    // tract (no id confirmed) has its own side's id, the two sides differ, and a known class for
    // both sides is kept beside them.
    std::map<std::string, nlohmann::json> byId;
    for (const auto& e : shippedModel().structures.at("structures"))
        byId[e["id"]] = e;
    for (const auto& [id, e] : byId) {
        if (e["side"] != "left" || id.starts_with("iliotibial_tract"))
            continue;
        const std::string right = id.substr(0, id.size() - 4) + "right";
        ASSERT_TRUE(e.contains("fma")) << id;
        EXPECT_NE(e["fma"], byId.at(right)["fma"]) << id << " has its right side's FMA id";
        EXPECT_EQ(e.value("fma_class", ""), byId.at(right).value("fma_class", "")) << id;
        EXPECT_NE(e["fma"], e.value("fma_class", "")) << id;
    }
    EXPECT_EQ(byId.at("gluteus_maximus.left")["fma"], "FMA22329");
    EXPECT_EQ(byId.at("gluteus_maximus.right")["fma"], "FMA22328");
    EXPECT_EQ(byId.at("gluteus_maximus.left")["fma_class"], "FMA22314");
    EXPECT_EQ(byId.at("serratus_posterior_inferior.left")["fma"], "FMA13406");
    EXPECT_EQ(byId.at("serratus_posterior_inferior.right")["fma"], "FMA13405");
    EXPECT_EQ(byId.at("kidney.right")["fma"], "FMA7204");
    EXPECT_EQ(byId.at("kidney.left")["fma_class"], "FMA7203");
    EXPECT_FALSE(byId.at("sacrum").contains("fma_class"));
}

TEST(KnowledgeBase, SourceRejectsAnEntryWithoutItsMesh)
{
    // structuresDocument refuses a model missing a structure that the knowledge base lists.
    Model partial;
    partial.structures.push_back({"skin", Layer::Skin, glm::vec4(1.0f), {}});
    EXPECT_THROW(structuresDocument(partial), std::runtime_error);
}

} // namespace lumbar::test
