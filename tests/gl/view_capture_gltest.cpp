// Saved views on the built-in anatomy: what is captured is shown again exactly, through a file,
// and what a model lacks is named while the rest is shown.
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "session/view_capture.hpp"
#include "session/viewer.hpp"
#include "support/temp_dir.hpp"

namespace lumbar::test {
namespace {

using ViewCaptureGlTest = GlTest;

TEST_F(ViewCaptureGlTest, ACapturedViewIsShownAgainExactlyAfterASaveAndOpen)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Left);
    viewer.camera().orbit(0.3f, -0.1f);
    AnatomyView& anatomy = viewer.anatomy();
    anatomy.layers[0].opacity = 0.6f;
    anatomy.layers[1].visible = false;
    anatomy.peelDepth = 2;
    anatomy.xray = true;
    anatomy.showScenery = false;
    anatomy.hide(*anatomy.meshOf("kidney.left"));
    anatomy.selected = anatomy.meshOf("quadratus_lumborum.right");
    viewer.display.referral = true;
    viewer.display.section = {true, SectionOrientation::Sagittal, -0.015f, true, {}};
    views::SavedView saved = app::captureView(viewer, "QL from the left", "lumbar-basic", 42.5);
    saved.pins.push_back({"quadratus_lumborum.right", {0.06f, 0.1f, 0.0f}, "Press towards the spine"});
    const Camera camera = viewer.camera();

    // Through a file, as a class would get it.
    const TempDir dir;
    views::saveViewCollection({"Week 3", {saved}}, dir.path() / "week-3.json");
    const views::ViewCollectionParse reopened
        = views::loadViewCollection(dir.path() / "week-3.json", &viewer.knowledgeBase());
    ASSERT_TRUE(reopened.collection) << reopened.problems.at(0).text();
    EXPECT_EQ(reopened.collection->views.at(0), saved);
    EXPECT_EQ(saved.lesson, "lumbar-basic");
    EXPECT_DOUBLE_EQ(saved.timeS, 42.5);

    // Everything back to the start, then the view shown.
    viewer.resetView(ViewPreset::Oblique);
    anatomy.layers[0] = {true, 0.3f};
    anatomy.layers[1] = {true, 1.0f};
    anatomy.peelDepth = 0;
    anatomy.xray = false;
    anatomy.showScenery = true;
    anatomy.showAll();
    anatomy.selected.reset();
    viewer.display.referral = false;
    viewer.display.section = {};
    EXPECT_TRUE(app::applyView(viewer, reopened.collection->views[0]).empty());
    EXPECT_EQ(viewer.camera().target, camera.target);
    EXPECT_FLOAT_EQ(viewer.camera().distance, camera.distance);
    EXPECT_NEAR(viewer.camera().yawRadians, camera.yawRadians, 1e-6f);
    EXPECT_NEAR(viewer.camera().pitchRadians, camera.pitchRadians, 1e-6f);
    EXPECT_FLOAT_EQ(anatomy.layers[0].opacity, 0.6f);
    EXPECT_FALSE(anatomy.layers[1].visible);
    EXPECT_EQ(anatomy.peelDepth, 2);
    EXPECT_TRUE(anatomy.xray);
    EXPECT_FALSE(anatomy.showScenery);
    EXPECT_TRUE(anatomy.hidden(*anatomy.meshOf("kidney.left")));
    EXPECT_EQ(anatomy.selected, anatomy.meshOf("quadratus_lumborum.right"));
    EXPECT_TRUE(viewer.display.referral);
    EXPECT_TRUE(viewer.display.section.enabled);
    EXPECT_EQ(viewer.display.section.orientation, SectionOrientation::Sagittal);
    EXPECT_FLOAT_EQ(viewer.display.section.positionM, -0.015f);
    EXPECT_TRUE(viewer.display.section.flipped);
}

TEST_F(ViewCaptureGlTest, WhatTheModelLacksIsNamedAndTheRestShown)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    views::SavedView view = app::captureView(viewer, "Other model", "", 0.0);
    view.hidden = {"sacrum", "hamstrings.left"};
    view.peelTo = "bone";
    EXPECT_EQ(app::applyView(viewer, view),
        std::vector<std::string>{"the model has no structure \"hamstrings.left\""});
    EXPECT_TRUE(viewer.anatomy().hidden(*viewer.anatomy().meshOf("sacrum")));
    EXPECT_EQ(viewer.anatomy().peelDepth, viewer.knowledgeBase().findLayer("bone")->depth);
}

} // namespace
} // namespace lumbar::test
