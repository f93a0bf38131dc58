// Uniform triangle grids: ring search for the closest point, column lookups for the outer surfaces.
#include "technique/surface_index.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::technique {
namespace {

/// Fills a CSR table: `count(visit)` is called twice, once to count and once to fill.
template <typename ForEachTriangleCells>
void buildTable(std::size_t cellCount, std::size_t triangleCount, ForEachTriangleCells forEachCell,
    std::vector<std::uint32_t>& start, std::vector<std::uint32_t>& items)
{
    start.assign(cellCount + 1, 0);
    for (std::size_t t = 0; t < triangleCount; ++t)
        forEachCell(t, [&](std::size_t cell) { ++start[cell + 1]; });
    for (std::size_t c = 0; c < cellCount; ++c)
        start[c + 1] += start[c];
    items.assign(start.back(), 0);
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (std::size_t t = 0; t < triangleCount; ++t)
        forEachCell(t, [&](std::size_t cell) { items[fill[cell]++] = static_cast<std::uint32_t>(t); });
}

/// The coordinates of `p` in the plane across `axis`: (x, y) for Z, (y, z) for X.
glm::vec2 planeOf(ColumnAxis axis, const glm::vec3& p)
{
    return axis == ColumnAxis::Z ? glm::vec2(p.x, p.y) : glm::vec2(p.y, p.z);
}

/// The coordinate of `p` along `axis`.
float depthOf(ColumnAxis axis, const glm::vec3& p)
{
    return axis == ColumnAxis::Z ? p.z : p.x;
}

} // namespace

MeshPoint closestPointOnTriangle(
    const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c)
{
    MeshPoint result;
    auto done = [&](float u, float v, float w) {
        result.barycentric = {u, v, w};
        result.position = a * u + b * v + c * w;
        result.distance = glm::length(p - result.position);
        return result;
    };
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f)
        return done(1, 0, 0);
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3)
        return done(0, 1, 0);
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
        const float v = d1 / (d1 - d3);
        return done(1 - v, v, 0);
    }
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6)
        return done(0, 0, 1);
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
        const float w = d2 / (d2 - d6);
        return done(1 - w, 0, w);
    }
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
        const float w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        return done(0, 1 - w, w);
    }
    const float denominator = 1.0f / (va + vb + vc);
    const float v = vb * denominator, w = vc * denominator;
    return done(1 - v - w, v, w);
}

SurfaceIndex::SurfaceIndex(const MeshData& mesh, float trianglesPerCell)
    : m_mesh(mesh), m_bounds(mesh.bounds())
{
    const std::size_t triangles = mesh.triangleCount();
    if (triangles == 0)
        return;
    // Pad so flat meshes still have a non-zero extent on every axis.
    const glm::vec3 size = glm::max(m_bounds.size(), glm::vec3(1e-4f));
    const float targetCells = std::max(1.0f, static_cast<float>(triangles) / trianglesPerCell);
    const float cell = std::cbrt(size.x * size.y * size.z / targetCells);
    m_cells = glm::clamp(glm::ivec3(glm::ceil(size / cell)), glm::ivec3(1), glm::ivec3(128));
    m_cellSize = size / glm::vec3(m_cells);
    auto triangleBox = [&](std::size_t t, glm::vec3& lo, glm::vec3& hi) {
        const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
        const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
        const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
        lo = glm::min(a, glm::min(b, c));
        hi = glm::max(a, glm::max(b, c));
    };
    buildTable(
        static_cast<std::size_t>(m_cells.x) * m_cells.y * m_cells.z, triangles,
        [&](std::size_t t, auto&& visit) {
            glm::vec3 lo, hi;
            triangleBox(t, lo, hi);
            const glm::ivec3 from = cellOf(lo), to = cellOf(hi);
            for (int z = from.z; z <= to.z; ++z)
                for (int y = from.y; y <= to.y; ++y)
                    for (int x = from.x; x <= to.x; ++x)
                        visit((static_cast<std::size_t>(z) * m_cells.y + y) * m_cells.x + x);
        },
        m_cellStart, m_cellTriangles);
    buildColumns(ColumnAxis::Z);
    buildColumns(ColumnAxis::X);
}

glm::ivec3 SurfaceIndex::cellOf(const glm::vec3& point) const
{
    const glm::ivec3 cell(glm::floor((point - m_bounds.min) / m_cellSize));
    return glm::clamp(cell, glm::ivec3(0), m_cells - 1);
}

void SurfaceIndex::buildColumns(ColumnAxis axis)
{
    ColumnGrid& grid = m_columnGrids[std::size_t(axis)];
    const std::size_t triangles = m_mesh.triangleCount();
    const glm::vec2 size = glm::max(planeOf(axis, m_bounds.size()), glm::vec2(1e-4f));
    const float column = std::sqrt(size.x * size.y / std::max(1.0f, static_cast<float>(triangles) / 2.0f));
    grid.columns = glm::clamp(glm::ivec2(glm::ceil(size / column)), glm::ivec2(1), glm::ivec2(512));
    buildTable(
        static_cast<std::size_t>(grid.columns.x) * grid.columns.y, triangles,
        [&](std::size_t t, auto&& visit) {
            const glm::vec3& a = m_mesh.positions[m_mesh.indices[3 * t]];
            const glm::vec3& b = m_mesh.positions[m_mesh.indices[3 * t + 1]];
            const glm::vec3& c = m_mesh.positions[m_mesh.indices[3 * t + 2]];
            const glm::ivec2 from = columnOf(axis, planeOf(axis, glm::min(a, glm::min(b, c))));
            const glm::ivec2 to = columnOf(axis, planeOf(axis, glm::max(a, glm::max(b, c))));
            for (int j = from.y; j <= to.y; ++j)
                for (int i = from.x; i <= to.x; ++i)
                    visit(static_cast<std::size_t>(j) * grid.columns.x + i);
        },
        grid.start, grid.triangles);
}

glm::ivec2 SurfaceIndex::columnOf(ColumnAxis axis, glm::vec2 planePoint) const
{
    const glm::ivec2 columns = m_columnGrids[std::size_t(axis)].columns;
    const glm::vec2 size = glm::max(planeOf(axis, m_bounds.size()), glm::vec2(1e-4f)) / glm::vec2(columns);
    const glm::ivec2 column(glm::floor((planePoint - planeOf(axis, m_bounds.min)) / size));
    return glm::clamp(column, glm::ivec2(0), columns - 1);
}

std::optional<MeshPoint> SurfaceIndex::closest(const glm::vec3& point) const
{
    if (m_cellTriangles.empty())
        return std::nullopt;
    std::optional<MeshPoint> best;
    const glm::ivec3 centre = cellOf(point);
    const float minCell = std::min(m_cellSize.x, std::min(m_cellSize.y, m_cellSize.z));
    const int maxRing = std::max(m_cells.x, std::max(m_cells.y, m_cells.z));
    for (int ring = 0; ring <= maxRing; ++ring) {
        // Every cell of this ring is at least (ring - 1) cells away along some axis.
        if (best && best->distance < static_cast<float>(ring - 1) * minCell)
            break;
        const glm::ivec3 lo = glm::max(centre - ring, glm::ivec3(0));
        const glm::ivec3 hi = glm::min(centre + ring, m_cells - 1);
        for (int z = lo.z; z <= hi.z; ++z)
            for (int y = lo.y; y <= hi.y; ++y)
                for (int x = lo.x; x <= hi.x; ++x) {
                    const glm::ivec3 offset = glm::abs(glm::ivec3(x, y, z) - centre);
                    if (std::max(offset.x, std::max(offset.y, offset.z)) != ring)
                        continue;
                    const std::size_t cell = (static_cast<std::size_t>(z) * m_cells.y + y) * m_cells.x + x;
                    for (std::uint32_t i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
                        const std::uint32_t t = m_cellTriangles[i];
                        MeshPoint candidate
                            = closestPointOnTriangle(point, m_mesh.positions[m_mesh.indices[3 * t]],
                                m_mesh.positions[m_mesh.indices[3 * t + 1]],
                                m_mesh.positions[m_mesh.indices[3 * t + 2]]);
                        candidate.triangle = t;
                        // Ties go to the lower triangle index so results never depend on visit order.
                        if (!best || candidate.distance < best->distance
                            || (candidate.distance == best->distance && t < best->triangle))
                            best = candidate;
                    }
                }
    }
    return best;
}

std::optional<MeshPoint> SurfaceIndex::outermost(ColumnAxis axis, float a, float b, bool largest) const
{
    const ColumnGrid& grid = m_columnGrids[std::size_t(axis)];
    const glm::vec2 q(a, b), lo = planeOf(axis, m_bounds.min), hi = planeOf(axis, m_bounds.max);
    if (grid.triangles.empty() || q.x < lo.x || q.x > hi.x || q.y < lo.y || q.y > hi.y)
        return std::nullopt;
    const glm::ivec2 column = columnOf(axis, q);
    const std::size_t cell = static_cast<std::size_t>(column.y) * grid.columns.x + column.x;
    std::optional<MeshPoint> best;
    for (std::uint32_t i = grid.start[cell]; i < grid.start[cell + 1]; ++i) {
        const std::uint32_t t = grid.triangles[i];
        const glm::vec3& pa = m_mesh.positions[m_mesh.indices[3 * t]];
        const glm::vec3& pb = m_mesh.positions[m_mesh.indices[3 * t + 1]];
        const glm::vec3& pc = m_mesh.positions[m_mesh.indices[3 * t + 2]];
        // Barycentric weights of q in the triangle's projection onto the plane.
        const glm::vec2 ta = planeOf(axis, pa), tb = planeOf(axis, pb), tc = planeOf(axis, pc);
        const float area = (tb.x - ta.x) * (tc.y - ta.y) - (tc.x - ta.x) * (tb.y - ta.y);
        if (std::abs(area) < 1e-14f)
            continue;
        const float wb = ((q.x - ta.x) * (tc.y - ta.y) - (tc.x - ta.x) * (q.y - ta.y)) / area;
        const float wc = ((tb.x - ta.x) * (q.y - ta.y) - (q.x - ta.x) * (tb.y - ta.y)) / area;
        const float wa = 1.0f - wb - wc;
        constexpr float kEdge = -1e-5f; // accept points on shared edges
        if (wa < kEdge || wb < kEdge || wc < kEdge)
            continue;
        const glm::vec3 position = pa * wa + pb * wb + pc * wc;
        const float depth = depthOf(axis, position);
        if (!best
            || (largest ? depth > depthOf(axis, best->position) : depth < depthOf(axis, best->position)))
            best = MeshPoint{t, {wa, wb, wc}, position, 0.0f};
    }
    return best;
}

} // namespace lumbar::technique
