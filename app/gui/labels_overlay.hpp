// Text over the 3D view: name labels with leader lines for the visible structures, and the seconds
// left of each held pressure point.
#pragma once

#include "render/camera.hpp"
#include "session/label_layout.hpp"
#include "technique/prepared_lesson.hpp"

#include <cstdint>
#include <vector>

namespace lumbar::app {

class Viewer;

/// A name label's text and the dark backing under it (ImGui's packed colours).
inline constexpr std::uint32_t kLabelTextColor = 0xFFFFFFFFu;
inline constexpr std::uint32_t kLabelBackingColor = 0xB4201A16u; // rgb(22, 26, 32) at 71%

/// Keeps the last layout and recomputes it only when the camera, the viewport, what is visible, the
/// section plane or the model's shape changes (finding anchors casts a picking ray per structure).
/// With the section view on, a cut structure's label points at its cut face.
class LabelsOverlay {
public:
    /// Draws into ImGui's background draw list (under the panels, over the 3D view). Window
    /// coordinates: `viewportPx` is the window size in ImGui units.
    void draw(const Viewer& viewer, const glm::vec2& viewportPx);

private:
    std::vector<float> m_visibilityKey;
    Camera m_camera;
    glm::vec2 m_viewportPx{0.0f};
    glm::vec4 m_sectionPlane{0.0f};
    std::uint64_t m_geometryRevision = 0;
    std::vector<PlacedLabel> m_labels;
};

/// "hold 12 s" beside each pressure point being held, in ImGui's background draw list.
void drawHoldCountdowns(
    const technique::FrameState& frame, const Camera& camera, const glm::vec2& viewportPx);

} // namespace lumbar::app
