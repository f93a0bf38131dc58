// CPU picking: triangle intersection, nearest hit, filters, and camera rays through pixels.
#include "render/camera.hpp"
#include "scene/ray_pick.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(RayPick, TriangleHitDistanceIsExact)
{
    const Ray ray{{0.25f, 0.25f, 5.0f}, {0.0f, 0.0f, -1.0f}};
    const auto t = intersectTriangle(ray, {0, 0, 1}, {1, 0, 1}, {0, 1, 1});
    ASSERT_TRUE(t);
    EXPECT_FLOAT_EQ(*t, 4.0f);
    // Outside the triangle, and behind the origin, there is no hit.
    EXPECT_FALSE(intersectTriangle({{0.9f, 0.9f, 5.0f}, {0, 0, -1}}, {0, 0, 1}, {1, 0, 1}, {0, 1, 1}));
    EXPECT_FALSE(intersectTriangle({{0.2f, 0.2f, 0.0f}, {0, 0, -1}}, {0, 0, 1}, {1, 0, 1}, {0, 1, 1}));
}

TEST(RayPick, NearestMeshWinsAndFiltersAreHonoured)
{
    Model model;
    model.meshes.push_back(test::makeBox("deep", {0.0f, 0.0f, 0.0f}, glm::vec3(0.1f)));
    model.meshes.push_back(test::makeBox("superficial", {0.0f, 0.0f, 0.3f}, glm::vec3(0.05f)));
    const MeshPicker picker(model);
    const Ray fromBehind{{0.0f, 0.0f, 2.0f}, {0.0f, 0.0f, -1.0f}};

    const auto hit = picker.pick(fromBehind);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->meshIndex, 1u);
    EXPECT_NEAR(hit->distance, 2.0f - 0.35f, 1e-5f);
    EXPECT_NEAR(hit->normal.z, 1.0f, 1e-5f);

    const auto deepOnly = picker.pick(fromBehind, [](std::size_t mesh) { return mesh == 0; });
    ASSERT_TRUE(deepOnly);
    EXPECT_EQ(deepOnly->meshIndex, 0u);
    EXPECT_NEAR(deepOnly->point.z, 0.1f, 1e-5f);

    EXPECT_FALSE(picker.pick({{1.0f, 1.0f, 2.0f}, {0.0f, 0.0f, -1.0f}}));
}

TEST(RayPick, CameraRayThroughTheCentreHitsTheTarget)
{
    Camera camera;
    camera.target = {0.1f, 0.2f, 0.0f};
    camera.distance = 2.0f;
    camera.setView(ViewPreset::Oblique);
    const Ray ray = camera.rayThroughPixel({400.0f, 300.0f}, 800.0f, 600.0f);
    const glm::vec3 toTarget = glm::normalize(camera.target - ray.origin);
    EXPECT_NEAR(glm::dot(ray.direction, toTarget), 1.0f, 1e-5f);

    // A pixel's ray passes through the point that projects to that pixel.
    const glm::vec3 point{0.15f, 0.1f, 0.05f};
    const glm::vec2 pixel = camera.project(point, 800.0f, 600.0f);
    const Ray through = camera.rayThroughPixel(pixel, 800.0f, 600.0f);
    const glm::vec3 offset = point - through.origin;
    const float along = glm::dot(offset, through.direction);
    EXPECT_NEAR(glm::length(offset - along * through.direction), 0.0f, 1e-4f);
}

} // namespace
} // namespace lumbar
