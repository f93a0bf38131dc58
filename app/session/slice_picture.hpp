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

/// Where the tool of a lesson's moment presses, in the picture of a section: the contact on the
/// undented skin, the direction into the body, the contact's radius and the dent the tool makes.
struct PictureContact {
    glm::vec2 contact{0.0f};
    glm::vec2 inward{0.0f, -1.0f}; ///< unit, into the body
    float radiusM = 0.0f; ///< of the contact disc
    float dentM = 0.0f; ///< how deep the skin is pressed in under the tool
    float dentRadiusM = 0.0f; ///< where the dent ends

    /// The picture point `lateralM` across the contact and `depthM` under the undented skin.
    glm::vec2 at(float lateralM, float depthM) const
    {
        return contact + glm::vec2(-inward.y, inward.x) * lateralM + inward * depthM;
    }
};

/// The contact of `frame` in the picture of `section`, when the tool presses on the plane: always
/// for a section through the tool; for another plane when the contact's centre lies within half
/// its radius of it and the plane holds the pressing direction (not a coronal plane over the back).
/// nullopt when no tool presses there.
std::optional<PictureContact> contactInPicture(
    const Viewer& viewer, const technique::FrameState& frame, const SectionSetting& section);

/// The floor of the dent the tool presses into the skin, in picture coordinates, from one edge of
/// the dent to the other: as deep as the dent under the contact, easing to none at its edge (the
/// indentation's falloff). Fill each strip between the floor and the undented surface above it
/// with the ground to show the dent (the strips are convex; the whole is not).
std::vector<glm::vec2> dentFloor(const PictureContact& contact);
/// The strips of the dent as convex quadrilaterals: the undented surface and the floor between two
/// neighbouring points of dentFloor.
std::vector<std::vector<glm::vec2>> dentStrips(const PictureContact& contact);
/// The tool's cross-section resting in the dent, a convex polygon in picture coordinates: as wide
/// as the contact, a rounded pad above the dent's floor.
std::vector<glm::vec2> toolOutline(const PictureContact& contact);
/// The isobar segments of level `level` (an index of kIsobarLevels) in picture coordinates, from
/// the floor of the dent.
Segments isobarsInPicture(const PictureContact& contact, std::size_t level);

/// Draws the dent, the tool and the isobars of `frame` into `picture` when the tool presses on the
/// plane of `section`: isobar lines 1.5 px wide in `colours` (RGBA, one per level).
void drawPressure(SlicePicture& picture, const Viewer& viewer, const technique::FrameState& frame,
    const SectionSetting& section, const std::vector<glm::u8vec4>& colours);

} // namespace lumbar::app
