// The palpation trainer in the view: the skin whole and opaque while a landmark is looked for, a
// click on the pixel over the true spot found, the answer shown with the layers open to the bone,
// and the student's view given back at the end.
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "quiz/progress_keys.hpp"
#include "session/palpation_trainer.hpp"
#include "session/progress_keeper.hpp"
#include "session/viewer.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::test {
namespace {

using PalpationGlTest = GlTest;

constexpr int kPalpationSizePx = 500;

TEST_F(PalpationGlTest, AClickOverTheTrueSpotFindsItAndTheViewComesBackAfterwards)
{
    app::Viewer viewer(gl::ShaderSources(), kPalpationSizePx, kPalpationSizePx);
    loadBuiltInAnatomy(viewer);
    viewer.anatomy().peelDepth = 2; // the student had peeled to the muscles
    viewer.anatomy().selected = viewer.anatomy().meshOf("multifidus.left");
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    app::PalpationTrainer trainer;
    app::ProgressKeeper progress{std::filesystem::path()}; // in memory: what the round records
    trainer.start(viewer, surface, 11, false, 0.0, &progress);
    ASSERT_TRUE(trainer.active());
    EXPECT_EQ(viewer.anatomy().peelDepth, 0);
    EXPECT_FLOAT_EQ(viewer.anatomy().layers[0].opacity, 1.0f); // the skin opaque: nothing shows through
    EXPECT_FALSE(viewer.anatomy().selected.has_value());

    const glm::vec2 size{float(kPalpationSizePx), float(kPalpationSizePx)};
    const quiz::PalpationTarget& target = trainer.round().current();
    const glm::vec3 spot = quiz::palpationSpot(target, surface).value();
    const glm::vec2 pixel = viewer.camera().project(spot, size.x, size.y);
    // A click off the body answers nothing.
    EXPECT_FALSE(trainer.click({1.0f, 1.0f}, size, viewer, surface, 1.0));
    ASSERT_TRUE(trainer.click(pixel, size, viewer, surface, 3.0)) << target.id;
    const quiz::PalpationAttempt* attempt = trainer.lastAttempt();
    ASSERT_NE(attempt, nullptr);
    EXPECT_TRUE(attempt->found) << target.id << " " << attempt->errorM;
    EXPECT_LT(attempt->errorM, 0.005f); // within a pixel or two of the spot
    EXPECT_DOUBLE_EQ(attempt->seconds, 3.0);
    // Recorded as found: one right answer, the landmark up to box 2.
    const quiz::ProgressRecord* record = progress.progress().find(quiz::progressKey(target));
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->right, 1);
    EXPECT_EQ(record->box, 2);
    // The answer: open to the bone, the click and the true point marked over everything.
    EXPECT_EQ(viewer.anatomy().peelDepth, viewer.knowledgeBase().findLayer("bone")->depth);
    app::SceneExtras extras;
    trainer.addTo(extras, viewer);
    EXPECT_EQ(extras.items.size(), 4u); // two dots, each in its ring
    // A second click while the answer is shown does nothing; next() asks the next landmark.
    EXPECT_FALSE(trainer.click(pixel, size, viewer, surface, 4.0));
    trainer.next(viewer, 5.0);
    EXPECT_EQ(viewer.anatomy().peelDepth, 0);
    EXPECT_EQ(trainer.round().answered(), 1u);
    // A pass is a wrong answer.
    const quiz::PalpationTarget& passed = trainer.round().current();
    trainer.pass(viewer, 6.0);
    ASSERT_NE(progress.progress().find(quiz::progressKey(passed)), nullptr);
    EXPECT_EQ(progress.progress().find(quiz::progressKey(passed))->wrong, 1);
    trainer.next(viewer, 7.0);

    // The easier level draws the bones faintly over the skin.
    trainer.faintBones = true;
    app::SceneExtras faint;
    trainer.addTo(faint, viewer);
    EXPECT_FALSE(faint.ghosted.empty());
    for (std::size_t mesh : faint.ghosted)
        EXPECT_EQ(viewer.anatomy().structureOf(mesh)->kind, "bone");

    trainer.stop(viewer);
    EXPECT_FALSE(trainer.active());
    EXPECT_EQ(viewer.anatomy().peelDepth, 2);
    EXPECT_EQ(viewer.anatomy().selected, viewer.anatomy().meshOf("multifidus.left"));
}

} // namespace
} // namespace lumbar::test
