// Display rules of the anatomy: peeling, layer visibility and opacity, x-ray, hide and isolate.
#include "anatomy/anatomy_view.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

class AnatomyViewTest : public ::testing::Test {
protected:
    AnatomyViewTest() : knowledge(parseKnowledgeBase(test::smallKnowledgeBaseJson(), "test.json"))
    {
        for (const char* id : {"skin", "latissimus_dorsi.left", "vertebra_l3", "unknown_mesh"})
            model.meshes.push_back(test::makeBox(id, glm::vec3(0.0f), glm::vec3(0.1f)));
    }
    KnowledgeBase knowledge;
    Model model;
    static constexpr std::size_t kSkin = 0, kMuscle = 1, kBone = 2, kUnknown = 3;
};

TEST_F(AnatomyViewTest, MeshesBindToEntriesByName)
{
    const AnatomyView view(knowledge, model);
    EXPECT_EQ(view.structureOf(kMuscle)->id, "latissimus_dorsi.left");
    EXPECT_EQ(view.structureOf(kUnknown), nullptr);
    EXPECT_EQ(view.layerOf(kSkin), 0);
    EXPECT_EQ(view.layerOf(kBone), 2);
    EXPECT_EQ(view.layerOf(kUnknown), -1);
    EXPECT_EQ(view.meshOf("vertebra_l3"), kBone);
    EXPECT_FALSE(view.meshOf("sacrum")); // in the knowledge base but not in the model
}

TEST_F(AnatomyViewTest, MeshesWithoutAnEntryInAnatomyAreSceneryNeverPeeled)
{
    AnatomyView view(knowledge, model);
    EXPECT_TRUE(view.hasStructures());
    EXPECT_TRUE(view.hasScenery());
    EXPECT_TRUE(view.isScenery(kUnknown));
    EXPECT_FALSE(view.isScenery(kSkin));
    view.peelDepth = 3;
    EXPECT_FLOAT_EQ(view.opacity(kUnknown), 1.0f);
    view.xray = true;
    EXPECT_FLOAT_EQ(view.opacity(kUnknown), AnatomyView::kXrayOpacity);
    view.showScenery = false;
    EXPECT_FLOAT_EQ(view.opacity(kUnknown), 0.0f);
    // A model with no structure at all is not anatomy: its meshes are simply shown.
    Model outside;
    outside.meshes.push_back(test::makeBox("part", glm::vec3(0.0f), glm::vec3(0.1f)));
    AnatomyView plain(knowledge, outside);
    EXPECT_FALSE(plain.hasStructures());
    EXPECT_FALSE(plain.hasScenery());
    EXPECT_FALSE(plain.isScenery(0));
    plain.xray = true;
    EXPECT_FLOAT_EQ(plain.opacity(0), 1.0f);
}

TEST_F(AnatomyViewTest, SkinStartsTranslucentEverythingElseOpaque)
{
    const AnatomyView view(knowledge, model);
    EXPECT_FLOAT_EQ(view.opacity(kSkin), AnatomyView::kDefaultSkinOpacity);
    EXPECT_FLOAT_EQ(view.opacity(kMuscle), 1.0f);
    EXPECT_FLOAT_EQ(view.opacity(kBone), 1.0f);
    EXPECT_FLOAT_EQ(view.opacity(kUnknown), 1.0f);
}

TEST_F(AnatomyViewTest, PeelingHidesEveryShallowerLayer)
{
    AnatomyView view(knowledge, model);
    view.peelDepth = 2;
    EXPECT_FALSE(view.visible(kSkin));
    EXPECT_FALSE(view.visible(kMuscle));
    EXPECT_TRUE(view.visible(kBone));
    EXPECT_TRUE(view.visible(kUnknown)); // meshes without a layer are never peeled
}

TEST_F(AnatomyViewTest, LayerControlsAndXray)
{
    AnatomyView view(knowledge, model);
    view.layers[1].opacity = 0.5f;
    EXPECT_FLOAT_EQ(view.opacity(kMuscle), 0.5f);
    view.layers[1].visible = false;
    EXPECT_FLOAT_EQ(view.opacity(kMuscle), 0.0f);
    view.layers[1].visible = true;
    view.layers[1].opacity = 1.0f;
    view.xray = true;
    EXPECT_FLOAT_EQ(view.opacity(kMuscle), AnatomyView::kXrayOpacity);
    EXPECT_FLOAT_EQ(view.opacity(kBone), 1.0f); // bones stay solid in x-ray
}

TEST_F(AnatomyViewTest, HideIsolateAndShowAll)
{
    AnatomyView view(knowledge, model);
    view.hide(kBone);
    EXPECT_FALSE(view.visible(kBone));
    view.isolate({kSkin});
    EXPECT_FLOAT_EQ(view.opacity(kSkin), 1.0f); // an isolated structure is shown whole
    EXPECT_FALSE(view.visible(kMuscle));
    EXPECT_FALSE(view.visible(kUnknown));
    view.peelDepth = 1;
    view.layers[2].visible = false;
    view.showAll();
    EXPECT_FALSE(view.isolating());
    EXPECT_EQ(view.peelDepth, 0);
    EXPECT_TRUE(view.visible(kBone));
    EXPECT_TRUE(view.layers[2].visible);
    EXPECT_FLOAT_EQ(view.opacity(kSkin), AnatomyView::kDefaultSkinOpacity); // opacities are kept
}

} // namespace
} // namespace lumbar
