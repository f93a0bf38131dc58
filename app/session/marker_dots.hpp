// Round dots drawn over everything in the 3D view, facing the camera: trigger points, where a
// student clicked, where a landmark truly lies.
#pragma once

#include "render/gpu_mesh.hpp"
#include "session/viewer.hpp"

#include <glm/glm.hpp>

#include <memory>

namespace lumbar::app {

/// What a dot's colour means wherever dots are drawn (linear RGB).
inline const glm::vec4 kTriggerPointDot{0.70f, 0.04f, 0.03f, 1.0f}; ///< the referral zones' red
inline const glm::vec4 kClickDot{0.15f, 0.35f, 0.95f, 1.0f}; ///< where the student clicked
inline const glm::vec4 kTrueSpotDot{0.10f, 0.75f, 0.20f, 1.0f}; ///< where a landmark truly lies
inline const glm::vec4 kPinDot{0.95f, 0.75f, 0.10f, 1.0f}; ///< a saved view's pinned note
inline constexpr float kPinDotM = 0.005f;
/// A trigger point's dot, wherever one is shown (the info card's pattern, the quiz, a lesson step).
inline constexpr float kTriggerPointDotM = 0.007f;

class MarkerDots {
public:
    MarkerDots();

    /// A dot of `colour` (linear RGB, opaque) with radius `radiusM` at `position` in a white ring
    /// a third wider, facing `eye` and lifted towards it by 2 mm.
    void add(SceneExtras& extras, const glm::vec3& position, const glm::vec3& eye, float radiusM,
        const glm::vec4& colour) const;

private:
    std::unique_ptr<GpuMesh> m_disc; ///< a unit disc about +Y
};

} // namespace lumbar::app
