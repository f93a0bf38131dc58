// Fat (Surface::Fat) is drawn in lobules about a centimetre across, parted by shadowed grooves,
// and the lobules belong to the tissue: moved together with the camera, the picture is the same.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

#include <glm/gtc/matrix_transform.hpp>

#include <cstdlib>

namespace lumbar::test {
namespace {

using FatLobulesGlTest = GlTest;

constexpr int kLobuleImagePx = 256;

/// A yellow sphere of radius 10 cm at `centre`, seen from +Z at 0.5 m on black with the camera
/// aimed at the centre: it spans about 160 pixels, a lobule about 9.
Image renderYellowSphere(Renderer& renderer, const GpuMesh& sphere, Surface surface, const glm::vec3& centre)
{
    Camera camera;
    camera.target = centre;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem item;
    item.mesh = &sphere;
    item.model = glm::translate(glm::mat4(1.0f), centre);
    item.color = {0.80f, 0.62f, 0.25f, 1.0f};
    item.surface = surface;
    scene.items.push_back(item);
    RenderTarget target(kLobuleImagePx, kLobuleImagePx);
    renderer.render(target, camera, scene);
    target.resolve();
    return target.readPixels();
}

int lightness(const Image& image, int x, int y)
{
    const std::uint8_t* p = image.pixel(x, y);
    return (int(p[0]) + int(p[1]) + int(p[2])) / 3;
}

/// Whether the fat's pixel lies in a groove: darker by more than 30 levels than the smooth
/// surface (muscle, the same colour, no lobules) at the same place.
bool inGroove(const Image& fat, const Image& smooth, int x, int y)
{
    return lightness(fat, x, y) < lightness(smooth, x, y) - 40;
}

} // namespace

TEST_F(FatLobulesGlTest, FatShowsLobulesAboutACentimetreAcrossPartedByGrooves)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 5), {}, true);
    const Image smooth = renderYellowSphere(renderer, sphere, Surface::Muscle, glm::vec3(0.0f));
    const Image fat = renderYellowSphere(renderer, sphere, Surface::Fat, glm::vec3(0.0f));
    // The middle of the sphere, where it faces the camera: 12 cm across (120 pixels).
    const int centre = kLobuleImagePx / 2;
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

TEST_F(FatLobulesGlTest, TheLobulesMoveWithTheTissue)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh sphere(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 5), {}, true);
    const Image here = renderYellowSphere(renderer, sphere, Surface::Fat, glm::vec3(0.0f));
    // Moved by half a lobule (and the camera with it): lobules fixed in space would shift.
    const Image moved = renderYellowSphere(renderer, sphere, Surface::Fat, glm::vec3(0.0055f, 0.0f, 0.0f));
    int differing = 0;
    for (int y = 0; y < kLobuleImagePx; ++y)
        for (int x = 0; x < kLobuleImagePx; ++x)
            differing += std::abs(lightness(here, x, y) - lightness(moved, x, y)) > 3 ? 1 : 0;
    EXPECT_LT(differing, kLobuleImagePx * kLobuleImagePx / 500);
}

} // namespace lumbar::test
