// A picture of the section at a plane, framed on the anatomy's cross-sections, and what the
// pressure of the lesson's tool does in it: the Section slice window's texture and the handout's
// "under the tool" picture.
#pragma once

#include "anatomy/section_slice.hpp"
#include "image/image.hpp"
#include "technique/prepared_lesson.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <utility>
#include <vector>

namespace lumbar::app {

class Viewer;

/// The isobars drawn under the tool: where the estimated vertical stress has fallen to these
/// fractions of the surface pressure.
inline constexpr double kIsobarLevels[] = {0.5, 0.25, 0.1};

/// A linear RGB colour (as the renderer's) in sRGB (as images and ImGui take them).
glm::vec3 srgbOf(const glm::vec3& linear);

struct SlicePicture {
    Slice slice;
    Image image; ///< transparent where the plane cuts nothing
    glm::vec2 topLeft{0.0f}; ///< picture point at the image's top-left corner
    float metresPerPixel = 0.001f;

    /// The image position (pixels, y down) of picture point `p`.
    glm::vec2 pixelOf(const glm::vec2& p) const
    {
        return {(p.x - topLeft.x) / metresPerPixel, (topLeft.y - p.y) / metresPerPixel};
    }
};

/// The section of the viewer's model at `section` (everything cut, as an MRI shows it, but the
/// table), painted in the section colours, `longSidePx` pixels along its longer side, framed on
/// the anatomy's cross-sections with a margin.
SlicePicture paintSection(const Viewer& viewer, const SectionSetting& section, int longSidePx);

using Segments = std::vector<std::pair<glm::vec2, glm::vec2>>;
/// The isobars under a contact of radius 1 pressing with 1, one set per kIsobarLevels, in
/// (lateral, depth) units of the radius: the field scales with both, so they are made once.
const std::vector<Segments>& unitIsobars();

/// Where the contact of `frame` meets the skin, in picture coordinates of `section`; nullopt when
/// no tool presses on the body.
std::optional<glm::vec2> contactInPicture(
    const Viewer& viewer, const technique::FrameState& frame, const SectionSetting& section);

/// Draws the isobars under the tool of `frame` into `picture` (a section through the tool),
/// 1.5 px lines in `colours` (RGBA, one per level).
void drawIsobars(SlicePicture& picture, const Viewer& viewer, const technique::FrameState& frame,
    const SectionSetting& section, const std::vector<glm::u8vec4>& colours);

} // namespace lumbar::app
