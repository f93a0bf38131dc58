// Surfaces answer the light by their tissue: muscle shows a wet highlight brighter than the rig's
// plain one, bone a duller one, and skin lets the key light wrap past the shadow edge; fat shows
// lobules about a centimetre across, parted by shadowed grooves, that move with the tissue. Where the
// tool presses, the tissue round it darkens: a soft contact shadow.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cstdlib>

namespace lumbar::test {
namespace {

using SurfaceLookGlTest = GlTest;

constexpr int kSize = 128;

/// How a sphere of radius 10 cm is shown: seen from +Z at 0.5 m on black, the camera aimed at its
/// centre.
struct SphereShot {
    Surface surface = Surface::Plain;
    const Indentation* press = nullptr; ///< pressed at the front when given
    glm::vec3 centre{0.0f};
    int sizePx = kSize;
    glm::vec4 colour{0.45f, 0.45f, 0.45f, 1.0f};
};

Image renderSphere(Renderer& renderer, const GpuMesh& sphere, const SphereShot& shot)
{
    Camera camera;
    camera.target = shot.centre;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem item;
    item.mesh = &sphere;
    item.model = glm::translate(glm::mat4(1.0f), shot.centre);
    item.color = shot.colour;
    item.surface = shot.surface;
    item.indented = shot.press != nullptr;
    if (shot.press)
        scene.indentation = *shot.press;
    scene.items.push_back(item);
    RenderTarget target(shot.sizePx, shot.sizePx);
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

/// A yellow sphere for the fat's lobules, at `centre`: 256 pixels, so that it spans about 160 and
/// a lobule about 9.
SphereShot yellowSphere(Surface surface, const glm::vec3& centre = glm::vec3(0.0f))
{
    return {.surface = surface, .centre = centre, .sizePx = 256, .colour = {0.80f, 0.62f, 0.25f, 1.0f}};
}

/// Whether the fat's pixel lies in a groove: darker by more than 30 levels than the smooth
/// surface (muscle, the same colour, no lobules) at the same place.
bool inGroove(const Image& fat, const Image& smooth, int x, int y)
{
    return brightness(fat, x, y) < brightness(smooth, x, y) - 30;
}

} // namespace

TEST_F(SurfaceLookGlTest, MuscleShinesWetBoneDullAndSkinLetsLightRoundItsShadowEdge)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 4), {}, true);
    const Image plain = renderSphere(renderer, sphere, {.surface = Surface::Plain});
    const Image muscle = renderSphere(renderer, sphere, {.surface = Surface::Muscle});
    const Image bone = renderSphere(renderer, sphere, {.surface = Surface::Bone});
    const Image skin = renderSphere(renderer, sphere, {.surface = Surface::Skin});
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
    const Image free = renderSphere(renderer, sphere, {.surface = Surface::Muscle});
    const Image pressed = renderSphere(renderer, sphere, {.surface = Surface::Muscle, .press = &press});
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

TEST_F(SurfaceLookGlTest, FatShowsLobulesAboutACentimetreAcrossPartedByGrooves)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 5), {}, true);
    const Image smooth = renderSphere(renderer, sphere, yellowSphere(Surface::Muscle));
    const Image fat = renderSphere(renderer, sphere, yellowSphere(Surface::Fat));
    // The middle of the sphere, where it faces the camera: 12 cm across (120 pixels).
    const int centre = 256 / 2;
    const int half = 60;
    int grooves = 0;
    int pixels = 0;
    for (int y = centre - half / 2; y < centre + half / 2; ++y)
        for (int x = centre - half / 2; x < centre + half / 2; ++x) {
            ++pixels;
            grooves += inGroove(fat, smooth, x, y) ? 1 : 0;
        }
    // Along the middle row, each run of groove pixels is one groove crossed.
    int crossed = 0;
    for (int x = centre - half + 1; x < centre + half; ++x)
        crossed += inGroove(fat, smooth, x, centre) && !inGroove(fat, smooth, x - 1, centre) ? 1 : 0;
    std::printf("groove pixels %d of %d; grooves crossed over 12 cm: %d\n", grooves, pixels, crossed);
    EXPECT_GT(grooves, pixels / 10);
    EXPECT_LT(grooves, pixels / 2);
    // Lobules of about 1.1 cm over 12 cm: about eleven (a cut through a lobule off its middle
    // is shorter, so a few more).
    EXPECT_GE(crossed, 6);
    EXPECT_LE(crossed, 22);
}

TEST_F(SurfaceLookGlTest, TheLobulesMoveWithTheTissue)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 5), {}, true);
    const Image here = renderSphere(renderer, sphere, yellowSphere(Surface::Fat));
    // Moved by half a lobule (and the camera with it): lobules fixed in space would shift.
    const Image moved
        = renderSphere(renderer, sphere, yellowSphere(Surface::Fat, glm::vec3(0.0055f, 0.0f, 0.0f)));
    int differing = 0;
    for (int y = 0; y < 256; ++y)
        for (int x = 0; x < 256; ++x)
            differing += std::abs(brightness(here, x, y) - brightness(moved, x, y)) > 3 ? 1 : 0;
    EXPECT_LT(differing, 256 * 256 / 500);
}

} // namespace lumbar::test
