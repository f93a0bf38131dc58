// Cutting planes: the section plane removes what lies behind it from the items it applies to, and
// where it or the near clip plane cuts a closed mesh open, the opening shows a filled
// cross-section in the item's cap colour, never the inside of the mesh or what lies behind it.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"
#include "shapes/primitives.hpp"

namespace lumbar::test {
namespace {

using SectionCapGlTest = GlTest;

constexpr glm::vec4 kRed{0.6f, 0.1f, 0.1f, 1.0f};
constexpr glm::vec3 kGreen{0.05f, 0.5f, 0.05f};

enum class Seen { Background, Surface, Cap };

/// Renders a sphere of radius 10 cm at the origin, seen from +Z at 0.5 m, and says what the
/// centre pixel shows: the background, the sphere's red surface, or its green cross-section.
Camera standardCamera()
{
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    return camera;
}

Seen centre(Renderer& renderer, const GpuMesh& sphere, const glm::vec4& section, bool sectioned = true,
    const Camera& camera = standardCamera())
{
    SceneDraw scene;
    scene.section = section;
    scene.background = {glm::vec3(0.0f), glm::vec3(0.0f)};
    DrawItem item;
    item.mesh = &sphere;
    item.color = kRed;
    item.capColor = kGreen;
    item.sectioned = sectioned;
    scene.items.push_back(item);
    RenderTarget target(64, 64);
    renderer.render(target, camera, scene);
    target.resolve();
    const Image image = target.readPixels();
    const std::uint8_t* pixel = image.pixel(32, 32);
    if (pixel[0] < 10 && pixel[1] < 10 && pixel[2] < 10)
        return Seen::Background;
    return pixel[1] > pixel[0] ? Seen::Cap : Seen::Surface;
}

GpuMesh sphere(bool closed)
{
    return GpuMesh(makeEllipsoid(glm::vec3(0.0f), glm::vec3(0.1f), glm::mat3(1.0f), 3), {}, closed);
}

} // namespace

TEST_F(SectionCapGlTest, TheSectionPlaneRemovesOneSideAndCapsTheCut)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh closed = sphere(true);
    EXPECT_EQ(centre(renderer, closed, glm::vec4(0.0f)), Seen::Surface);
    // Keep z <= 0: the half facing the camera goes, the cut through the middle shows.
    EXPECT_EQ(centre(renderer, closed, {0.0f, 0.0f, -1.0f, 0.0f}), Seen::Cap);
    // Keep z >= 0.05: the near cap of the sphere stays in front of the cut.
    EXPECT_EQ(centre(renderer, closed, {0.0f, 0.0f, 1.0f, -0.05f}), Seen::Surface);
    // Keep z >= 0.2: nothing of the sphere is left.
    EXPECT_EQ(centre(renderer, closed, {0.0f, 0.0f, 1.0f, -0.2f}), Seen::Background);
    // An item the section does not apply to (the therapist's hands) stays whole.
    EXPECT_EQ(centre(renderer, closed, {0.0f, 0.0f, -1.0f, 0.0f}, false), Seen::Surface);
}

TEST_F(SectionCapGlTest, TheNearClipPlaneCapsWhatItCuts)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh closed = sphere(true);
    // The clip planes lie 2 scene radii either side of the target: with the target 5 cm behind
    // the sphere's centre and a radius of 4 cm, the near plane passes 3 cm in front of the centre
    // (inside the sphere) and the far plane behind it.
    Camera camera = standardCamera();
    camera.target = {0.0f, 0.0f, -0.05f};
    camera.sceneRadius = 0.04f;
    ASSERT_NEAR(camera.eye().z - camera.nearPlane(), 0.03f, 1e-6f);
    EXPECT_EQ(centre(renderer, closed, glm::vec4(0.0f), true, camera), Seen::Cap);
    // Without the near plane in it, the sphere's surface.
    EXPECT_EQ(centre(renderer, closed, glm::vec4(0.0f), true, standardCamera()), Seen::Surface);
}

TEST_F(SectionCapGlTest, AnOpenMeshShowsItsInsideUncapped)
{
    // Outside files may be open or wound either way: their back faces are drawn as surface.
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh open = sphere(false);
    EXPECT_EQ(centre(renderer, open, {0.0f, 0.0f, -1.0f, 0.0f}), Seen::Surface);
}

} // namespace lumbar::test
