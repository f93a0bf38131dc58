// Framing and painting the slice; the isobars under the tool.
#include "session/slice_picture.hpp"

#include "session/viewer.hpp"
#include "technique/depth_profile.hpp"
#include "technique/pressure.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::app {
namespace {

/// Room round the slice, as a fraction of its size.
constexpr float kMargin = 0.06f;
/// The picture frames the anatomy's sections and this much round them (the skin and fat of the
/// body's ring at the flanks); the arms beside the trunk are left out.
constexpr float kAroundAnatomyM = 0.035f;

/// Blends `colour` over pixel (x, y) of `image` with `coverage` (0..1) of its alpha.
void blend(Image& image, int x, int y, const glm::u8vec4& colour, float coverage)
{
    if (x < 0 || y < 0 || x >= image.width || y >= image.height)
        return;
    std::uint8_t* pixel = image.pixel(x, y);
    const float a = coverage * float(colour.a) / 255.0f;
    for (int c = 0; c < 3; ++c)
        pixel[c] = std::uint8_t(std::lround(float(pixel[c]) * (1.0f - a) + float(colour[c]) * a));
    pixel[3] = std::uint8_t(std::max(float(pixel[3]), 255.0f * a));
}

/// A line `widthPx` wide from a to b (pixels), its edges smoothed over a pixel.
void drawLine(Image& image, const glm::vec2& a, const glm::vec2& b, const glm::u8vec4& colour, float widthPx)
{
    const glm::vec2 low = glm::floor(glm::min(a, b) - widthPx), high = glm::ceil(glm::max(a, b) + widthPx);
    const glm::vec2 along = b - a;
    const float length2 = std::max(glm::dot(along, along), 1e-12f);
    for (int y = int(low.y); y <= int(high.y); ++y)
        for (int x = int(low.x); x <= int(high.x); ++x) {
            const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
            const float t = std::clamp(glm::dot(p - a, along) / length2, 0.0f, 1.0f);
            const float distance = glm::distance(p, a + along * t);
            const float coverage = std::clamp(0.5f * widthPx + 0.5f - distance, 0.0f, 1.0f);
            if (coverage > 0.0f)
                blend(image, x, y, colour, coverage);
        }
}

/// Fills the convex polygon `outline` (pixels, either winding) with `colour`, edges smoothed by
/// sampling each pixel four times.
void fillConvex(Image& image, const std::vector<glm::vec2>& outline, const glm::u8vec4& colour)
{
    if (outline.size() < 3)
        return;
    glm::vec2 low = outline[0], high = outline[0];
    float area = 0.0f;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        low = glm::min(low, outline[i]);
        high = glm::max(high, outline[i]);
        const glm::vec2& a = outline[i];
        const glm::vec2& b = outline[(i + 1) % outline.size()];
        area += a.x * b.y - b.x * a.y;
    }
    const float sign = area < 0.0f ? -1.0f : 1.0f;
    const auto inside = [&](const glm::vec2& p) {
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const glm::vec2& a = outline[i];
            const glm::vec2& b = outline[(i + 1) % outline.size()];
            if (sign * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) < 0.0f)
                return false;
        }
        return true;
    };
    for (int y = std::max(0, int(low.y)); y <= std::min(image.height - 1, int(high.y)); ++y)
        for (int x = std::max(0, int(low.x)); x <= std::min(image.width - 1, int(high.x)); ++x) {
            int covered = 0;
            for (const glm::vec2 offset :
                {glm::vec2(0.25f), glm::vec2(0.75f, 0.25f), glm::vec2(0.25f, 0.75f), glm::vec2(0.75f)})
                covered += inside(glm::vec2(float(x), float(y)) + offset) ? 1 : 0;
            if (covered > 0)
                blend(image, x, y, colour, float(covered) / 4.0f);
        }
}

} // namespace

glm::vec3 srgbOf(const glm::vec3& linear)
{
    return glm::pow(glm::clamp(linear, 0.0f, 1.0f), glm::vec3(1.0f / 2.2f));
}

SlicePicture paintSection(const Viewer& viewer, const SectionSetting& section, int longSidePx)
{
    SlicePicture picture;
    const Model& meshes = viewer.model();
    picture.slice
        = sliceModel(meshes, section, [&](std::size_t mesh) { return meshes.meshes[mesh].name != "table"; });
    const Slice& slice = picture.slice;
    std::vector<glm::vec3> colours;
    for (const SliceRegion& region : slice.regions)
        colours.push_back(srgbOf(viewer.sectionColour(region.mesh)));
    glm::vec2 low = slice.min, high = slice.max;
    bool anatomy = false;
    for (const SliceRegion& region : slice.regions) {
        if (!viewer.anatomy().structureOf(region.mesh))
            continue;
        for (const std::vector<glm::vec2>& loop : region.loops)
            for (const glm::vec2& p : loop) {
                low = anatomy ? glm::min(low, p) : p;
                high = anatomy ? glm::max(high, p) : p;
                anatomy = true;
            }
    }
    if (anatomy) {
        low = glm::max(low - kAroundAnatomyM, slice.min);
        high = glm::min(high + kAroundAnatomyM, slice.max);
    }
    const glm::vec2 size = glm::max(high - low, glm::vec2(0.01f));
    const float longer = std::max(size.x, size.y);
    picture.metresPerPixel = longer * (1.0f + 2.0f * kMargin) / float(longSidePx);
    const int width = int(std::ceil((size.x + 2.0f * kMargin * longer) / picture.metresPerPixel));
    const int height = int(std::ceil((size.y + 2.0f * kMargin * longer) / picture.metresPerPixel));
    const glm::vec2 centre = 0.5f * (low + high);
    picture.topLeft = {centre.x - 0.5f * float(width) * picture.metresPerPixel,
        centre.y + 0.5f * float(height) * picture.metresPerPixel};
    picture.image = paintSlice(slice, colours, width, height, picture.topLeft, picture.metresPerPixel);
    return picture;
}

const std::vector<Segments>& unitIsobars()
{
    static const std::vector<Segments> isobars = [] {
        // 5 radii either side of the axis, 8 deep, a fifth of a radius apart.
        constexpr int kColumns = 51, kRows = 41;
        constexpr float kStep = 0.2f;
        const glm::vec2 origin(-5.0f, 0.0f);
        std::vector<double> field;
        field.reserve(std::size_t(kColumns * kRows));
        for (int row = 0; row < kRows; ++row)
            for (int column = 0; column < kColumns; ++column)
                field.push_back(technique::verticalStressKPa(
                    1.0, 1.0, double(origin.x + float(column) * kStep), double(float(row) * kStep)));
        std::vector<Segments> levels;
        for (const double level : kIsobarLevels)
            levels.push_back(technique::isoline(field, kColumns, kRows, origin, kStep, level));
        return levels;
    }();
    return isobars;
}

std::optional<PictureContact> contactInPicture(
    const Viewer& viewer, const technique::FrameState& frame, const SectionSetting& section)
{
    if (!frame.valid || !frame.toolInContact || frame.forceN <= 0.0 || frame.contactAreaCm2 <= 0.0)
        return std::nullopt;
    // The half-space's surface is the skin under the tool.
    const glm::vec3 normal = glm::normalize(frame.toolOrientation[1]);
    const Model& model = viewer.model();
    const std::optional<PickHit> skin = viewer.castRay(Ray{frame.toolPosition + normal * 0.25f, -normal},
        [&](std::size_t mesh) { return model.meshes[mesh].name != "table"; });
    if (!skin)
        return std::nullopt;
    PictureContact contact;
    contact.radiusM = float(technique::contactRadiusM(frame.contactAreaCm2));
    const glm::vec4 plane = sectionPlane(section);
    if (section.orientation != SectionOrientation::ThroughTool
        && std::abs(glm::dot(glm::vec3(plane), skin->point) + plane.w) > 0.5f * contact.radiusM)
        return std::nullopt;
    const SliceAxes axes = sliceAxes(section);
    const glm::vec2 inward(glm::dot(-normal, axes.right), glm::dot(-normal, axes.up));
    // The pressing direction must lie nearly in the plane (within about 35 degrees).
    if (glm::length(inward) < 0.82f)
        return std::nullopt;
    contact.contact = {glm::dot(skin->point, axes.right), glm::dot(skin->point, axes.up)};
    contact.inward = glm::normalize(inward);
    contact.dentM = float(frame.indentationDepthM);
    contact.dentRadiusM = std::max(float(frame.indentationRadiusM), contact.radiusM);
    return contact;
}

std::vector<glm::vec2> dentFloor(const PictureContact& contact)
{
    constexpr int kSteps = 24;
    std::vector<glm::vec2> floor;
    for (int i = 0; i <= kSteps; ++i) {
        const float lateral = contact.dentRadiusM * (2.0f * float(i) / kSteps - 1.0f);
        const double weight = technique::falloffWeight(
            std::abs(double(lateral)), double(contact.radiusM), double(contact.dentRadiusM));
        floor.push_back(contact.at(lateral, contact.dentM * float(weight)));
    }
    return floor;
}

std::vector<std::vector<glm::vec2>> dentStrips(const PictureContact& contact)
{
    const std::vector<glm::vec2> floor = dentFloor(contact);
    const auto surfaceAbove = [&](const glm::vec2& p) {
        return p - contact.inward * glm::dot(p - contact.contact, contact.inward);
    };
    std::vector<std::vector<glm::vec2>> strips;
    for (std::size_t i = 0; i + 1 < floor.size(); ++i)
        strips.push_back({surfaceAbove(floor[i]), surfaceAbove(floor[i + 1]), floor[i + 1], floor[i]});
    return strips;
}

std::vector<glm::vec2> toolOutline(const PictureContact& contact)
{
    // A pad as wide as the contact, its underside the dent's floor, rounded at the sides, 1.2
    // contact radii tall (at least 1.5 cm: a fingertip, not a needle).
    constexpr int kSteps = 16;
    constexpr float kPi = 3.14159265f;
    const float height = std::max(1.2f * contact.radiusM, 0.015f);
    const float floor = contact.dentM;
    std::vector<glm::vec2> outline;
    for (int i = 0; i <= kSteps; ++i) {
        const float angle = kPi * float(i) / kSteps; // round the bottom, right to left
        outline.push_back(contact.at(
            contact.radiusM * std::cos(angle), floor + 0.25f * height * std::sin(angle) - 0.25f * height));
    }
    outline.push_back(contact.at(-contact.radiusM, floor - height));
    outline.push_back(contact.at(contact.radiusM, floor - height));
    return outline;
}

Segments isobarsInPicture(const PictureContact& contact, std::size_t level)
{
    Segments segments;
    for (const auto& [from, to] : unitIsobars()[level])
        segments.emplace_back(contact.at(from.x * contact.radiusM, contact.dentM + from.y * contact.radiusM),
            contact.at(to.x * contact.radiusM, contact.dentM + to.y * contact.radiusM));
    return segments;
}

void drawPressure(SlicePicture& picture, const Viewer& viewer, const technique::FrameState& frame,
    const SectionSetting& section, const std::vector<glm::u8vec4>& colours)
{
    const std::optional<PictureContact> contact = contactInPicture(viewer, frame, section);
    if (!contact)
        return;
    const auto inPixels = [&](std::vector<glm::vec2> outline) {
        for (glm::vec2& p : outline)
            p = picture.pixelOf(p);
        return outline;
    };
    for (const std::vector<glm::vec2>& strip : dentStrips(*contact))
        fillConvex(picture.image, inPixels(strip), {12, 14, 18, 255});
    fillConvex(picture.image, inPixels(toolOutline(*contact)), {196, 140, 110, 235});
    for (std::size_t i = 0; i < std::size(kIsobarLevels) && i < colours.size(); ++i)
        for (const auto& [from, to] : isobarsInPicture(*contact, i))
            drawLine(picture.image, picture.pixelOf(from), picture.pixelOf(to), colours[i], 1.5f);
}

} // namespace lumbar::app
