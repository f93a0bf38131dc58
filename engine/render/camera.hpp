// An orbit camera around a target point: the view model of every anatomy viewer.
#pragma once

#include "render/view_preset.hpp"
#include "scene/model.hpp"
#include "scene/ray_pick.hpp"

#include <glm/glm.hpp>

namespace lumbar {

/// Orbits `target` at `distance` in the room of `frame` (Upright: +Y up; Prone: the anatomy's +Z
/// up). All angles are in radians unless the name says degrees.
class Camera {
public:
    /// Pitch is kept inside +-89 degrees so the view never flips over the pole.
    static constexpr float kMaxPitchRadians = glm::radians(89.0f);
    /// Each wheel step changes the distance by this factor.
    static constexpr float kZoomStepFactor = 0.85f;
    /// Framing leaves this much space around the bounding sphere.
    static constexpr float kFrameMargin = 1.1f;

    glm::vec3 target{0.0f};
    float distance = 1.0f;
    float yawRadians = 0.0f;
    float pitchRadians = 0.0f;
    float fovYRadians = glm::radians(35.0f);
    /// Radius of what is being looked at: sets clip planes and zoom limits.
    float sceneRadius = 0.5f;
    /// Which way is up: yaw turns round the room's up axis, pitch tilts towards it.
    SceneFrame sceneFrame = SceneFrame::Upright;
    /// The part of the viewport the scene is framed into, normalised (0 to 1, origin top left):
    /// panels cover the rest. The projection is shifted so the target lies at its centre, and
    /// frame() fits the scene into it.
    glm::vec2 framingMin{0.0f};
    glm::vec2 framingMax{1.0f};

    /// Every field equal: the same picture of the same scene (the window tells motion by it).
    bool operator==(const Camera&) const = default;

    /// Unit vector from the target towards the eye.
    glm::vec3 forwardToEye() const;
    glm::vec3 eye() const { return target + forwardToEye() * distance; }
    /// Camera right and up vectors in world space.
    glm::vec3 right() const;
    glm::vec3 up() const;

    glm::mat4 viewMatrix() const;
    glm::mat4 projectionMatrix(float aspect) const;
    float nearPlane() const;
    float farPlane() const;

    /// Turns the camera around the target.
    void orbit(float deltaYawRadians, float deltaPitchRadians);
    /// Moves the target in the view plane so that the point under the cursor follows a drag of
    /// (dx, dy) pixels (y down) in a viewport `viewportHeightPx` tall.
    void pan(float dxPx, float dyPx, float viewportHeightPx);
    /// Moves towards (positive steps) or away from the target, within limits tied to sceneRadius.
    void zoom(float steps);
    /// Centres `box` and backs off until its corners, seen from the current direction, fit the
    /// framing area at `aspect` (never further than its bounding sphere needs).
    void frame(const Bounds& box, float aspect);
    /// Points the camera from a named direction of its frame, keeping target and distance.
    void setView(ViewPreset preset);

    /// Projects a world point to pixel coordinates (origin top left) in a width x height viewport.
    glm::vec2 project(const glm::vec3& world, float widthPx, float heightPx) const;
    /// The ray from the eye through pixel `pixel` (origin top left) of a width x height viewport.
    Ray rayThroughPixel(const glm::vec2& pixel, float widthPx, float heightPx) const;
};

} // namespace lumbar
