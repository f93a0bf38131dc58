// Recording from the window: frames fill the whole picture, whatever part of the window the
// camera frames into for the panels, and the window's framing is left as it was.
#include "built_in_anatomy.hpp"
#include "export/frame_sink.hpp"
#include "export/lesson_recorder.hpp"
#include "gl/gl_test_context.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
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

} // namespace
} // namespace lumbar::test
