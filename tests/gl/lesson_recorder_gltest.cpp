// Recording from the window: frames fill the whole picture, whatever part of the window the
// camera frames into for the panels, and the window's framing is left as it was; each step is
// framed on where it works.
#include "built_in_anatomy.hpp"
#include "export/frame_sink.hpp"
#include "export/lesson_recorder.hpp"
#include "gl/gl_test_context.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/technique_overlay.hpp"
#include "session/viewer.hpp"

namespace lumbar::test {
namespace {

using LessonRecorderGlTest = GlTest;

/// Keeps the frames in memory.
class FramesInMemory : public app::FrameSink {
public:
    explicit FramesInMemory(std::vector<Image>& frames) : m_frames(frames) { }
    void write(const Image& frame) override { m_frames.push_back(frame); }
    void finish() override { }
    std::string describe() const override { return "memory"; }

private:
    std::vector<Image>& m_frames;
};

std::vector<Image> recordOneFrame(app::Viewer& viewer, const std::filesystem::path& lesson)
{
    std::vector<Image> frames;
    app::RecordSettings settings;
    settings.width = 96;
    settings.height = 64;
    settings.maxFrames = 1;
    app::LessonRecorder recorder(viewer, std::make_unique<app::LessonScene>(viewer, lesson),
        std::make_unique<FramesInMemory>(frames), 10.0, 5.0, settings);
    recorder.renderNext();
    return frames;
}

TEST_F(LessonRecorderGlTest, FramesFillThePictureWhateverThePanelsLeaveInTheWindow)
{
    app::Viewer viewer(gl::ShaderSources(), 96, 64);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Oblique);
    const std::filesystem::path lesson = app::builtInLessonFiles().front();

    const std::vector<Image> whole = recordOneFrame(viewer, lesson);
    // The window frames into its middle above the Lesson panel meanwhile.
    viewer.camera().framingMin = {0.25f, 0.0f};
    viewer.camera().framingMax = {0.75f, 0.7f};
    const std::vector<Image> withPanels = recordOneFrame(viewer, lesson);
    ASSERT_EQ(whole.size(), 1u);
    ASSERT_EQ(withPanels.size(), 1u);
    EXPECT_EQ(whole[0].rgba, withPanels[0].rgba);
    EXPECT_EQ(viewer.camera().framingMin, glm::vec2(0.25f, 0.0f));
    EXPECT_EQ(viewer.camera().framingMax, glm::vec2(0.75f, 0.7f));
}

TEST_F(LessonRecorderGlTest, EachStepIsFramedOnWhereItWorksAndTheCameraMovesBetweenThem)
{
    // From the direction the user chose, the camera centres each step's worked region; over the
    // hand's travel into a step it moves there from the step before's; a step that works nowhere
    // (the intake) keeps the chosen view.
    app::Viewer viewer(gl::ShaderSources(), 96, 64);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Oblique);
    app::LessonScene scene(viewer, *app::resolveLesson("lumbar-basic"));
    const technique::PreparedLesson& prepared = scene.prepared();
    const Camera chosen = viewer.camera();
    constexpr float kAspect = 16.0f / 9.0f;
    const auto shotAt
        = [&](double lessonS) { return app::recordingCamera(chosen, viewer, prepared, lessonS, kAspect); };
    // Step 1 (the intake) works nowhere: the chosen view in the whole picture.
    ASSERT_TRUE(app::workedRegion(prepared, 0).empty());
    const Camera intake = shotAt(prepared.steps[0].startS + 5.0);
    EXPECT_EQ(intake.target, chosen.target);
    EXPECT_EQ(intake.distance, chosen.distance);
    EXPECT_EQ(intake.framingMin, glm::vec2(0.0f));
    EXPECT_EQ(intake.framingMax, glm::vec2(1.0f));
    // Step 4 (the left erector) and step 5 (the right): each centred on its own region, closer in
    // than the whole view, looking the way the user chose.
    const technique::PreparedStep& left = prepared.steps[3];
    const technique::PreparedStep& right = prepared.steps[4];
    const Camera onLeft = shotAt(left.startS + 0.5 * left.durationS);
    const Camera onRight = shotAt(right.startS + 0.5 * right.durationS);
    EXPECT_LT(glm::length(onLeft.target - app::workedRegion(prepared, 3).center()), 1e-5f);
    EXPECT_LT(glm::length(onRight.target - app::workedRegion(prepared, 4).center()), 1e-5f);
    EXPECT_LT(onLeft.distance, chosen.distance);
    EXPECT_EQ(onLeft.yawRadians, chosen.yawRadians);
    EXPECT_EQ(onLeft.pitchRadians, chosen.pitchRadians);
    EXPECT_EQ(onLeft.sceneRadius, chosen.sceneRadius);
    // Into step 5: from where step 4 was framed, half-way at half the travel, there at its end.
    EXPECT_LT(glm::length(shotAt(right.startS).target - onLeft.target), 1e-5f);
    const glm::vec3 halfway = shotAt(right.startS + 0.5 * app::kStepChangeS).target;
    EXPECT_LT(glm::length(halfway - glm::mix(onLeft.target, onRight.target, 0.5f)), 1e-4f);
    EXPECT_LT(glm::length(shotAt(right.startS + app::kStepChangeS).target - onRight.target), 1e-5f);
    // With the therapist shown the framing makes room for them beside the table.
    viewer.display.therapist = true;
    EXPECT_GT(shotAt(left.startS + 0.5 * left.durationS).distance, onLeft.distance * 1.5f);
}

} // namespace
} // namespace lumbar::test
