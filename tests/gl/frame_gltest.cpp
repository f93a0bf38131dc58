// Whole frames of the real app pieces (viewer + ImGui panel) on a real driver: no GL errors,
// and the picture holds what the scene says.
#include "gl/gl_test_context.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/view_panel.hpp"
#include "support/scene_files.hpp"
#include "viewer.hpp"

namespace lumbar::test {
namespace {

using FrameGlTest = GlTest;

Model spheresScene(float shellOpacity)
{
    Model model;
    model.sourcePath = "spheres";
    MeshData core = makeIcosphere("core", glm::vec3(0.0f), 0.1f, 3);
    core.baseColor = {0.8f, 0.05f, 0.05f, 1.0f};
    model.meshes.push_back(core);
    MeshData shell = makeIcosphere("shell", glm::vec3(0.0f), 0.2f, 3);
    shell.baseColor = {0.9f, 0.9f, 0.9f, shellOpacity};
    model.meshes.push_back(shell);
    return model;
}

int channelDistance(const std::uint8_t* pixel, int r, int g, int b)
{
    return std::max({std::abs(pixel[0] - r), std::abs(pixel[1] - g), std::abs(pixel[2] - b)});
}

TEST_F(FrameGlTest, FullFramesWithThePanelRaiseNoGlError)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setModel(spheresScene(0.4f));
    viewer.resetView(ViewPreset::Oblique);
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::ViewPanelState panel;
    for (int frame = 0; frame < 3; ++frame) {
        viewer.render(320, 240);
        viewer.target().blitTo(0, 64, 64);
        gui.beginFrame();
        app::drawViewPanel(panel, viewer);
        gui.endFrame();
        window().swap();
    }
    // TearDown asserts that the driver reported no error over these frames.
}

TEST_F(FrameGlTest, TheModelFillsTheCentreAndTheBackgroundTheCorners)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setModel(spheresScene(0.0f)); // shell fully transparent: skipped
    viewer.resetView(ViewPreset::Posterior);
    viewer.render(200, 200);
    const Image image = viewer.target().readPixels();

    // Background: BackgroundStyle's sRGB gradient, top (0.20, 0.23, 0.28) to bottom (0.07, 0.08, 0.10).
    EXPECT_LE(channelDistance(image.pixel(0, 0), 51, 59, 71), 2);
    EXPECT_LE(channelDistance(image.pixel(199, 199), 18, 20, 26), 2);
    // The red core sits in the middle of the framed view.
    const std::uint8_t* centre = image.pixel(100, 100);
    EXPECT_GT(centre[0], 150);
    EXPECT_LT(centre[1], 80);
    EXPECT_LT(centre[2], 80);
}

TEST_F(FrameGlTest, ATranslucentShellLetsTheCoreShowThrough)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setModel(spheresScene(0.4f));
    viewer.resetView(ViewPreset::Posterior);
    viewer.render(200, 200);
    const Image image = viewer.target().readPixels();
    const std::uint8_t* centre = image.pixel(100, 100);
    // Red still dominates, but the white shell lifts green and blue above the bare core's.
    EXPECT_GT(centre[0], centre[1] + 40);
    EXPECT_GT(centre[1], 80);
    // Outside the core but inside the shell: the pale shell over the background.
    const std::uint8_t* shellOnly = image.pixel(100, 100 - 40);
    EXPECT_GT(shellOnly[1], 60);
    EXPECT_LT(std::abs(shellOnly[0] - shellOnly[1]), 30);
}

} // namespace
} // namespace lumbar::test
