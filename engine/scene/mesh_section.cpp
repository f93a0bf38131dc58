// Slicing a closed mesh: each triangle the plane crosses gives one segment, oriented by the
// triangle's winding; segments meet on the edges they share and chain into loops.
#include "scene/mesh_section.hpp"

#include "scene/mesh_topology.hpp"

#include <cstdint>
#include <unordered_map>

namespace lumbar {
namespace {

/// The edge {a, b} whichever way it runs.
std::uint64_t undirectedEdge(std::uint32_t a, std::uint32_t b)
{
    return a < b ? (std::uint64_t(a) << 32) | b : (std::uint64_t(b) << 32) | a;
}

struct Segment {
    std::uint64_t fromEdge, toEdge;
    glm::vec3 from;
};

} // namespace

float MeshSection::areaM2() const
{
    float total = 0.0f;
    for (const SectionLoop& loop : loops)
        total += loop.signedAreaM2;
    return total;
}

MeshSection sliceMesh(const MeshData& mesh, const glm::vec4& plane)
{
    MeshSection section;
    const glm::vec3 normal(plane);
    if (normal == glm::vec3(0.0f))
        return section;
    const std::vector<std::uint32_t> ids = weldedIds(mesh.positions);
    std::vector<float> distance(mesh.positions.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i)
        distance[i] = glm::dot(normal, mesh.positions[i]) + plane.w;
    const auto crossing = [&](std::uint32_t a, std::uint32_t b) {
        // Interpolated from the lower id, so both triangles of an edge find the same point.
        if (ids[a] > ids[b])
            std::swap(a, b);
        const float t = distance[a] / (distance[a] - distance[b]);
        return mesh.positions[a] + t * (mesh.positions[b] - mesh.positions[a]);
    };

    std::vector<Segment> segments;
    std::unordered_map<std::uint64_t, std::size_t> startingAt;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        std::uint32_t v[3] = {mesh.indices[i], mesh.indices[i + 1], mesh.indices[i + 2]};
        const bool positive[3] = {distance[v[0]] >= 0.0f, distance[v[1]] >= 0.0f, distance[v[2]] >= 0.0f};
        if (positive[0] == positive[1] && positive[1] == positive[2])
            continue;
        // Turn the triangle (keeping its winding) so that v[0] is the vertex alone on its side.
        const int lone = positive[1] == positive[2] ? 0 : positive[0] == positive[2] ? 1 : 2;
        std::uint32_t w[3] = {v[lone], v[(lone + 1) % 3], v[(lone + 2) % 3]};
        const std::uint64_t e01 = undirectedEdge(ids[w[0]], ids[w[1]]);
        const std::uint64_t e02 = undirectedEdge(ids[w[0]], ids[w[2]]);
        // Runs along cross(triangle normal, plane normal): outer boundaries counter-clockwise
        // seen against the plane's normal.
        Segment segment = positive[lone] ? Segment{e02, e01, crossing(w[0], w[2])}
                                         : Segment{e01, e02, crossing(w[0], w[1])};
        startingAt.emplace(segment.fromEdge, segments.size());
        segments.push_back(segment);
    }

    std::vector<bool> used(segments.size(), false);
    // Open chains first, from their heads (segments nothing leads into), so that each is walked
    // whole once; what is left are closed loops.
    std::unordered_map<std::uint64_t, std::size_t> endingAt;
    for (std::size_t i = 0; i < segments.size(); ++i)
        endingAt.emplace(segments[i].toEdge, i);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (!endingAt.count(segments[i].fromEdge))
            order.push_back(i);
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (endingAt.count(segments[i].fromEdge))
            order.push_back(i);
    const glm::vec3 against = -glm::normalize(normal);
    for (const std::size_t first : order) {
        if (used[first])
            continue;
        SectionLoop loop;
        std::size_t at = first;
        bool closed = false;
        while (true) {
            used[at] = true;
            loop.points.push_back(segments[at].from);
            const auto next = startingAt.find(segments[at].toEdge);
            if (next == startingAt.end())
                break;
            if (next->second == first) {
                closed = true;
                break;
            }
            if (used[next->second])
                break;
            at = next->second;
        }
        if (!closed || loop.points.size() < 3) {
            ++section.openChains;
            continue;
        }
        glm::vec3 twiceArea(0.0f);
        for (std::size_t k = 0; k < loop.points.size(); ++k)
            twiceArea += glm::cross(loop.points[k], loop.points[(k + 1) % loop.points.size()]);
        loop.signedAreaM2 = 0.5f * glm::dot(twiceArea, against);
        section.loops.push_back(std::move(loop));
    }
    return section;
}

} // namespace lumbar
