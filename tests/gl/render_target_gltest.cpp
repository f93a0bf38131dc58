// Offscreen target: read-back orientation, resizing, multisampling.
#include "gl/gl_test_context.hpp"
#include "render/render_target.hpp"

namespace lumbar::test {
namespace {

using RenderTargetGlTest = GlTest;

TEST_F(RenderTargetGlTest, ReadPixelsReturnsTheTopRowFirst)
{
    RenderTarget target(40, 30);
    target.bindForDrawing();
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0.0f, 0.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    // GL's y axis points up: the upper half of the framebuffer is y in [15, 30).
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 15, 40, 15);
    glClearColor(1.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    target.resolve();

    const Image image = target.readPixels();
    ASSERT_EQ(image.width, 40);
    ASSERT_EQ(image.height, 30);
    EXPECT_EQ(image.pixel(5, 2)[0], 255);
    EXPECT_EQ(image.pixel(5, 2)[2], 0);
    EXPECT_EQ(image.pixel(5, 27)[0], 0);
    EXPECT_EQ(image.pixel(5, 27)[2], 255);
    EXPECT_EQ(image.pixel(5, 27)[3], 255);
}

TEST_F(RenderTargetGlTest, ResizeReallocates)
{
    RenderTarget target(16, 16);
    target.resize(100, 50);
    EXPECT_EQ(target.width(), 100);
    EXPECT_EQ(target.height(), 50);
    target.resolve();
    const Image image = target.readPixels();
    EXPECT_EQ(image.width, 100);
    EXPECT_EQ(image.height, 50);
}

TEST_F(RenderTargetGlTest, MultisamplingIsUsedWhenAvailable)
{
    RenderTarget target(16, 16, 4);
    EXPECT_EQ(target.samples(), 4); // llvmpipe supports 4x
}

} // namespace
} // namespace lumbar::test
