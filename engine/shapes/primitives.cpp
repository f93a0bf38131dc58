// Ellipsoids, capsules, discs.
#include "shapes/primitives.hpp"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace lumbar {
namespace {

/// Unit icosphere with outward winding.
void unitIcosphere(int subdivisions, std::vector<glm::vec3>& points, std::vector<std::uint32_t>& faces)
{
    const float t = (1.0f + std::sqrt(5.0f)) / 2.0f;
    points = {{-1, t, 0}, {1, t, 0}, {-1, -t, 0}, {1, -t, 0}, {0, -1, t}, {0, 1, t}, {0, -1, -t}, {0, 1, -t},
        {t, 0, -1}, {t, 0, 1}, {-t, 0, -1}, {-t, 0, 1}};
    for (glm::vec3& p : points)
        p = glm::normalize(p);
    faces = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
        3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
    for (int level = 0; level < subdivisions; ++level) {
        std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> midpoints;
        const auto midpoint = [&](std::uint32_t a, std::uint32_t b) {
            const auto key = std::minmax(a, b);
            if (const auto found = midpoints.find(key); found != midpoints.end())
                return found->second;
            points.push_back(glm::normalize(points[a] + points[b]));
            const auto index = std::uint32_t(points.size() - 1);
            midpoints.emplace(key, index);
            return index;
        };
        std::vector<std::uint32_t> next;
        for (std::size_t i = 0; i < faces.size(); i += 3) {
            const std::uint32_t a = faces[i], b = faces[i + 1], c = faces[i + 2];
            const std::uint32_t ab = midpoint(a, b), bc = midpoint(b, c), ca = midpoint(c, a);
            next.insert(next.end(), {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca});
        }
        faces = std::move(next);
    }
}

} // namespace

glm::vec3 anyPerpendicular(const glm::vec3& v)
{
    const glm::vec3 helper = std::abs(v.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
    return glm::normalize(glm::cross(v, helper));
}

MeshData makeEllipsoid(
    const glm::vec3& centre, const glm::vec3& radii, const glm::mat3& orientation, int subdivisions)
{
    std::vector<glm::vec3> points;
    std::vector<std::uint32_t> faces;
    unitIcosphere(subdivisions, points, faces);
    MeshData mesh;
    mesh.name = "ellipsoid";
    for (const glm::vec3& p : points) {
        mesh.positions.push_back(centre + orientation * (p * radii));
        // The normal of an ellipsoid at p * radii is p / radii (then rotated).
        mesh.normals.push_back(glm::normalize(orientation * (p / radii)));
    }
    mesh.indices = faces;
    return mesh;
}

MeshData makeCapsule(
    const glm::vec3& a, const glm::vec3& b, float radiusA, float radiusB, int segments, int rings)
{
    MeshData mesh;
    mesh.name = "capsule";
    const glm::vec3 axis = glm::length(b - a) > 1e-9f ? glm::normalize(b - a) : glm::vec3(0, 1, 0);
    const glm::vec3 u = anyPerpendicular(axis);
    const glm::vec3 v = glm::cross(axis, u);
    // Rows from the tip beyond `a` to the tip beyond `b`: hemisphere at a, hemisphere at b.
    struct Row {
        glm::vec3 centre;
        float radius;
        float axial; // component of the normal along the axis
    };
    std::vector<Row> rows;
    for (int r = 0; r <= rings; ++r) {
        const float angle = glm::half_pi<float>() * (1.0f - float(r) / float(rings)); // 90 -> 0 degrees
        rows.push_back({a - axis * (radiusA * std::sin(angle)), radiusA * std::cos(angle), -std::sin(angle)});
    }
    for (int r = 0; r <= rings; ++r) {
        const float angle = glm::half_pi<float>() * float(r) / float(rings); // 0 -> 90 degrees
        rows.push_back({b + axis * (radiusB * std::sin(angle)), radiusB * std::cos(angle), std::sin(angle)});
    }
    for (const Row& row : rows)
        for (int s = 0; s < segments; ++s) {
            const float phi = glm::two_pi<float>() * float(s) / float(segments);
            const glm::vec3 radial = u * std::cos(phi) + v * std::sin(phi);
            mesh.positions.push_back(row.centre + radial * row.radius);
            mesh.normals.push_back(glm::normalize(
                radial * std::sqrt(std::max(0.0f, 1.0f - row.axial * row.axial)) + axis * row.axial));
        }
    const auto at = [&](std::size_t row, int s) {
        return std::uint32_t(row * std::size_t(segments) + std::size_t(s % segments));
    };
    for (std::size_t r = 0; r + 1 < rows.size(); ++r)
        for (int s = 0; s < segments; ++s)
            mesh.indices.insert(mesh.indices.end(),
                {at(r, s), at(r + 1, s + 1), at(r + 1, s), at(r, s), at(r, s + 1), at(r + 1, s + 1)});
    return mesh;
}

MeshData makeDisc(const glm::vec3& centre, const glm::vec3& normal, float radius, int segments)
{
    MeshData mesh;
    mesh.name = "disc";
    const glm::vec3 n = glm::normalize(normal);
    const glm::vec3 u = anyPerpendicular(n);
    const glm::vec3 v = glm::cross(n, u);
    mesh.positions.push_back(centre);
    mesh.normals.push_back(n);
    for (int s = 0; s < segments; ++s) {
        const float phi = glm::two_pi<float>() * float(s) / float(segments);
        mesh.positions.push_back(centre + (u * std::cos(phi) + v * std::sin(phi)) * radius);
        mesh.normals.push_back(n);
    }
    for (int s = 0; s < segments; ++s)
        mesh.indices.insert(
            mesh.indices.end(), {0u, std::uint32_t(1 + s), std::uint32_t(1 + (s + 1) % segments)});
    return mesh;
}

} // namespace lumbar
