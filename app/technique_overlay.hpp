// What the technique adds to the 3D view at one moment: the tool on the skin, the stroke path
// ahead of and behind it with its direction, pulsing pressure points, the tissue indentation.
#pragma once

#include "render/gpu_mesh.hpp"
#include "technique/prepared_lesson.hpp"
#include "viewer.hpp"

#include <array>
#include <memory>

namespace lumbar::app {

/// Where the tool is drawn: on the outermost visible surface above the contact on the target.
struct ToolPlacement {
    glm::vec3 contact{0.0f}; ///< on the outer surface
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    glm::mat4 model{1.0f}; ///< tool frame to model space
};

/// Owns the GPU meshes of the tools and of the per-frame path and markers.
class TechniqueOverlay {
public:
    TechniqueOverlay();

    /// The tool's placement for `state`, found by casting a ray down the surface normal onto the
    /// layers that are visible (translucent skin below 50% opacity is looked through).
    static ToolPlacement placeTool(const technique::FrameState& state, const Viewer& viewer);

    /// Builds this moment's extras. `wallTimeS` drives the pulse of the pressure points.
    SceneExtras build(const technique::PreparedLesson& prepared, const technique::FrameState& state,
        const Viewer& viewer, double wallTimeS);

private:
    std::array<std::unique_ptr<GpuMesh>, 6> m_tools;
    std::unique_ptr<GpuMesh> m_pathBehind;
    std::unique_ptr<GpuMesh> m_pathAhead;
    std::unique_ptr<GpuMesh> m_markers;
};

/// A flat band along `points` lifted along `normals`, `widthM` wide, from arc fraction `from` to
/// `to` (0..1 of the polyline length); with `chevrons`, arrowheads every `chevronSpacingM` point
/// along the direction of travel. Empty when the range is empty.
MeshData makePathRibbon(const std::vector<glm::vec3>& points, const std::vector<glm::vec3>& normals,
    double from, double to, float widthM, bool chevrons, float chevronSpacingM = 0.025f);

} // namespace lumbar::app
