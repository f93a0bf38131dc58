// Catmull-Rom through the anchors, projection onto the surface, arc-length resampling.
#include "technique/stroke_path.hpp"

#include "technique/anatomy_surface.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::technique {
namespace {

/// Dense curve samples per resampled point: enough that the polyline's length matches the curve's.
constexpr int kOversampling = 4;
/// Never more points than this on one path (a 4 m path at 2 mm).
constexpr std::size_t kMaxPoints = 2000;

std::vector<double> cumulativeLengths(const std::vector<glm::vec3>& points)
{
    std::vector<double> lengths(points.size(), 0.0);
    for (std::size_t i = 1; i < points.size(); ++i)
        lengths[i] = lengths[i - 1] + glm::length(points[i] - points[i - 1]);
    return lengths;
}

/// The point at `distance` along a polyline with cumulative `lengths`.
glm::vec3 pointAt(const std::vector<glm::vec3>& points, const std::vector<double>& lengths, double distance)
{
    const auto after = std::upper_bound(lengths.begin(), lengths.end(), distance);
    if (after == lengths.begin())
        return points.front();
    if (after == lengths.end())
        return points.back();
    const auto i = static_cast<std::size_t>(after - lengths.begin());
    const double gap = lengths[i] - lengths[i - 1];
    const auto t = static_cast<float>(gap > 0.0 ? (distance - lengths[i - 1]) / gap : 0.0);
    return glm::mix(points[i - 1], points[i], t);
}

/// Half the stretch of path whose chord gives the direction of travel: it follows the stroke, not
/// the millimetre wobble of points projected onto the surface (which turned the tool by up to 60
/// degrees at a stroke's first frame).
constexpr double kHeadingHalfWindowM = 0.01;

} // namespace

glm::vec3 catmullRom(
    const glm::vec3& p0, const glm::vec3& p1, const glm::vec3& p2, const glm::vec3& p3, float t)
{
    const float t2 = t * t, t3 = t2 * t;
    return 0.5f
        * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2
            + (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

PathSample SurfacePath::sampleAt(double distanceM) const
{
    PathSample sample;
    if (points.empty())
        return sample;
    const double d = std::clamp(distanceM, 0.0, lengthM());
    const auto after = std::upper_bound(arcLengthM.begin(), arcLengthM.end(), d);
    std::size_t i
        = std::clamp<std::size_t>(static_cast<std::size_t>(after - arcLengthM.begin()), 1, points.size());
    if (points.size() == 1) {
        sample.position = points[0];
        sample.normal = normals[0];
        sample.fibreDirection = fibres[0];
        return sample;
    }
    i = std::min(i, points.size() - 1);
    const double gap = arcLengthM[i] - arcLengthM[i - 1];
    const auto t = static_cast<float>(gap > 0.0 ? (d - arcLengthM[i - 1]) / gap : 0.0);
    sample.position = glm::mix(points[i - 1], points[i], t);
    sample.normal = glm::normalize(glm::mix(normals[i - 1], normals[i], t) + glm::vec3(0, 0, 1e-9f));
    glm::vec3 fibreA = fibres[i - 1], fibreB = fibres[i];
    if (glm::dot(fibreA, fibreB) < 0.0f)
        fibreB = -fibreB;
    const glm::vec3 fibre = glm::mix(fibreA, fibreB, t);
    sample.fibreDirection = glm::length(fibre) > 1e-6f ? glm::normalize(fibre) : glm::vec3(0.0f);
    const glm::vec3 travel = pointAt(points, arcLengthM, std::min(d + kHeadingHalfWindowM, lengthM()))
        - pointAt(points, arcLengthM, std::max(d - kHeadingHalfWindowM, 0.0));
    if (glm::length(travel) > 1e-9f)
        sample.heading = glm::normalize(travel);
    const glm::vec3 tangential = travel - sample.normal * glm::dot(travel, sample.normal);
    if (glm::length(tangential) > 1e-9f)
        sample.direction = glm::normalize(tangential);
    return sample;
}

SurfacePath buildSurfacePath(const std::vector<glm::vec3>& anchors, const AnatomySurface& surface,
    const std::string& surfaceId, double spacingM, Approach approach)
{
    SurfacePath path;
    if (anchors.empty() || !surface.structureMesh(surfaceId))
        return path;
    auto project = [&](const glm::vec3& p) { return surface.project(surfaceId, p, approach); };

    std::vector<glm::vec3> dense;
    if (anchors.size() == 1) {
        dense.push_back(anchors[0]);
    } else {
        double chord = 0.0;
        for (std::size_t i = 1; i < anchors.size(); ++i)
            chord += glm::length(anchors[i] - anchors[i - 1]);
        const std::size_t segments = anchors.size() - 1;
        const std::size_t perSegment = std::clamp<std::size_t>(
            static_cast<std::size_t>(
                std::ceil(chord / spacingM * kOversampling / static_cast<double>(segments))),
            4, kMaxPoints);
        for (std::size_t s = 0; s < segments; ++s) {
            const glm::vec3& p0 = anchors[s == 0 ? 0 : s - 1];
            const glm::vec3& p3 = anchors[std::min(s + 2, anchors.size() - 1)];
            for (std::size_t k = 0; k < perSegment; ++k)
                dense.push_back(catmullRom(p0, anchors[s], anchors[s + 1], p3,
                    static_cast<float>(k) / static_cast<float>(perSegment)));
        }
        dense.push_back(anchors.back());
    }
    for (glm::vec3& p : dense)
        if (const auto onSurface = project(p))
            p = onSurface->position;

    const std::vector<double> denseLengths = cumulativeLengths(dense);
    const double length = denseLengths.back();
    const std::size_t gaps = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::ceil(length / spacingM - 1e-9)), length > 0.0 ? 1 : 0, kMaxPoints - 1);
    for (std::size_t i = 0; i <= gaps; ++i) {
        const double at = gaps == 0 ? 0.0 : length * static_cast<double>(i) / static_cast<double>(gaps);
        const glm::vec3 p = pointAt(dense, denseLengths, at);
        const std::optional<SurfacePoint> onSurface = project(p);
        path.points.push_back(onSurface ? onSurface->position : p);
        path.normals.push_back(onSurface ? onSurface->normal : glm::vec3(0, 0, 1));
        path.fibres.push_back(onSurface ? onSurface->fibreDirection : glm::vec3(0.0f));
    }
    path.arcLengthM = cumulativeLengths(path.points);
    return path;
}

} // namespace lumbar::technique
