// Vertex colours (glTF COLOR_0, where the anatomy generator bakes its ambient occlusion)
// multiply the base colour as glTF says: a vertex at half grey draws the surface at half the
// light, and a mesh without colours draws as white ones would. A mesh updated in place draws its
// new vertices.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"

#include <cmath>

namespace lumbar::test {
namespace {

using VertexColourGlTest = GlTest;

/// A square facing the camera, left half's vertices `left`, right half's `right` (no colours
/// when both are empty).
MeshData square(const std::vector<glm::vec3>& colors)
{
    MeshData mesh;
    mesh.name = "square";
    mesh.positions = {{-0.1f, -0.1f, 0.0f}, {0.1f, -0.1f, 0.0f}, {0.1f, 0.1f, 0.0f}, {-0.1f, 0.1f, 0.0f}};
    mesh.normals.assign(4, glm::vec3(0.0f, 0.0f, 1.0f));
    mesh.colors = colors;
    mesh.indices = {0, 1, 2, 0, 2, 3};
    return mesh;
}

/// The whole 64x64 picture of `mesh`: the square lit head-on, base colour (0.6, 0.3, 0.3).
Image squarePicture(Renderer& renderer, const GpuMesh& mesh)
{
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance = 0.5f;
    SceneDraw scene;
    DrawItem item;
    item.mesh = &mesh;
    item.color = {0.6f, 0.3f, 0.3f, 1.0f};
    scene.items.push_back(item);
    RenderTarget target(64, 64);
    renderer.render(target, camera, scene);
    renderer.resolve(target);
    return target.readPixels();
}

/// The centre pixel's red channel, decoded from sRGB to linear.
double centreRed(Renderer& renderer, const GpuMesh& mesh)
{
    const double srgb = squarePicture(renderer, mesh).pixel(32, 32)[0] / 255.0;
    return srgb <= 0.04045 ? srgb / 12.92 : std::pow((srgb + 0.055) / 1.055, 2.4);
}

} // namespace

TEST_F(VertexColourGlTest, AMeshWithoutColoursDrawsExactlyAsWhiteOnes)
{
    // Its program leaves the colour varying out (Renderer::VertexColor): the picture is the same.
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh plain(square({}));
    const GpuMesh white(square(std::vector<glm::vec3>(4, glm::vec3(1.0f))));
    EXPECT_FALSE(plain.hasVertexColors());
    EXPECT_TRUE(white.hasVertexColors());
    EXPECT_EQ(squarePicture(renderer, plain).rgba, squarePicture(renderer, white).rgba);
}

TEST_F(VertexColourGlTest, AMeshGivenColoursByAnUpdateDrawsThem)
{
    Renderer renderer{gl::ShaderSources()};
    GpuMesh mesh(square({}));
    const double whiteRed = centreRed(renderer, mesh);
    mesh.update(square(std::vector<glm::vec3>(4, glm::vec3(0.5f))));
    EXPECT_TRUE(mesh.hasVertexColors());
    EXPECT_NEAR(centreRed(renderer, mesh) / whiteRed, 0.5, 0.05);
    mesh.update(square({}));
    EXPECT_FALSE(mesh.hasVertexColors());
    EXPECT_NEAR(centreRed(renderer, mesh), whiteRed, 0.01);
}

TEST_F(VertexColourGlTest, AVertexColourMultipliesTheBaseColour)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh plain(square({}));
    const GpuMesh white(square(std::vector<glm::vec3>(4, glm::vec3(1.0f))));
    const GpuMesh half(square(std::vector<glm::vec3>(4, glm::vec3(0.5f))));
    const double plainRed = centreRed(renderer, plain);
    ASSERT_GT(plainRed, 0.1);
    EXPECT_NEAR(centreRed(renderer, white), plainRed, 0.01);
    // The shader's lighting is linear in the base colour apart from the specular highlight and
    // the rim, which are not scaled: within 5% of half.
    EXPECT_NEAR(centreRed(renderer, half) / plainRed, 0.5, 0.05);
}

} // namespace lumbar::test

namespace lumbar::test {

// The path bands change every frame of a stroke: update() refills the same buffers, and what is
// drawn is the new mesh, attributes and all, whatever the old one held.
TEST_F(VertexColourGlTest, AnUpdatedMeshDrawsItsNewVertices)
{
    Renderer renderer{gl::ShaderSources()};
    GpuMesh mesh(square(std::vector<glm::vec3>(4, glm::vec3(0.5f))));
    const double halfRed = centreRed(renderer, mesh);
    mesh.update(square(std::vector<glm::vec3>(4, glm::vec3(1.0f))));
    const double whiteRed = centreRed(renderer, mesh);
    EXPECT_NEAR(halfRed / whiteRed, 0.5, 0.05);
    EXPECT_EQ(mesh.indexCount(), 6);

    MeshData empty;
    mesh.update(empty);
    EXPECT_EQ(mesh.indexCount(), 0);
    EXPECT_EQ(mesh.boundsRadius(), 0.0f);
    EXPECT_LT(centreRed(renderer, mesh), 0.05) << "nothing drawn: the background";

    MeshData moved = square({});
    for (glm::vec3& position : moved.positions)
        position.x += 1.0f; // out of the picture
    mesh.update(moved);
    EXPECT_EQ(mesh.boundsCentre(), glm::vec3(1.0f, 0.0f, 0.0f));
    EXPECT_LT(centreRed(renderer, mesh), 0.05);
}

} // namespace lumbar::test
