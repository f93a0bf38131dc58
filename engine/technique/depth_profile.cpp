// Boundaries along the tool's axis and the stress that reaches them.
#include "technique/depth_profile.hpp"

#include "technique/pressure.hpp"

#include <algorithm>
#include <cmath>

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
