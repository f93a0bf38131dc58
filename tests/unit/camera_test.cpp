// Orbit camera math: orbit, pan, zoom, framing, presets, projection.
#include "render/camera.hpp"

#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

namespace lumbar {
namespace {

constexpr float kEpsilon = 1e-5f;

void expectNear(const glm::vec3& actual, const glm::vec3& expected, float tolerance = kEpsilon)
{
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
    EXPECT_NEAR(actual.z, expected.z, tolerance);
}

TEST(Camera, PosteriorViewLooksFromBehindThePatient)
{
    Camera camera;
    camera.target = {0.0f, 1.0f, 0.0f};
    camera.distance = 2.0f;
    camera.setView(ViewPreset::Posterior);
    expectNear(camera.eye(), {0.0f, 1.0f, 2.0f}); // +Z is posterior
    expectNear(camera.right(), {1.0f, 0.0f, 0.0f}); // patient's right on screen right
    expectNear(camera.up(), {0.0f, 1.0f, 0.0f});
}

TEST(Camera, PresetsPlaceTheEyeOnTheNamedSide)
{
    Camera camera;
    camera.distance = 1.0f;
    camera.setView(ViewPreset::Right);
    expectNear(camera.eye(), {1.0f, 0.0f, 0.0f});
    camera.setView(ViewPreset::Left);
    expectNear(camera.eye(), {-1.0f, 0.0f, 0.0f});
    camera.setView(ViewPreset::Anterior);
    expectNear(camera.eye(), {0.0f, 0.0f, -1.0f});
    camera.setView(ViewPreset::Superior);
    EXPECT_GT(camera.eye().y, 0.999f);
    camera.setView(ViewPreset::Inferior);
    EXPECT_LT(camera.eye().y, -0.999f);
}

TEST(Camera, ProneTheClientsBackFacesTheCeilingAndTheTableStaysLevel)
{
    Camera camera;
    camera.sceneFrame = SceneFrame::Prone;
    camera.distance = 1.0f;
    // Posterior: from the ceiling (+Z), head at the top of the screen, the patient's right on the
    // right; 1 degree short of straight down.
    camera.setView(ViewPreset::Posterior);
    EXPECT_GT(camera.eye().z, 0.9998f);
    EXPECT_NEAR(camera.eye().y, -std::sin(glm::radians(1.0f)), kEpsilon);
    expectNear(camera.right(), {1.0f, 0.0f, 0.0f});
    EXPECT_GT(camera.up().y, 0.9998f);
    // Left and right: level, the ceiling up on screen.
    camera.setView(ViewPreset::Left);
    expectNear(camera.eye(), {-1.0f, 0.0f, 0.0f});
    expectNear(camera.up(), {0.0f, 0.0f, 1.0f});
    expectNear(camera.right(), {0.0f, -1.0f, 0.0f}); // the feet on screen right
    camera.setView(ViewPreset::Right);
    expectNear(camera.eye(), {1.0f, 0.0f, 0.0f});
    expectNear(camera.up(), {0.0f, 0.0f, 1.0f});
    // From the head end and from the feet, 20 degrees above the table.
    camera.setView(ViewPreset::Superior);
    expectNear(camera.eye(), {0.0f, std::cos(glm::radians(20.0f)), std::sin(glm::radians(20.0f))});
    camera.setView(ViewPreset::Inferior);
    expectNear(camera.eye(), {0.0f, -std::cos(glm::radians(20.0f)), std::sin(glm::radians(20.0f))});
    // From under the table, head still at the top.
    camera.setView(ViewPreset::Anterior);
    EXPECT_LT(camera.eye().z, -0.9998f);
    EXPECT_GT(camera.up().y, 0.9998f);
    // The therapist's look: from the client's left, towards the feet, and above.
    camera.setView(ViewPreset::Oblique);
    EXPECT_LT(camera.eye().x, -0.5f);
    EXPECT_LT(camera.eye().y, 0.0f);
    EXPECT_GT(camera.eye().z, 0.6f);
    // Orbiting turns round the anatomical Z axis: the eye's height above the table is kept.
    const float height = camera.eye().z;
    camera.orbit(glm::radians(70.0f), 0.0f);
    EXPECT_NEAR(camera.eye().z, height, kEpsilon);
    EXPECT_NEAR(glm::length(camera.eye()), 1.0f, kEpsilon);
}

TEST(Camera, OrbitTurnsAroundTheTargetAtConstantDistance)
{
    Camera camera;
    camera.target = {0.1f, 0.2f, 0.3f};
    camera.distance = 1.5f;
    camera.orbit(glm::half_pi<float>(), 0.0f);
    expectNear(camera.eye(), camera.target + glm::vec3(1.5f, 0.0f, 0.0f));
    camera.orbit(0.0f, glm::radians(30.0f));
    EXPECT_NEAR(glm::length(camera.eye() - camera.target), 1.5f, kEpsilon);
    EXPECT_NEAR(camera.eye().y - camera.target.y, 1.5f * std::sin(glm::radians(30.0f)), kEpsilon);
}

TEST(Camera, OrbitClampsPitchShortOfThePoles)
{
    Camera camera;
    camera.orbit(0.0f, 10.0f);
    EXPECT_FLOAT_EQ(camera.pitchRadians, Camera::kMaxPitchRadians);
    camera.orbit(0.0f, -20.0f);
    EXPECT_FLOAT_EQ(camera.pitchRadians, -Camera::kMaxPitchRadians);
}

TEST(Camera, PanMovesTheTargetWithTheCursor)
{
    Camera camera;
    camera.distance = 2.0f;
    camera.fovYRadians = glm::radians(90.0f);
    // With a 90 degree field of view the view is 2 * distance = 4 m tall: 100 px = 1 m in a
    // 400 px viewport. Dragging right moves the scene right, so the target moves left.
    camera.pan(100.0f, 0.0f, 400.0f);
    expectNear(camera.target, {-1.0f, 0.0f, 0.0f});
    camera.pan(0.0f, 100.0f, 400.0f); // drag down: target moves up
    expectNear(camera.target, {-1.0f, 1.0f, 0.0f});
    EXPECT_FLOAT_EQ(camera.distance, 2.0f);
}

TEST(Camera, ZoomScalesDistanceByAFixedFactorPerStep)
{
    Camera camera;
    camera.sceneRadius = 1.0f;
    camera.distance = 4.0f;
    camera.zoom(1.0f);
    EXPECT_NEAR(camera.distance, 4.0f * Camera::kZoomStepFactor, kEpsilon);
    camera.zoom(-2.0f);
    EXPECT_NEAR(camera.distance, 4.0f / Camera::kZoomStepFactor, kEpsilon);
    camera.zoom(1000.0f);
    EXPECT_NEAR(camera.distance, 0.05f, kEpsilon); // never inside the model's centre
    camera.zoom(-1000.0f);
    EXPECT_NEAR(camera.distance, 50.0f, kEpsilon);
}

/// Expects every corner of `box`, seen by `camera` in a 1280 x 720 view, within the pixels
/// `areaMin`..`areaMax`; returns how near the nearest corner comes to the area's edge, as a share
/// of the area's width or height.
float cornersInside(
    const Camera& camera, const Bounds& box, const glm::vec2& areaMin, const glm::vec2& areaMax)
{
    float nearestEdge = 1e9f;
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec2 pixel = camera.project(box.corner(corner), 1280.0f, 720.0f);
        EXPECT_GE(pixel.x, areaMin.x);
        EXPECT_LE(pixel.x, areaMax.x);
        EXPECT_GE(pixel.y, areaMin.y);
        EXPECT_LE(pixel.y, areaMax.y);
        const glm::vec2 share = (pixel - areaMin) / (areaMax - areaMin);
        nearestEdge = std::min({nearestEdge, share.x, 1.0f - share.x, share.y, 1.0f - share.y});
    }
    return nearestEdge;
}

TEST(Camera, FrameFitsTheBoundingSphereInTheNarrowerFieldOfViewAtMost)
{
    // A cube seen along a face's normal: the corners need less room than its bounding sphere, and
    // the sphere's distance is never exceeded.
    Bounds box;
    box.add({-1.0f, -2.0f, -2.0f});
    box.add({3.0f, 2.0f, 2.0f});
    Camera camera;
    camera.fovYRadians = glm::radians(60.0f);
    camera.frame(box, 2.0f); // wide viewport: the vertical field of view limits
    expectNear(camera.target, {1.0f, 0.0f, 0.0f});
    const float radius = std::sqrt(4.0f * 4.0f + 4.0f * 4.0f + 4.0f * 4.0f) / 2.0f;
    EXPECT_NEAR(camera.sceneRadius, radius, kEpsilon);
    // From +Z (yaw 0, pitch 0): the near face's corners 2 in front of the target, 2 up or down.
    const float tan30 = std::tan(glm::radians(30.0f));
    EXPECT_NEAR(camera.distance, 2.0f + Camera::kFrameMargin * 2.0f / tan30, 1e-4f);
    EXPECT_LT(camera.distance, radius * Camera::kFrameMargin / std::sin(glm::radians(30.0f)));

    camera.frame(box, 0.5f); // tall viewport: the horizontal field of view limits
    const float tanHalfFovX = tan30 * 0.5f;
    EXPECT_NEAR(camera.distance, 2.0f + Camera::kFrameMargin * 2.0f / tanHalfFovX, 1e-3f);
}

TEST(Camera, TheBoxsCornersAreNumberedByTheirAxesBits)
{
    Bounds box;
    box.add({-1.0f, -2.0f, -3.0f});
    box.add({1.0f, 2.0f, 3.0f});
    expectNear(box.corner(0), box.min);
    expectNear(box.corner(7), box.max);
    expectNear(box.corner(5), {1.0f, -2.0f, 3.0f});
    expectNear(box.corner(2), {-1.0f, 2.0f, -3.0f});
}

TEST(Camera, AFlatBodySeenObliquelyFillsTheViewTightly)
{
    // A body-like box (long, wide, flat) in the oblique view: every corner inside the viewport and
    // at least one within 12% of its edge (the margin), where the bounding sphere left a third of
    // the view empty around it.
    Bounds box;
    box.add({-0.2f, -0.25f, -0.1f});
    box.add({0.2f, 0.3f, 0.05f});
    Camera camera;
    camera.setView(ViewPreset::Oblique);
    camera.frame(box, 1280.0f / 720.0f);
    EXPECT_LT(cornersInside(camera, box, {0.0f, 0.0f}, {1280.0f, 720.0f}), 0.12f);
}

TEST(Camera, FramedBoxProjectsInsideTheViewport)
{
    Bounds box;
    box.add({-0.2f, -0.3f, -0.1f});
    box.add({0.2f, 0.3f, 0.1f});
    Camera camera;
    camera.setView(ViewPreset::Oblique);
    camera.frame(box, 1280.0f / 720.0f);
    cornersInside(camera, box, {0.0f, 0.0f}, {1280.0f, 720.0f});
    const glm::vec2 centre = camera.project(box.center(), 1280.0f, 720.0f);
    EXPECT_NEAR(centre.x, 640.0f, 1e-2f);
    EXPECT_NEAR(centre.y, 360.0f, 1e-2f);
}

TEST(Camera, FramingIntoTheAreaThePanelsLeaveFree)
{
    Bounds box;
    box.add({-0.2f, -0.3f, -0.1f});
    box.add({0.2f, 0.3f, 0.1f});
    Camera camera;
    camera.setView(ViewPreset::Oblique);
    // The middle of a 1280 x 720 window between 330 px and 920 px, above 505 px.
    camera.framingMin = {330.0f / 1280.0f, 0.0f};
    camera.framingMax = {920.0f / 1280.0f, 505.0f / 720.0f};
    camera.frame(box, 1280.0f / 720.0f);
    const glm::vec2 centre = camera.project(box.center(), 1280.0f, 720.0f);
    EXPECT_NEAR(centre.x, 625.0f, 1e-2f);
    EXPECT_NEAR(centre.y, 252.5f, 1e-2f);
    cornersInside(camera, box, {330.0f, 0.0f}, {920.0f, 505.0f});
    // A click at the area's centre looks at the target.
    const Ray ray = camera.rayThroughPixel({625.0f, 252.5f}, 1280.0f, 720.0f);
    expectNear(ray.direction, glm::normalize(camera.target - camera.eye()), 1e-4f);
}

TEST(Camera, ClipPlanesEncloseTheScene)
{
    Camera camera;
    camera.sceneRadius = 0.5f;
    camera.distance = 3.0f;
    EXPECT_LT(camera.nearPlane(), 2.5f);
    EXPECT_GT(camera.farPlane(), 3.5f);
    EXPECT_GT(camera.nearPlane(), 0.0f);
}

} // namespace
} // namespace lumbar
