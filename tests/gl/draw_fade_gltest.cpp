// A fade (DrawItem::fade): an item drawn only within a cylinder, its opacity falling along it,
// beside an opaque copy that the same cylinder cuts: the part fades out while the rest stays solid.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

#include <vector>

namespace lumbar::test {
namespace {

using DrawFadeGlTest = GlTest;

constexpr int kRodImagePx = 64;

/// A red rod along x from -14 to 14 cm seen from +Z at 0.5 m on black, with the part from x = 0
/// on cut from the solid rod and drawn by a copy fading out by x = 12 cm (no copy: cut alone).
/// Returns the red channel along the middle row.
std::vector<int> redAlongTheRod(Renderer& renderer, const GpuMesh& rod, bool fadingCopy)
{
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem solid;
    solid.mesh = &rod;
    solid.color = {0.8f, 0.1f, 0.1f, 1.0f};
    solid.cuts[0] = {glm::vec3(0.0f), glm::vec3(0.2f, 0.0f, 0.0f), 0.05f};
    scene.items.push_back(solid);
    if (fadingCopy) {
        DrawItem faded = solid;
        faded.cuts = {};
        faded.fade = {glm::vec3(0.0f), glm::vec3(0.12f, 0.0f, 0.0f), 0.05f};
        faded.innerFaces = false;
        scene.items.push_back(faded);
    }
    RenderTarget target(kRodImagePx, kRodImagePx);
    renderer.render(target, camera, scene);
    target.resolve();
    const Image image = target.readPixels();
    std::vector<int> red;
    for (int x = 0; x < kRodImagePx; ++x)
        red.push_back(image.pixel(x, kRodImagePx / 2)[0]);
    return red;
}

/// The pixel column where the rod's point at `xM` lies (35 degrees of view over 64 pixels).
int rodColumnOf(float xM)
{
    const float halfHeightM = 0.5f * std::tan(glm::radians(35.0f) * 0.5f);
    return int(std::lround(kRodImagePx * 0.5f + xM / halfHeightM * kRodImagePx * 0.5f));
}

} // namespace

TEST_F(DrawFadeGlTest, TheFadedPartFallsFromSolidToNothingAlongItsCylinder)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh rod(
        makeCapsule(glm::vec3(-0.14f, 0.0f, 0.0f), glm::vec3(0.14f, 0.0f, 0.0f), 0.02f, 0.02f), {}, true);
    const std::vector<int> red = redAlongTheRod(renderer, rod, true);
    const int solid = red[rodColumnOf(-0.07f)];
    ASSERT_GT(solid, 120); // the uncut part, lit red
    // Just past the fade's start nearly as solid; then fainter at every step; gone past its end.
    EXPECT_GT(red[rodColumnOf(0.015f)], solid * 0.85);
    EXPECT_GT(red[rodColumnOf(0.015f)], red[rodColumnOf(0.05f)] + 10);
    EXPECT_GT(red[rodColumnOf(0.05f)], red[rodColumnOf(0.09f)] + 10);
    EXPECT_GT(red[rodColumnOf(0.09f)], 5);
    EXPECT_LT(red[rodColumnOf(0.13f)], 3);
    // Without the fading copy the cut part is simply gone: the copy is what draws it.
    const std::vector<int> cutOnly = redAlongTheRod(renderer, rod, false);
    EXPECT_EQ(cutOnly[rodColumnOf(-0.07f)], solid);
    EXPECT_LT(cutOnly[rodColumnOf(0.05f)], 3);
}

} // namespace lumbar::test
