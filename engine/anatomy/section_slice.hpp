// The section view's 2D slice: every structure's cross-section at the plane laid out as a
// picture by the conventions of MRI, and painted into an image. Pure CPU code.
#pragma once

#include "anatomy/section_plane.hpp"
#include "image/image.hpp"
#include "scene/model.hpp"

#include <glm/glm.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace lumbar {

/// The picture's directions in the anatomy's frame, as radiologists show slices: a transverse
/// slice seen from the feet (anterior up, the patient's right on the left), a sagittal one from
/// the patient's left (superior up, anterior on the left), a coronal one from the front
/// (superior up, the patient's right on the left); a slice through the tool seen from ahead of
/// it, the skin up (the tool pressing down from the top).
struct SliceAxes {
    glm::vec3 right{1.0f, 0.0f, 0.0f};
    glm::vec3 up{0.0f, 1.0f, 0.0f};
};
SliceAxes sliceAxes(const SectionSetting& section);

/// One mesh's cross-section in picture coordinates (metres, x right, y up).
struct SliceRegion {
    std::size_t mesh = 0;
    std::vector<std::vector<glm::vec2>> loops;
    float areaM2 = 0.0f;
    /// Where its name goes: the centroid of its largest loop.
    glm::vec2 labelAt{0.0f};
};

struct Slice {
    std::vector<SliceRegion> regions;
    glm::vec2 min{0.0f}, max{0.0f}; ///< the regions' bounds in picture coordinates
};

/// The cross-sections of the meshes of `model` that `include` accepts (by index), where the
/// plane of `section` cuts them; empty when the section is off.
Slice sliceModel(
    const Model& model, const SectionSetting& section, const std::function<bool(std::size_t)>& include);

/// Paints `slice` into a transparent image `widthPx` x `heightPx` whose top-left pixel corner lies
/// at picture point (left, top) and whose pixels are `metresPerPixel` wide: each region filled by
/// the even-odd rule (holes stay empty) in colours[i] (sRGB, opaque), later regions over earlier.
Image paintSlice(const Slice& slice, const std::vector<glm::vec3>& colours, int widthPx, int heightPx,
    glm::vec2 topLeft, float metresPerPixel);

/// The index of the region of `slice` painted at picture point `p` (the last one containing it).
std::optional<std::size_t> regionAt(const Slice& slice, const glm::vec2& p);

} // namespace lumbar
