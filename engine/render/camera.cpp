// Orbit camera math.
#include "render/camera.hpp"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>

namespace lumbar {
namespace {

/// The orbit is computed in a room with +Y up and yaw 0 on +Z; this turns the room into the
/// scene's frame. Prone: room up is the anatomy's +Z (posterior faces the ceiling), room +Z (where
/// yaw 0 looks from) is the anatomy's -Y (the feet), room +X stays the patient's right.
glm::vec3 toScene(SceneFrame frame, const glm::vec3& room)
{
    if (frame == SceneFrame::Prone)
        return {room.x, -room.z, room.y};
    return room;
}

} // namespace

glm::vec3 Camera::forwardToEye() const
{
    return toScene(sceneFrame,
        {std::sin(yawRadians) * std::cos(pitchRadians), std::sin(pitchRadians),
            std::cos(yawRadians) * std::cos(pitchRadians)});
}

glm::vec3 Camera::right() const
{
    return toScene(sceneFrame, {std::cos(yawRadians), 0.0f, -std::sin(yawRadians)});
}

glm::vec3 Camera::up() const
{
    return glm::cross(forwardToEye(), right());
}

glm::mat4 Camera::viewMatrix() const
{
    return glm::lookAt(eye(), target, up());
}

float Camera::nearPlane() const
{
    return std::max(distance - 2.0f * sceneRadius, distance * 0.01f);
}

float Camera::farPlane() const
{
    return distance + 2.0f * sceneRadius;
}

glm::mat4 Camera::projectionMatrix(float aspect) const
{
    // Shifted in clip space so the view's axis (the target) lands at the framing area's centre.
    const glm::vec2 centre = 0.5f * (framingMin + framingMax);
    glm::mat4 shift(1.0f);
    shift[3][0] = 2.0f * centre.x - 1.0f;
    shift[3][1] = 1.0f - 2.0f * centre.y;
    return shift * glm::perspective(fovYRadians, aspect, nearPlane(), farPlane());
}

void Camera::orbit(float deltaYawRadians, float deltaPitchRadians)
{
    yawRadians = std::remainder(yawRadians + deltaYawRadians, glm::two_pi<float>());
    pitchRadians = std::clamp(pitchRadians + deltaPitchRadians, -kMaxPitchRadians, kMaxPitchRadians);
}

void Camera::pan(float dxPx, float dyPx, float viewportHeightPx)
{
    if (viewportHeightPx <= 0.0f)
        return;
    const float metresPerPixel = 2.0f * distance * std::tan(fovYRadians * 0.5f) / viewportHeightPx;
    target += (-dxPx * right() + dyPx * up()) * metresPerPixel;
}

void Camera::zoom(float steps)
{
    const float minDistance = sceneRadius * 0.05f;
    const float maxDistance = sceneRadius * 50.0f;
    distance = std::clamp(distance * std::pow(kZoomStepFactor, steps), minDistance, maxDistance);
}

void Camera::frame(const Bounds& box, float aspect)
{
    if (box.empty())
        return;
    target = box.center();
    sceneRadius = std::max(box.radius(), 1e-6f);
    // The half angles of the framing area, which is centred on the view's axis.
    const glm::vec2 fraction = glm::max(framingMax - framingMin, glm::vec2(0.05f));
    const float tanHalfY = std::tan(fovYRadians * 0.5f);
    const float halfFovY = std::atan(tanHalfY * fraction.y);
    const float halfFovX = std::atan(tanHalfY * aspect * fraction.x);
    // Stand back until every corner of the box lies inside the framing area, seen from this
    // direction (with the margin on its width and height). The bounding sphere alone fits any
    // direction and left the long, flat body small in the oblique view; it still bounds the
    // distance, for a box seen end-on.
    const glm::vec3 back = forwardToEye(), across = right(), upward = up();
    const float tanX = std::tan(halfFovX), tanY = std::tan(halfFovY);
    float needed = 0.0f;
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 d = box.corner(corner) - target;
        const float towardsEye = glm::dot(d, back);
        needed = std::max(needed,
            towardsEye
                + kFrameMargin
                    * std::max(std::abs(glm::dot(d, across)) / tanX, std::abs(glm::dot(d, upward)) / tanY));
    }
    distance = std::min(sceneRadius * kFrameMargin / std::sin(std::min(halfFovY, halfFovX)), needed);
}

void Camera::setView(ViewPreset preset)
{
    const ViewAngles angles = viewAngles(preset, sceneFrame);
    yawRadians = glm::radians(angles.yawDegrees);
    pitchRadians = std::clamp(glm::radians(angles.pitchDegrees), -kMaxPitchRadians, kMaxPitchRadians);
}

glm::vec2 Camera::project(const glm::vec3& world, float widthPx, float heightPx) const
{
    const glm::vec4 clip = projectionMatrix(widthPx / heightPx) * viewMatrix() * glm::vec4(world, 1.0f);
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {(ndc.x * 0.5f + 0.5f) * widthPx, (0.5f - ndc.y * 0.5f) * heightPx};
}

Ray Camera::rayThroughPixel(const glm::vec2& pixel, float widthPx, float heightPx) const
{
    const glm::vec2 ndc(pixel.x / widthPx * 2.0f - 1.0f, 1.0f - pixel.y / heightPx * 2.0f);
    const glm::mat4 inverse = glm::inverse(projectionMatrix(widthPx / heightPx) * viewMatrix());
    glm::vec4 nearPoint = inverse * glm::vec4(ndc, -1.0f, 1.0f);
    glm::vec4 farPoint = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    nearPoint /= nearPoint.w;
    farPoint /= farPoint.w;
    return {glm::vec3(nearPoint), glm::normalize(glm::vec3(farPoint - nearPoint))};
}

} // namespace lumbar
