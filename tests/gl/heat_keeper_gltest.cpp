// The heat map a lesson scene keeps as it plays is the dose accumulated at once, whatever way the
// clock went: on, back, or into another step.
#include "anatomy/knowledge_base.hpp"
#include "gl/gl_test_context.hpp"
#include "scene/model_import.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/viewer.hpp"
#include "technique/heat_map.hpp"

namespace lumbar::test {
namespace {

using HeatKeeperGlTest = GlTest;

TEST_F(HeatKeeperGlTest, TheMapShownFollowsTheClockOnBackAndAcrossSteps)
{
    const auto modelPath = app::findModelFile("lumbar.glb");
    const auto knowledgePath = app::findModelFile("structures.json");
    const auto lesson = app::resolveLesson(app::kDefaultLessonId);
    ASSERT_TRUE(modelPath && knowledgePath && lesson);
    app::Viewer viewer(gl::ShaderSources(), 160, 90);
    viewer.setKnowledgeBase(loadKnowledgeBase(*knowledgePath));
    viewer.setModel(importModel(*modelPath));
    app::LessonScene scene(viewer, *lesson);
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    const technique::PreparedLesson& prepared = scene.prepared();
    const auto expectedMax = [&](double fromS, double toS) {
        return technique::accumulateDose(prepared, surface, fromS, toS, 0.1).maxDoseKPaS();
    };

    // Step 10's deep work, then on within it, back before it, and on again: the session's map.
    const technique::PreparedStep& step = prepared.steps[9];
    const double moments[]
        = {step.startS + 30.05, step.startS + 95.37, step.startS - 200.0, step.startS + 12.5};
    for (const double moment : moments) {
        scene.seek(moment);
        (void)scene.extras(app::HeatScope::SessionSoFar);
        EXPECT_EQ(viewer.heatMaxDose(), expectedMax(0.0, moment)) << "session so far at " << moment << " s";
    }
    EXPECT_GT(viewer.heatMaxDose(), 0.0f);
    // The current step's map starts at the step's start, and again at the next step's.
    scene.seek(step.startS + 40.0);
    (void)scene.extras(app::HeatScope::CurrentStep);
    EXPECT_EQ(viewer.heatMaxDose(), expectedMax(step.startS, step.startS + 40.0));
    const technique::PreparedStep& next = prepared.steps[10];
    scene.seek(next.startS + 20.0);
    (void)scene.extras(app::HeatScope::CurrentStep);
    EXPECT_EQ(viewer.heatMaxDose(), expectedMax(next.startS, next.startS + 20.0));
    EXPECT_NE(viewer.heatMaxDose(), expectedMax(step.startS, next.startS + 20.0));
}

} // namespace
} // namespace lumbar::test
