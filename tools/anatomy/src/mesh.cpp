// Mesh operations shared by the generator and the tests.
#include "mesh.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace lumbar {

namespace {

std::vector<std::vector<std::uint32_t>> vertexNeighbours(const Mesh& mesh)
{
    std::vector<std::vector<std::uint32_t>> nb(mesh.positions.size());
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const auto a = mesh.indices[t + k], b = mesh.indices[t + (k + 1) % 3];
            nb[a].push_back(b);
            nb[b].push_back(a);
        }
    for (auto& n : nb) {
        std::sort(n.begin(), n.end());
        n.erase(std::unique(n.begin(), n.end()), n.end());
    }
    return nb;
}

std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b)
{
    return (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b);
}

std::uint32_t findRoot(std::vector<std::uint32_t>& parent, std::uint32_t i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

void computeNormals(Mesh& mesh)
{
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const auto a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        const glm::vec3 n
            = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
        mesh.normals[a] += n;
        mesh.normals[b] += n;
        mesh.normals[c] += n;
    }
    for (auto& n : mesh.normals) {
        const float len = glm::length(n);
        n = len > 0 ? n / len : glm::vec3(0, 1, 0);
    }
}

void taubinSmooth(Mesh& mesh, int iterations, float lambda, float mu)
{
    const auto nb = vertexNeighbours(mesh);
    std::vector<glm::vec3> next(mesh.positions.size());
    const auto step = [&](float factor) {
        for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
            if (nb[i].empty()) {
                next[i] = mesh.positions[i];
                continue;
            }
            glm::vec3 mean(0.0f);
            for (auto j : nb[i])
                mean += mesh.positions[j];
            mean /= float(nb[i].size());
            next[i] = mesh.positions[i] + factor * (mean - mesh.positions[i]);
        }
        mesh.positions.swap(next);
    };
    for (int it = 0; it < iterations; ++it) {
        step(lambda);
        step(mu);
    }
}

void compactVertices(Mesh& mesh)
{
    std::vector<std::uint32_t> remap(mesh.positions.size(), UINT32_MAX);
    std::vector<glm::vec3> positions;
    positions.reserve(mesh.positions.size());
    for (auto& i : mesh.indices) {
        if (remap[i] == UINT32_MAX) {
            remap[i] = std::uint32_t(positions.size());
            positions.push_back(mesh.positions[i]);
        }
        i = remap[i];
    }
    mesh.positions = std::move(positions);
    mesh.normals.clear();
    mesh.tangents.clear();
}

void removeSmallComponents(Mesh& mesh, double minVolumeFraction)
{
    std::vector<std::uint32_t> parent(mesh.positions.size());
    std::iota(parent.begin(), parent.end(), 0u);
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int k = 1; k < 3; ++k) {
            const auto ra = findRoot(parent, mesh.indices[t]), rb = findRoot(parent, mesh.indices[t + k]);
            if (ra != rb)
                parent[std::max(ra, rb)] = std::min(ra, rb);
        }
    std::map<std::uint32_t, double> volume;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const auto& a = mesh.positions[mesh.indices[t]];
        const auto& b = mesh.positions[mesh.indices[t + 1]];
        const auto& c = mesh.positions[mesh.indices[t + 2]];
        volume[findRoot(parent, mesh.indices[t])]
            += glm::dot(glm::dvec3(a), glm::cross(glm::dvec3(b), glm::dvec3(c))) / 6.0;
    }
    double largest = 0;
    for (const auto& [root, v] : volume)
        largest = std::max(largest, v);
    std::vector<std::uint32_t> kept;
    kept.reserve(mesh.indices.size());
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        if (volume[findRoot(parent, mesh.indices[t])] >= minVolumeFraction * largest)
            kept.insert(kept.end(), mesh.indices.begin() + long(t), mesh.indices.begin() + long(t) + 3);
    mesh.indices = std::move(kept);
    compactVertices(mesh);
}

TopologyReport checkTopology(const Mesh& mesh)
{
    TopologyReport report;
    // For every undirected edge: how many triangles use it, and the net direction count.
    std::unordered_map<std::uint64_t, std::pair<int, int>> edges;
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> fans(mesh.positions.size());
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const std::uint32_t v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
        if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) {
            ++report.degenerateTriangles;
            continue;
        }
        for (int k = 0; k < 3; ++k) {
            const auto a = v[k], b = v[(k + 1) % 3];
            auto& e = edges[edgeKey(a, b)];
            e.first += 1;
            e.second += a < b ? 1 : -1;
            fans[v[k]].push_back({b, v[(k + 2) % 3]});
        }
    }
    for (const auto& [key, e] : edges) {
        if (e.first == 1)
            ++report.boundaryEdges;
        else if (e.first > 2)
            ++report.nonManifoldEdges;
        else if (e.second != 0)
            ++report.inconsistentEdges;
    }
    // A manifold vertex's opposite edges chain into a single closed loop.
    for (const auto& fan : fans) {
        if (fan.empty())
            continue;
        std::unordered_map<std::uint32_t, std::uint32_t> next;
        bool ok = true;
        for (const auto& [from, to] : fan)
            if (!next.emplace(from, to).second)
                ok = false;
        if (ok) {
            std::uint32_t cur = fan.front().first;
            std::size_t steps = 0;
            do {
                auto it = next.find(cur);
                if (it == next.end()) {
                    ok = false;
                    break;
                }
                cur = it->second;
                ++steps;
            } while (cur != fan.front().first && steps <= fan.size());
            ok = ok && steps == fan.size();
        }
        if (!ok)
            ++report.nonManifoldVertices;
    }
    return report;
}

double signedVolume(const Mesh& mesh)
{
    double v = 0;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const glm::dvec3 a = mesh.positions[mesh.indices[t]];
        const glm::dvec3 b = mesh.positions[mesh.indices[t + 1]];
        const glm::dvec3 c = mesh.positions[mesh.indices[t + 2]];
        v += glm::dot(a, glm::cross(b, c));
    }
    return v / 6.0;
}

double crossSectionAreaY(const Mesh& mesh, float planeY)
{
    // Each triangle crossing the plane contributes one contour segment, from the edge where its
    // boundary rises through the plane to the edge where it falls; for outward CCW triangles the
    // segments run so that the shoelace sum over (x, z) is the enclosed area.
    double twiceArea = 0;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        glm::dvec3 rise{}, fall{};
        int found = 0;
        for (int k = 0; k < 3; ++k) {
            const glm::dvec3 a = mesh.positions[mesh.indices[t + k]];
            const glm::dvec3 b = mesh.positions[mesh.indices[t + (k + 1) % 3]];
            const bool aAbove = a.y >= planeY, bAbove = b.y >= planeY;
            if (aAbove == bAbove)
                continue;
            const glm::dvec3 p = a + (b - a) * ((planeY - a.y) / (b.y - a.y));
            if (bAbove)
                rise = p;
            else
                fall = p;
            ++found;
        }
        if (found == 2)
            twiceArea += rise.x * fall.z - fall.x * rise.z;
    }
    return 0.5 * twiceArea;
}

InsideTester::InsideTester(const Mesh& mesh, int bins)
    : mesh_(mesh), bins_(bins), cells_(std::size_t(bins * bins))
{
    min_ = glm::vec2(1e9f);
    max_ = glm::vec2(-1e9f);
    for (const auto& p : mesh.positions) {
        min_ = glm::min(min_, glm::vec2(p.x, p.y));
        max_ = glm::max(max_, glm::vec2(p.x, p.y));
    }
    const glm::vec2 size = glm::max(max_ - min_, glm::vec2(1e-6f));
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        glm::vec2 lo(1e9f), hi(-1e9f);
        for (int k = 0; k < 3; ++k) {
            const auto& p = mesh.positions[mesh.indices[t + k]];
            lo = glm::min(lo, glm::vec2(p.x, p.y));
            hi = glm::max(hi, glm::vec2(p.x, p.y));
        }
        const glm::ivec2 c0 = glm::clamp(glm::ivec2((lo - min_) / size * float(bins)), 0, bins - 1);
        const glm::ivec2 c1 = glm::clamp(glm::ivec2((hi - min_) / size * float(bins)), 0, bins - 1);
        for (int y = c0.y; y <= c1.y; ++y)
            for (int x = c0.x; x <= c1.x; ++x)
                cells_[std::size_t(y * bins + x)].push_back(std::uint32_t(t));
    }
}

std::optional<double> zCrossing(
    const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, double x, double y, double edgeTolerance)
{
    // Barycentric coordinates of (x, y) in the triangle's XY projection.
    const double det = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    if (std::abs(det) < 1e-18)
        return std::nullopt;
    const double u = ((x - a.x) * (c.y - a.y) - (c.x - a.x) * (y - a.y)) / det;
    const double v = ((b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y)) / det;
    if (u < -edgeTolerance || v < -edgeTolerance || u + v > 1.0 + edgeTolerance)
        return std::nullopt;
    return a.z + u * (b.z - a.z) + v * (c.z - a.z);
}

int InsideTester::crossingsAbove(const glm::vec3& p) const
{
    if (p.x < min_.x || p.y < min_.y || p.x > max_.x || p.y > max_.y)
        return 0;
    const glm::vec2 size = glm::max(max_ - min_, glm::vec2(1e-6f));
    const glm::ivec2 c
        = glm::clamp(glm::ivec2((glm::vec2(p.x, p.y) - min_) / size * float(bins_)), 0, bins_ - 1);
    int crossings = 0;
    for (auto t : cells_[std::size_t(c.y * bins_ + c.x)]) {
        const glm::dvec3 a = mesh_.positions[mesh_.indices[t]];
        const glm::dvec3 b = mesh_.positions[mesh_.indices[t + 1]];
        const glm::dvec3 d = mesh_.positions[mesh_.indices[t + 2]];
        const std::optional<double> z = zCrossing(a, b, d, p.x, p.y);
        if (z && *z > p.z)
            ++crossings;
    }
    return crossings;
}

} // namespace lumbar
