// A bounding volume hierarchy over one mesh's triangles: median splits, nearest-first traversal.
#include "scene/triangle_bvh.hpp"

#include "scene/ray_pick.hpp"

#include <algorithm>
#include <array>

namespace lumbar {
namespace {

constexpr std::uint32_t kLeafTriangles = 4;

/// Where the ray enters `box` (0 when it starts inside), or nothing when it misses the box or
/// leaves it before `fromDistance` or enters it after `toDistance`.
std::optional<float> boxEntry(
    const Ray& ray, const glm::vec3& inverse, const Bounds& box, float fromDistance, float toDistance)
{
    float entry = 0.0f;
    float exit = toDistance;
    for (int axis = 0; axis < 3; ++axis) {
        float t0 = (box.min[axis] - ray.origin[axis]) * inverse[axis];
        float t1 = (box.max[axis] - ray.origin[axis]) * inverse[axis];
        if (t0 > t1)
            std::swap(t0, t1);
        entry = std::max(entry, t0);
        exit = std::min(exit, t1);
        if (entry > exit)
            return std::nullopt;
    }
    if (exit < fromDistance)
        return std::nullopt;
    return entry;
}

} // namespace

TriangleBvh::TriangleBvh(const MeshData& mesh)
{
    const std::size_t triangles = mesh.indices.size() / 3;
    if (triangles == 0)
        return;
    std::vector<Bounds> boxes(triangles);
    std::vector<glm::vec3> centres(triangles);
    for (std::size_t t = 0; t < triangles; ++t) {
        for (int corner = 0; corner < 3; ++corner)
            boxes[t].add(mesh.positions[mesh.indices[t * 3 + std::size_t(corner)]]);
        centres[t] = boxes[t].center();
    }
    m_order.resize(triangles);
    for (std::size_t t = 0; t < triangles; ++t)
        m_order[t] = std::uint32_t(t);
    m_nodes.reserve(2 * (triangles / kLeafTriangles + 1));
    m_nodes.emplace_back();
    build(0, 0, std::uint32_t(triangles), boxes, centres);
}

void TriangleBvh::build(std::uint32_t node, std::uint32_t begin, std::uint32_t end,
    const std::vector<Bounds>& boxes, const std::vector<glm::vec3>& centres)
{
    Bounds box;
    Bounds centreBox;
    for (std::uint32_t i = begin; i < end; ++i) {
        box.add(boxes[m_order[i]]);
        centreBox.add(centres[m_order[i]]);
    }
    m_nodes[node].box = box;
    if (end - begin <= kLeafTriangles) {
        m_nodes[node].first = begin;
        m_nodes[node].count = end - begin;
        return;
    }
    const glm::vec3 extent = centreBox.size();
    const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0 : (extent.y >= extent.z ? 1 : 2);
    const std::uint32_t middle = begin + (end - begin) / 2;
    std::nth_element(m_order.begin() + begin, m_order.begin() + middle, m_order.begin() + end,
        [&](std::uint32_t a, std::uint32_t b) {
            return centres[a][axis] < centres[b][axis] || (centres[a][axis] == centres[b][axis] && a < b);
        });
    // The children are added as a pair, so the right one is always the left one's next.
    const std::uint32_t left = std::uint32_t(m_nodes.size());
    m_nodes.emplace_back();
    m_nodes.emplace_back();
    m_nodes[node].first = left;
    m_nodes[node].count = 0;
    build(left, begin, middle, boxes, centres);
    build(left + 1, middle, end, boxes, centres);
}

int TriangleBvh::depth() const
{
    if (m_nodes.empty())
        return 0;
    int deepest = 0;
    std::vector<std::pair<std::uint32_t, int>> stack{{0u, 1}};
    while (!stack.empty()) {
        const auto [index, level] = stack.back();
        stack.pop_back();
        const Node& node = m_nodes[index];
        if (node.count > 0) {
            deepest = std::max(deepest, level);
            continue;
        }
        stack.push_back({node.first, level + 1});
        stack.push_back({node.first + 1, level + 1});
    }
    return deepest;
}

std::optional<TriangleHit> TriangleBvh::nearest(
    const MeshData& mesh, const Ray& ray, float fromDistance, float toDistance) const
{
    if (m_nodes.empty())
        return std::nullopt;
    const glm::vec3 inverse = 1.0f / ray.direction; // inf for 0: the slab maths still holds
    std::optional<TriangleHit> best;
    float bestDistance = toDistance;
    std::array<std::uint32_t, 64> stack{};
    std::size_t size = 0;
    if (boxEntry(ray, inverse, m_nodes[0].box, fromDistance, bestDistance))
        stack[size++] = 0;
    while (size > 0) {
        const Node& node = m_nodes[stack[--size]];
        if (node.count > 0) {
            for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
                const std::uint32_t t = m_order[i];
                const glm::vec3& a = mesh.positions[mesh.indices[std::size_t(t) * 3]];
                const glm::vec3& b = mesh.positions[mesh.indices[std::size_t(t) * 3 + 1]];
                const glm::vec3& c = mesh.positions[mesh.indices[std::size_t(t) * 3 + 2]];
                const std::optional<float> distance = intersectTriangle(ray, a, b, c);
                // Ties go to the triangle listed first, whatever order the leaves are met in.
                const bool nearer = distance && *distance >= fromDistance
                    && (best ? *distance < bestDistance
                                || (*distance == bestDistance && t < best->triangleIndex)
                             : *distance < toDistance);
                if (!nearer)
                    continue;
                bestDistance = *distance;
                best = TriangleHit{t, *distance};
            }
            continue;
        }
        // Both children, the nearer visited first; a box entered beyond the best hit so far
        // cannot hold a nearer one (one entered exactly there may hold an earlier-listed tie).
        const std::optional<float> left
            = boxEntry(ray, inverse, m_nodes[node.first].box, fromDistance, bestDistance);
        const std::optional<float> right
            = boxEntry(ray, inverse, m_nodes[node.first + 1].box, fromDistance, bestDistance);
        if (left && right) {
            const bool leftFirst = *left <= *right;
            stack[size++] = leftFirst ? node.first + 1 : node.first;
            stack[size++] = leftFirst ? node.first : node.first + 1;
        } else if (left) {
            stack[size++] = node.first;
        } else if (right) {
            stack[size++] = node.first + 1;
        }
    }
    return best;
}

} // namespace lumbar
