// The window's render scale: the scene is drawn at a share of the window's size, while picking,
// framing and every export keep the window's full size; and the window draws only the part of
// the view its panels leave in sight.
#include "built_in_anatomy.hpp"
#include "export/frame_sink.hpp"
#include "export/handout_export.hpp"
#include "export/lesson_recorder.hpp"
#include "gl/gl_test_context.hpp"
#include "image/png_io.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/seen_area.hpp"
#include "session/viewer.hpp"
#include "support/scene_files.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string>

namespace lumbar::test {
namespace {

using RenderScaleGlTest = GlTest;

constexpr int kWidthPx = 320;
constexpr int kHeightPx = 180;

/// Three boxes side by side, red, green and blue, each a structure of its own.
Model threeBoxes()
{
    Model model;
    model.sourcePath = "three boxes";
    const glm::vec4 colours[]
        = {{0.9f, 0.05f, 0.05f, 1.0f}, {0.05f, 0.9f, 0.05f, 1.0f}, {0.05f, 0.05f, 0.9f, 1.0f}};
    const char* names[] = {"red", "green", "blue"};
    for (int i = 0; i < 3; ++i) {
        MeshData box = makeBox(names[i], glm::vec3(float(i - 1) * 0.12f, 0.0f, 0.0f), glm::vec3(0.05f));
        box.baseColor = colours[i];
        model.meshes.push_back(box);
    }
    return model;
}

/// Which of red, green and blue is strongest at `pixel`: 0, 1 or 2.
int strongestChannel(const std::uint8_t* pixel)
{
    return int(std::max_element(pixel, pixel + 3) - pixel);
}

TEST_F(RenderScaleGlTest, TheScaledSceneHasTheScaledSizeAndTheViewKeepsTheWindowsSize)
{
    app::Viewer viewer(gl::ShaderSources(), kWidthPx, kHeightPx);
    viewer.setModel(threeBoxes());
    viewer.render(kWidthPx, kHeightPx, {}, 0.5f);
    EXPECT_EQ(viewer.target().width(), 160);
    EXPECT_EQ(viewer.target().height(), 90);
    EXPECT_EQ(viewer.viewWidth(), kWidthPx);
    EXPECT_EQ(viewer.viewHeight(), kHeightPx);
    // Sides are rounded to the nearest pixel: 240.75 x 135.75.
    viewer.render(321, 181, {}, 0.75f);
    EXPECT_EQ(viewer.target().width(), 241);
    EXPECT_EQ(viewer.target().height(), 136);
    EXPECT_EQ(viewer.viewWidth(), 321);
    viewer.render(kWidthPx, kHeightPx);
    EXPECT_EQ(viewer.target().width(), kWidthPx);
    EXPECT_EQ(viewer.target().height(), kHeightPx);
    // The benchmark's floor scales alike.
    viewer.renderFloor(kWidthPx, kHeightPx, {}, 0.5f);
    EXPECT_EQ(viewer.target().width(), 160);
    EXPECT_EQ(viewer.target().height(), 90);
}

TEST_F(RenderScaleGlTest, PickingAtAWindowPixelFindsTheStructureShownThereAtAnyScale)
{
    app::Viewer viewer(gl::ShaderSources(), kWidthPx, kHeightPx);
    viewer.setModel(threeBoxes());
    viewer.resetView(ViewPreset::Anterior);
    viewer.render(kWidthPx, kHeightPx);
    const Camera full = viewer.camera();
    const Image fullPicture = viewer.target().readPixels();
    viewer.render(kWidthPx, kHeightPx, {}, 0.5f);
    // Framing after a scaled frame frames for the window, not for the smaller target.
    viewer.resetView(ViewPreset::Anterior);
    EXPECT_EQ(viewer.camera().distance, full.distance);
    EXPECT_EQ(viewer.camera().target, full.target);
    viewer.render(kWidthPx, kHeightPx, {}, 0.5f);
    const Image halfPicture = viewer.target().readPixels();
    ASSERT_EQ(halfPicture.width, 160);

    for (std::size_t mesh = 0; mesh < 3; ++mesh) {
        const glm::vec2 pixel = viewer.camera().project(
            viewer.model().meshes[mesh].bounds().center(), float(kWidthPx), float(kHeightPx));
        const std::optional<std::size_t> picked = viewer.pick(pixel, float(kWidthPx), float(kHeightPx));
        ASSERT_TRUE(picked.has_value()) << viewer.model().meshes[mesh].name;
        EXPECT_EQ(*picked, mesh);
        // The picture at either scale shows that structure's colour at that window pixel.
        const int x = int(pixel.x), y = int(pixel.y);
        EXPECT_EQ(strongestChannel(fullPicture.pixel(x, y)), int(mesh)) << "full";
        EXPECT_EQ(strongestChannel(halfPicture.pixel(x / 2, y / 2)), int(mesh)) << "half";
    }
    // Between the boxes, nothing at either scale: the gap's middle shows the background.
    const glm::vec2 gap
        = viewer.camera().project(glm::vec3(0.06f, 0.0f, 0.0f), float(kWidthPx), float(kHeightPx));
    EXPECT_FALSE(viewer.pick(gap, float(kWidthPx), float(kHeightPx)).has_value());
}

/// The clear colour as the target stores it.
std::array<int, 3> clearBytes(const glm::vec3& colour)
{
    return {int(std::lround(colour.r * 255.0f)), int(std::lround(colour.g * 255.0f)),
        int(std::lround(colour.b * 255.0f))};
}

/// Whether `pixel` is `bytes` within one step in each channel.
bool near(const std::uint8_t* pixel, const std::array<int, 3>& bytes)
{
    for (int channel = 0; channel < 3; ++channel)
        if (std::abs(int(pixel[channel]) - bytes[std::size_t(channel)]) > 1)
            return false;
    return true;
}

TEST_F(RenderScaleGlTest, OnlyTheSeenPartIsDrawnAndThereItIsThePictureDrawnWhole)
{
    app::Viewer viewer(gl::ShaderSources(), kWidthPx, kHeightPx);
    viewer.setModel(threeBoxes());
    viewer.resetView(ViewPreset::Anterior);
    viewer.render(kWidthPx, kHeightPx);
    const Image whole = viewer.target().readPixels();
    // Across the middle box, cutting the outer two.
    const app::ScreenRect seen{{120.0f, 40.0f}, {200.0f, 140.0f}};
    viewer.render(kWidthPx, kHeightPx, {}, 1.0f, seen);
    // The viewer resolves only the seen part too: the driver's blit resolves all of the frame.
    viewer.target().resolve();
    const Image part = viewer.target().readPixels();
    const PixelRect drawn = app::targetPart(seen, {kWidthPx, kHeightPx}, {kWidthPx, kHeightPx});
    ASSERT_EQ(drawn, (PixelRect{119, 39, 82, 102}));
    const std::array<int, 3> clear = clearBytes(viewer.display.background.bottom);
    int changedInside = 0, notClearOutside = 0, differentOutside = 0;
    const auto within = [](int x, int row, const PixelRect& rect, int margin) {
        return x >= rect.x - margin && x < rect.x + rect.width + margin && row >= rect.y - margin
            && row < rect.y + rect.height + margin;
    };
    for (int y = 0; y < kHeightPx; ++y)
        for (int x = 0; x < kWidthPx; ++x) {
            const int row = kHeightPx - 1 - y; // GL's, from the bottom
            if (within(x, row, drawn, 0))
                changedInside += std::memcmp(part.pixel(x, y), whole.pixel(x, y), 3) != 0;
            else if (!within(x, row, drawn, 1)) {
                // (llvmpipe's multisampled scissor lets a pixel more through at its left and
                // lower edges: harmless, the window is shown the part alone.)
                notClearOutside += !near(part.pixel(x, y), clear);
                differentOutside += !near(whole.pixel(x, y), clear);
            }
        }
    EXPECT_EQ(changedInside, 0);
    EXPECT_EQ(notClearOutside, 0);
    // Drawn whole, the outside shows the boxes and the background's gradient.
    EXPECT_GT(differentOutside, kWidthPx * kHeightPx / 2);
}

TEST_F(RenderScaleGlTest, ThePresentedWindowShowsTheSeenPartScaledUpAndTheClearColourAroundIt)
{
    // The fixture's window is 64 x 64: a half-scale view of it, drawn whole and in part.
    constexpr int kWindowPx = 64;
    app::Viewer viewer(gl::ShaderSources(), kWindowPx, kWindowPx);
    viewer.setModel(threeBoxes());
    viewer.resetView(ViewPreset::Anterior);
    viewer.render(kWindowPx, kWindowPx, {}, 0.5f);
    viewer.present(kWindowPx, kWindowPx);
    const Image whole = readFramebufferPixels(0, kWindowPx, kWindowPx);
    const app::ScreenRect seen{{16.0f, 8.0f}, {48.0f, 40.0f}};
    viewer.render(kWindowPx, kWindowPx, {}, 0.5f, seen);
    viewer.present(kWindowPx, kWindowPx);
    const Image part = readFramebufferPixels(0, kWindowPx, kWindowPx);
    // In the target: x 7 to 25, rows 11 to 29 from the bottom; in the window twice that.
    ASSERT_EQ(app::targetPart(seen, {kWindowPx, kWindowPx}, {32, 32}), (PixelRect{7, 11, 18, 18}));
    const std::array<int, 3> clear = clearBytes(viewer.display.background.bottom);
    int changedSeen = 0, notClearOutside = 0;
    for (int y = 0; y < kWindowPx; ++y)
        for (int x = 0; x < kWindowPx; ++x) {
            const int row = kWindowPx - 1 - y;
            if (x >= 16 && x < 48 && y >= 8 && y < 40)
                changedSeen += std::memcmp(part.pixel(x, y), whole.pixel(x, y), 3) != 0;
            else if (!(x >= 14 && x < 50 && row >= 22 && row < 58))
                notClearOutside += !near(part.pixel(x, y), clear);
        }
    // The blit samples the part as it samples the whole target: the seen area is the same (the
    // window's pixels along the blitted part's edge filter in the target's pixel beyond it).
    EXPECT_EQ(changedSeen, 0);
    EXPECT_EQ(notClearOutside, 0);
}

/// Keeps the frames in memory.
class KeptFrames : public app::FrameSink {
public:
    explicit KeptFrames(std::vector<Image>& frames) : m_frames(frames) { }
    void write(const Image& frame) override { m_frames.push_back(frame); }
    void finish() override { }
    std::string describe() const override { return "memory"; }

private:
    std::vector<Image>& m_frames;
};

TEST_F(RenderScaleGlTest, ExportsFromTheWindowRenderAtFullResolutionWhileItsSceneIsScaled)
{
    constexpr int kWindowWidthPx = 192;
    constexpr int kWindowHeightPx = 108;
    app::Viewer viewer(gl::ShaderSources(), kWindowWidthPx, kWindowHeightPx);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Oblique);
    const std::filesystem::path lesson = app::builtInLessonFiles().front();

    // A window frame in motion, at half scale.
    viewer.render(kWindowWidthPx, kWindowHeightPx, {}, 0.5f);
    ASSERT_EQ(viewer.target().width(), kWindowWidthPx / 2);

    // A recording started from the window takes the window's size (export_controls), not the
    // scaled target's, and its frames are that size.
    std::vector<Image> frames;
    app::RecordSettings settings;
    settings.width = viewer.viewWidth();
    settings.height = viewer.viewHeight();
    settings.maxFrames = 1;
    app::LessonRecorder recorder(viewer, std::make_unique<app::LessonScene>(viewer, lesson),
        std::make_unique<KeptFrames>(frames), 10.0, 5.0, settings);
    recorder.renderNext();
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].width, kWindowWidthPx);
    EXPECT_EQ(frames[0].height, kWindowHeightPx);

    // The handout's pictures, after another scaled window frame.
    viewer.render(kWindowWidthPx, kWindowHeightPx, {}, 0.5f);
    app::LessonScene scene(viewer, lesson);
    const TempDir dir;
    app::writeHandout(viewer, scene, dir.path() / "handout", technique::Audience::Student, 160, 90);
    int pictures = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "handout" / "images")) {
        // step-NN.png: the step's picture (its section slice beside it has a size of its own).
        if (entry.path().filename().string().size() != std::string("step-01.png").size())
            continue;
        const Image picture = readPng(entry.path());
        EXPECT_EQ(picture.width, 160) << entry.path();
        EXPECT_EQ(picture.height, 90) << entry.path();
        ++pictures;
    }
    EXPECT_GT(pictures, 0);
}

} // namespace
} // namespace lumbar::test
