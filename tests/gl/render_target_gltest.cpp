// Offscreen target: read-back orientation, resizing, multisampling, and the renderer's resolve.
#include "gl/gl_test_context.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

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

/// A sphere's edge drawn at `samples` samples: its rim pixels are partly covered.
void drawSphere(Renderer& renderer, RenderTarget& target)
{
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 3), {}, true);
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem item;
    item.mesh = &sphere;
    item.color = {0.9f, 0.9f, 0.9f, 1.0f};
    scene.items.push_back(item);
    renderer.render(target, camera, scene);
}

TEST_F(RenderTargetGlTest, TheRenderersResolveGivesTheBlitsPictureToTheBit)
{
    Renderer renderer{gl::ShaderSources()};
    RenderTarget target(64, 64, 4);
    ASSERT_EQ(target.samples(), 4);
    drawSphere(renderer, target);
    target.resolve();
    const Image blitted = target.readPixels();
    renderer.resolve(target);
    const Image resolved = target.readPixels();
    EXPECT_EQ(resolved.rgba, blitted.rgba);
}

TEST_F(RenderTargetGlTest, TheRenderersResolveTakesTheMeanOfEverySample)
{
    // Two of each pixel's four samples white, two black: the mean is mid grey.
    Renderer renderer{gl::ShaderSources()};
    RenderTarget target(8, 8, 4);
    ASSERT_EQ(target.samples(), 4);
    target.bindForDrawing();
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    gl::ShaderProgram white("cover.vert",
        "#version 330 core\nvoid main() { vec2 c = vec2(float((gl_VertexID << 1) & 2), "
        "float(gl_VertexID & 2)); gl_Position = vec4(c * 2.0 - 1.0, 0.0, 1.0); }\n",
        "white.frag", "#version 330 core\nout vec4 colour;\nvoid main() { colour = vec4(1.0); }\n");
    const gl::VertexArray vertexArray = gl::createVertexArray();
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glEnable(GL_SAMPLE_MASK);
    glSampleMaski(0, 0x5u); // samples 0 and 2; the sample mask does not apply to clears
    white.use();
    glBindVertexArray(vertexArray.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glDisable(GL_SAMPLE_MASK);
    renderer.resolve(target);
    const Image image = target.readPixels();
    EXPECT_NEAR(image.pixel(3, 4)[0], 128, 1);
    EXPECT_NEAR(image.pixel(7, 0)[2], 128, 1);
    EXPECT_EQ(image.pixel(0, 7)[3], 255);
}

} // namespace
} // namespace lumbar::test
