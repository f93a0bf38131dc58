// Boundaries along the tool's axis and the stress that reaches them.
#include "technique/depth_profile.hpp"

#include "technique/pressure.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lumbar::technique {

double axialStressKPa(double surfacePressureKPa, double contactRadiusM, double depthM)
{
    if (depthM <= 0.0)
        return surfacePressureKPa;
    if (contactRadiusM <= 0.0)
        return 0.0;
    const double a2 = contactRadiusM * contactRadiusM;
    const double z2 = depthM * depthM;
    return surfacePressureKPa * (1.0 - depthM * z2 / std::pow(a2 + z2, 1.5));
}

double axialDepthAtStressM(double surfacePressureKPa, double contactRadiusM, double stressKPa)
{
    if (surfacePressureKPa <= 0.0 || contactRadiusM <= 0.0 || stressKPa >= surfacePressureKPa)
        return 0.0;
    if (stressKPa <= 0.0)
        return std::numeric_limits<double>::infinity();
    const double c = std::cbrt(1.0 - stressKPa / surfacePressureKPa);
    return contactRadiusM * c / std::sqrt(1.0 - c * c);
}

double verticalStressKPa(double surfacePressureKPa, double contactRadiusM, double lateralM, double depthM)
{
    lateralM = std::abs(lateralM);
    if (lateralM < 1e-9)
        return axialStressKPa(surfacePressureKPa, contactRadiusM, depthM);
    if (depthM <= 0.0)
        return lateralM < contactRadiusM ? surfacePressureKPa : 0.0;
    // Rings a 64th of the radius apart, points evenly round each, the load of each cell
    // (p r dr dtheta) at its middle: within 1% of the closed form on the axis from z = a/4.
    constexpr int kRings = 64;
    constexpr int kSpokes = 48;
    constexpr double kPi = 3.14159265358979323846;
    const double dr = contactRadiusM / kRings;
    const double dTheta = 2.0 * kPi / kSpokes;
    double sum = 0.0;
    for (int ring = 0; ring < kRings; ++ring) {
        const double r = (ring + 0.5) * dr;
        const double cellLoad = surfacePressureKPa * r * dr * dTheta;
        for (int spoke = 0; spoke < kSpokes; ++spoke) {
            const double angle = (spoke + 0.5) * dTheta;
            const double dx = lateralM - r * std::cos(angle);
            const double dy = r * std::sin(angle);
            const double distance2 = dx * dx + dy * dy + depthM * depthM;
            sum += 3.0 * cellLoad * depthM * depthM * depthM
                / (2.0 * kPi * distance2 * distance2 * std::sqrt(distance2));
        }
    }
    return sum;
}

std::vector<std::pair<glm::vec2, glm::vec2>> isoline(
    const std::vector<double>& samples, int columns, int rows, glm::vec2 origin, float step, double level)
{
    std::vector<std::pair<glm::vec2, glm::vec2>> segments;
    const auto at
        = [&](int x, int y) { return samples[std::size_t(y) * std::size_t(columns) + std::size_t(x)]; };
    const auto point = [&](int x, int y) { return origin + glm::vec2(float(x), float(y)) * step; };
    for (int y = 0; y + 1 < rows; ++y)
        for (int x = 0; x + 1 < columns; ++x) {
            // The cell's corners counter-clockwise and where the level crosses each edge.
            const int cx[4] = {x, x + 1, x + 1, x};
            const int cy[4] = {y, y, y + 1, y + 1};
            glm::vec2 crossings[4];
            int count = 0;
            for (int e = 0; e < 4; ++e) {
                const double a = at(cx[e], cy[e]);
                const double b = at(cx[(e + 1) % 4], cy[(e + 1) % 4]);
                if ((a >= level) != (b >= level)) {
                    const float t = float((level - a) / (b - a));
                    crossings[count++]
                        = glm::mix(point(cx[e], cy[e]), point(cx[(e + 1) % 4], cy[(e + 1) % 4]), t);
                }
            }
            // Two crossings: one segment; four (a saddle): pair them round the cell.
            for (int i = 0; i + 1 < count; i += 2)
                segments.emplace_back(crossings[i], crossings[i + 1]);
        }
    return segments;
}

std::vector<DepthBoundary> depthProfile(const Model& model, const Ray& axis, double forceN,
    double contactAreaCm2, double maxDepthM, const std::function<bool(std::size_t)>& include)
{
    struct Hit {
        float distance;
        std::size_t mesh;
        bool entering;
    };
    std::vector<Hit> hits;
    for (std::size_t m = 0; m < model.meshes.size(); ++m) {
        if (include && !include(m))
            continue;
        const MeshData& mesh = model.meshes[m];
        if (!hitsBox(axis, mesh.bounds()))
            continue;
        for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
            const glm::vec3& a = mesh.positions[mesh.indices[i]];
            const glm::vec3& b = mesh.positions[mesh.indices[i + 1]];
            const glm::vec3& c = mesh.positions[mesh.indices[i + 2]];
            if (const std::optional<float> t = intersectTriangle(axis, a, b, c))
                hits.push_back({*t, m, glm::dot(glm::cross(b - a, c - a), axis.direction) < 0.0f});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.distance < y.distance; });
    std::vector<DepthBoundary> boundaries;
    if (hits.empty())
        return boundaries;
    const double pressure = pressureKPa(forceN, contactAreaCm2);
    const double radius = contactRadiusM(contactAreaCm2);
    for (const Hit& hit : hits) {
        const double depth = double(hit.distance - hits.front().distance);
        if (depth > maxDepthM)
            break;
        // A ray through a shared edge meets both triangles: one boundary.
        if (!boundaries.empty() && boundaries.back().mesh == hit.mesh
            && boundaries.back().entering == hit.entering && depth - boundaries.back().depthM < 1e-5)
            continue;
        boundaries.push_back({depth, axialStressKPa(pressure, radius, depth), hit.mesh, hit.entering});
    }
    return boundaries;
}

} // namespace lumbar::technique
