// Surfaces answer the light by their tissue: muscle shows a wet highlight brighter than the rig's
// plain one, bone a duller one, and skin lets the key light wrap past the shadow edge. Where the
// tool presses, the tissue round it darkens: a soft contact shadow.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

#include <algorithm>

namespace lumbar::test {
namespace {

using SurfaceLookGlTest = GlTest;

constexpr int kSize = 128;

/// A grey sphere of radius 10 cm at the origin seen from +Z at 0.5 m on black, pressed at the
/// front by `press` when it has one.
Image renderSphere(
    Renderer& renderer, const GpuMesh& sphere, Surface surface, const Indentation* press = nullptr)
{
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem item;
    item.mesh = &sphere;
    item.color = {0.45f, 0.45f, 0.45f, 1.0f};
    item.surface = surface;
    item.indented = press != nullptr;
    if (press)
        scene.indentation = *press;
    scene.items.push_back(item);
    RenderTarget target(kSize, kSize);
    renderer.render(target, camera, scene);
    target.resolve();
    return target.readPixels();
}

int brightness(const Image& image, int x, int y)
{
    const std::uint8_t* p = image.pixel(x, y);
    return (int(p[0]) + int(p[1]) + int(p[2])) / 3;
}

/// Where the brightest pixel is: the key light's highlight on the sphere's upper left.
glm::ivec2 brightest(const Image& image)
{
    glm::ivec2 best(0);
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            if (brightness(image, x, y) > brightness(image, best.x, best.y))
                best = {x, y};
    return best;
}

/// A point on the lower right, past the key light's shadow edge (the key comes from the upper
/// left, towards the viewer), where only the ambient, the fill and wrapped light reach.
int shadowSide(const Image& image)
{
    int radius = 0;
    while (radius < kSize / 2 && brightness(image, kSize / 2 + radius, kSize / 2) > 2)
        ++radius;
    const int offset = int(0.55f * float(radius));
    return brightness(image, kSize / 2 + offset, kSize / 2 + offset);
}

} // namespace

TEST_F(SurfaceLookGlTest, MuscleShinesWetBoneDullAndSkinLetsLightRoundItsShadowEdge)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 4), {}, true);
    const Image plain = renderSphere(renderer, sphere, Surface::Plain);
    const Image muscle = renderSphere(renderer, sphere, Surface::Muscle);
    const Image bone = renderSphere(renderer, sphere, Surface::Bone);
    const Image skin = renderSphere(renderer, sphere, Surface::Skin);
    // At the highlight (where the wet surface's is brightest), before the diffuse maximum beside it.
    const glm::ivec2 at = brightest(muscle);
    const auto highlight = [&](const Image& image) { return brightness(image, at.x, at.y); };
    std::printf("highlight plain %d muscle %d bone %d; shadow side plain %d skin %d\n", highlight(plain),
        highlight(muscle), highlight(bone), shadowSide(plain), shadowSide(skin));
    EXPECT_GE(highlight(muscle), highlight(plain) + 10);
    EXPECT_LE(highlight(bone), highlight(plain) - 10);
    EXPECT_GE(shadowSide(skin), shadowSide(plain) + 10);
    // Bone has no wrap: its shadow side is the plain one.
    EXPECT_NEAR(shadowSide(bone), shadowSide(plain), 2);
}

TEST_F(SurfaceLookGlTest, TheTissueRoundAPressingToolDarkensAndFarAwayDoesNot)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 4), {}, true);
    // A 2 cm contact at the front, pressing a hundredth of a millimetre: the shape stays, only
    // the shadow shows.
    Indentation press;
    press.centre = {0.0f, 0.0f, 0.1f};
    press.direction = {0.0f, 0.0f, -1.0f};
    press.depthM = 1e-5f;
    press.radiusM = 0.02f;
    const Image free = renderSphere(renderer, sphere, Surface::Muscle);
    const Image pressed = renderSphere(renderer, sphere, Surface::Muscle, &press);
    const int centre = kSize / 2;
    // The sphere's 10 cm radius spans about a quarter of the image: 8 cm out is 0.8 of it.
    int radius = 0;
    while (radius < centre && brightness(free, centre + radius, centre) > 2)
        ++radius;
    const int far = int(0.8f * float(radius));
    std::printf("contact: free %d pressed %d; 8 cm away: free %d pressed %d\n",
        brightness(free, centre, centre), brightness(pressed, centre, centre),
        brightness(free, centre - far, centre), brightness(pressed, centre - far, centre));
    EXPECT_LE(brightness(pressed, centre, centre), brightness(free, centre, centre) - 15);
    EXPECT_NEAR(brightness(pressed, centre - far, centre), brightness(free, centre - far, centre), 2);
}

} // namespace lumbar::test
