// Round dots drawn over everything in the 3D view, facing the camera: trigger points, where a
// student clicked, where a landmark truly lies.
#pragma once

#include "render/gpu_mesh.hpp"
#include "session/viewer.hpp"

#include <glm/glm.hpp>

#include <memory>

namespace lumbar::app {

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
