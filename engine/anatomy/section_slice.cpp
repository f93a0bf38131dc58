// Laying out and painting the section's slice.
#include "anatomy/section_slice.hpp"

#include "scene/mesh_section.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lumbar {
namespace {

/// Where the horizontal line at height `y` crosses the loops (half-open at the vertices, so a
/// line through a vertex counts it once).
void crossings(const std::vector<std::vector<glm::vec2>>& loops, float y, std::vector<float>& xs)
{
    xs.clear();
    for (const std::vector<glm::vec2>& loop : loops)
        for (std::size_t i = 0; i < loop.size(); ++i) {
            const glm::vec2& a = loop[i];
            const glm::vec2& b = loop[(i + 1) % loop.size()];
            if ((a.y <= y) != (b.y <= y))
                xs.push_back(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
        }
    std::sort(xs.begin(), xs.end());
}

/// Area-weighted centroid of a simple polygon (its vertex mean when it has no area).
glm::vec2 centroid(const std::vector<glm::vec2>& loop)
{
    double area = 0.0, cx = 0.0, cy = 0.0;
    glm::vec2 mean(0.0f);
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const glm::vec2& a = loop[i];
        const glm::vec2& b = loop[(i + 1) % loop.size()];
        const double cross = double(a.x) * b.y - double(b.x) * a.y;
        area += cross;
        cx += (double(a.x) + b.x) * cross;
        cy += (double(a.y) + b.y) * cross;
        mean += a / float(loop.size());
    }
    if (std::abs(area) < 1e-12)
        return mean;
    return {float(cx / (3.0 * area)), float(cy / (3.0 * area))};
}

} // namespace

SliceAxes sliceAxes(const SectionSetting& section)
{
    switch (section.orientation) {
    case SectionOrientation::ThroughTool: {
        // Seen from the removed side, against the kept side's normal.
        SectionSetting on = section;
        on.enabled = true;
        const glm::vec3 kept = glm::vec3(sectionPlane(on));
        const glm::vec3 up = glm::normalize(section.tool.normal - kept * glm::dot(section.tool.normal, kept));
        return {glm::cross(kept, up), up};
    }
    case SectionOrientation::Transverse:
        return {{-1.0f, 0.0f, 0.0f}, {0.0f, 0.0f, -1.0f}};
    case SectionOrientation::Sagittal:
        return {{0.0f, 0.0f, 1.0f}, {0.0f, 1.0f, 0.0f}};
    case SectionOrientation::Coronal:
        return {{-1.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 0.0f}};
    }
    return {};
}

Slice sliceModel(
    const Model& model, const SectionSetting& section, const std::function<bool(std::size_t)>& include)
{
    Slice slice;
    const glm::vec4 plane = sectionPlane(section);
    if (plane == glm::vec4(0.0f))
        return slice;
    const SliceAxes axes = sliceAxes(section);
    glm::vec2 low(std::numeric_limits<float>::max()), high(std::numeric_limits<float>::lowest());
    for (std::size_t m = 0; m < model.meshes.size(); ++m) {
        if (include && !include(m))
            continue;
        const MeshSection cut = sliceMesh(model.meshes[m], plane);
        if (cut.loops.empty())
            continue;
        SliceRegion region;
        region.mesh = m;
        region.areaM2 = cut.areaM2();
        float largest = 0.0f;
        for (const SectionLoop& loop : cut.loops) {
            std::vector<glm::vec2> points;
            points.reserve(loop.points.size());
            for (const glm::vec3& p : loop.points) {
                points.emplace_back(glm::dot(p, axes.right), glm::dot(p, axes.up));
                low = glm::min(low, points.back());
                high = glm::max(high, points.back());
            }
            if (loop.signedAreaM2 > largest) {
                largest = loop.signedAreaM2;
                region.labelAt = centroid(points);
            }
            region.loops.push_back(std::move(points));
        }
        slice.regions.push_back(std::move(region));
    }
    if (!slice.regions.empty()) {
        slice.min = low;
        slice.max = high;
    }
    return slice;
}

Image paintSlice(const Slice& slice, const std::vector<glm::vec3>& colours, int widthPx, int heightPx,
    glm::vec2 topLeft, float metresPerPixel)
{
    Image image(std::max(widthPx, 0), std::max(heightPx, 0));
    std::vector<float> xs;
    for (std::size_t r = 0; r < slice.regions.size(); ++r) {
        const glm::vec3 colour = r < colours.size() ? colours[r] : glm::vec3(0.5f);
        const std::uint8_t rgba[4] = {std::uint8_t(std::lround(std::clamp(colour.r, 0.0f, 1.0f) * 255.0f)),
            std::uint8_t(std::lround(std::clamp(colour.g, 0.0f, 1.0f) * 255.0f)),
            std::uint8_t(std::lround(std::clamp(colour.b, 0.0f, 1.0f) * 255.0f)), 255};
        for (int row = 0; row < image.height; ++row) {
            const float y = topLeft.y - (float(row) + 0.5f) * metresPerPixel;
            crossings(slice.regions[r].loops, y, xs);
            for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
                // Pixels whose centres lie between the two crossings.
                const int from = std::max(0, int(std::ceil((xs[k] - topLeft.x) / metresPerPixel - 0.5f)));
                const int to = std::min(
                    image.width - 1, int(std::floor((xs[k + 1] - topLeft.x) / metresPerPixel - 0.5f)));
                for (int column = from; column <= to; ++column)
                    std::copy(rgba, rgba + 4, image.pixel(column, row));
            }
        }
    }
    return image;
}

std::optional<std::size_t> regionAt(const Slice& slice, const glm::vec2& p)
{
    std::vector<float> xs;
    for (std::size_t r = slice.regions.size(); r-- > 0;) {
        crossings(slice.regions[r].loops, p.y, xs);
        const auto left = std::count_if(xs.begin(), xs.end(), [&](float x) { return x < p.x; });
        if (left % 2 == 1)
            return r;
    }
    return std::nullopt;
}

} // namespace lumbar
