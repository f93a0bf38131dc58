// Quadric-error edge collapse (Garland & Heckbert 1997) with manifold-preserving checks.
#include "decimate.hpp"

#include <glm/gtc/matrix_inverse.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <queue>
#include <span>
#include <stdexcept>
#include <vector>

namespace lumbar {

namespace {

using Quadric = std::array<double, 10>; // symmetric 4x4: xx xy xz xw yy yz yw zz zw ww

Quadric planeQuadric(const glm::dvec3& n, double d, double weight)
{
    return {weight * n.x * n.x, weight * n.x * n.y, weight * n.x * n.z, weight * n.x * d, weight * n.y * n.y,
        weight * n.y * n.z, weight * n.y * d, weight * n.z * n.z, weight * n.z * d, weight * d * d};
}

void add(Quadric& a, const Quadric& b)
{
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
}

double evaluate(const Quadric& q, const glm::dvec3& v)
{
    return q[0] * v.x * v.x + 2 * q[1] * v.x * v.y + 2 * q[2] * v.x * v.z + 2 * q[3] * v.x + q[4] * v.y * v.y
        + 2 * q[5] * v.y * v.z + 2 * q[6] * v.y + q[7] * v.z * v.z + 2 * q[8] * v.z + q[9];
}

double quality(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c)
{
    const double area2 = glm::length(glm::cross(b - a, c - a));
    const double edges = glm::dot(b - a, b - a) + glm::dot(c - b, c - b) + glm::dot(a - c, a - c);
    return edges > 0 ? 2.0 * std::sqrt(3.0) * area2 / edges : 0.0; // 1 for equilateral
}

struct Candidate {
    double cost;
    std::uint32_t a, b;
    std::uint32_t stampA, stampB;
    glm::dvec3 target;
    bool operator>(const Candidate& o) const
    {
        if (cost != o.cost)
            return cost > o.cost;
        if (a != o.a)
            return a > o.a;
        return b > o.b;
    }
};

class Simplifier {
public:
    Simplifier(const Mesh& mesh, std::span<const std::uint8_t> regions)
    {
        pos_.assign(mesh.positions.begin(), mesh.positions.end());
        regions_.assign(regions.begin(), regions.end());
        tris_.resize(mesh.triangleCount());
        for (std::size_t t = 0; t < tris_.size(); ++t)
            tris_[t] = {mesh.indices[3 * t], mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]};
        triAlive_.assign(tris_.size(), true);
        vertAlive_.assign(pos_.size(), true);
        stamp_.assign(pos_.size(), 0);
        vtris_.resize(pos_.size());
        quadric_.assign(pos_.size(), Quadric{});
        for (std::uint32_t t = 0; t < tris_.size(); ++t) {
            const auto& [a, b, c] = tris_[t];
            const glm::dvec3 cr = glm::cross(pos_[b] - pos_[a], pos_[c] - pos_[a]);
            const double len = glm::length(cr);
            if (len > 0) {
                const glm::dvec3 n = cr / len;
                const Quadric q = planeQuadric(n, -glm::dot(n, pos_[a]), 0.5 * len);
                for (auto v : tris_[t])
                    add(quadric_[v], q);
            }
            for (auto v : tris_[t])
                vtris_[v].push_back(t);
        }
        aliveTriangles_ = tris_.size();
        border_.resize(pos_.size());
        for (std::uint32_t v = 0; v < pos_.size(); ++v)
            border_[v] = bordersAnotherRegion(v);
    }

    void run(std::size_t target)
    {
        // A refused edge is only re-queued when one of its ends moves, yet a collapse nearby
        // can make it acceptable: sweep again over all live edges until nothing changes.
        for (bool progress = true; progress && aliveTriangles_ > target;) {
            progress = false;
            heap_ = {};
            for (std::uint32_t v = 0; v < pos_.size(); ++v)
                if (vertAlive_[v])
                    pushEdgesOf(v);
            while (aliveTriangles_ > target && !heap_.empty()) {
                const Candidate c = heap_.top();
                heap_.pop();
                if (!vertAlive_[c.a] || !vertAlive_[c.b] || stamp_[c.a] != c.stampA
                    || stamp_[c.b] != c.stampB)
                    continue;
                if (!collapseAllowed(c.a, c.b, c.target))
                    continue;
                collapse(c.a, c.b, c.target);
                progress = true;
            }
        }
    }

    Mesh result() const
    {
        Mesh mesh;
        mesh.positions.assign(pos_.begin(), pos_.end());
        for (std::size_t t = 0; t < tris_.size(); ++t)
            if (triAlive_[t])
                mesh.indices.insert(mesh.indices.end(), tris_[t].begin(), tris_[t].end());
        compactVertices(mesh);
        return mesh;
    }

private:
    std::vector<std::uint32_t> neighbours(std::uint32_t v) const
    {
        std::vector<std::uint32_t> out;
        for (auto t : vtris_[v])
            for (auto w : tris_[t])
                if (w != v)
                    out.push_back(w);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /// Whether `v` has a neighbour in another region, from its neighbours now.
    bool bordersAnotherRegion(std::uint32_t v) const
    {
        if (regions_.empty())
            return false;
        const auto around = neighbours(v);
        return std::any_of(
            around.begin(), around.end(), [&](std::uint32_t w) { return regions_[w] != regions_[v]; });
    }

    void pushEdge(std::uint32_t a, std::uint32_t b)
    {
        if (!regions_.empty() && regions_[a] != regions_[b])
            return; // never joins two regions: their border keeps its vertices
        if (a > b)
            std::swap(a, b);
        Quadric q = quadric_[a];
        add(q, quadric_[b]);
        std::vector<glm::dvec3> options{pos_[a], pos_[b], 0.5 * (pos_[a] + pos_[b])};
        // A vertex on a border between regions only moves along it: joined to one off it, it
        // stays where it is (else the border's row of vertices drifts away from the border and
        // the triangles across it widen).
        const bool borderA = border_[a], borderB = border_[b];
        if (borderA != borderB)
            options = {borderA ? pos_[a] : pos_[b]};
        // The quadric's minimiser, when well conditioned and near the edge (keeps convex
        // surfaces from shrinking, which endpoint/midpoint placement alone does).
        const glm::dmat3 A(q[0], q[1], q[2], q[1], q[4], q[5], q[2], q[5], q[7]);
        const double det = glm::determinant(A);
        const double scale = q[0] + q[4] + q[7];
        if (borderA == borderB && scale > 0 && std::abs(det) > 1e-9 * scale * scale * scale) {
            const glm::dvec3 v = glm::inverse(A) * -glm::dvec3(q[3], q[6], q[8]);
            if (glm::length(v - options[2]) < glm::length(pos_[a] - pos_[b]))
                options.push_back(v);
        }
        Candidate best{1e300, a, b, stamp_[a], stamp_[b], options.front()};
        for (const auto& o : options) {
            const double cost = std::max(0.0, evaluate(q, o));
            if (cost < best.cost) {
                best.cost = cost;
                best.target = o;
            }
        }
        // A small length term (same units as the quadric, m^4) makes flat regions collapse
        // their shortest edges first instead of in arbitrary order.
        const double len2 = glm::dot(pos_[a] - pos_[b], pos_[a] - pos_[b]);
        best.cost += 1e-3 * len2 * len2;
        heap_.push(best);
    }

    void pushEdgesOf(std::uint32_t v)
    {
        for (auto w : neighbours(v))
            pushEdge(v, w);
    }

    bool collapseAllowed(std::uint32_t a, std::uint32_t b, const glm::dvec3& target) const
    {
        // Link condition: the only vertices adjacent to both ends are the two triangles' apexes.
        std::vector<std::uint32_t> shared;
        int edgeTriangles = 0;
        for (auto t : vtris_[a]) {
            const auto& tri = tris_[t];
            if (std::find(tri.begin(), tri.end(), b) != tri.end())
                ++edgeTriangles;
        }
        if (edgeTriangles != 2)
            return false;
        const auto na = neighbours(a), nb = neighbours(b);
        std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(), std::back_inserter(shared));
        if (shared.size() != 2)
            return false;
        // Each apex loses one neighbour; keep every valence at least three (no tetrahedra pinching).
        for (auto s : shared)
            if (neighbours(s).size() <= 3)
                return false;
        if (na.size() + nb.size() - 4 < 3)
            return false;
        // No flipped or needle triangles among the ones that survive.
        for (auto v : {a, b})
            for (auto t : vtris_[v]) {
                auto tri = tris_[t];
                if (std::find(tri.begin(), tri.end(), a) != tri.end()
                    && std::find(tri.begin(), tri.end(), b) != tri.end())
                    continue;
                std::array<glm::dvec3, 3> before{pos_[tri[0]], pos_[tri[1]], pos_[tri[2]]}, after = before;
                for (int k = 0; k < 3; ++k)
                    if (tri[std::size_t(k)] == v)
                        after[std::size_t(k)] = target;
                const glm::dvec3 n0 = glm::cross(before[1] - before[0], before[2] - before[0]);
                const glm::dvec3 n1 = glm::cross(after[1] - after[0], after[2] - after[0]);
                const double l0 = glm::length(n0), l1 = glm::length(n1);
                if (l1 <= 1e-16)
                    return false;
                // Slivers straight from the polygoniser have unreliable normals; judge flips
                // only against triangles with a usable shape.
                const double q0 = quality(before[0], before[1], before[2]);
                if (q0 > 0.05 && l0 > 1e-14 && glm::dot(n0, n1) < 0.3 * l0 * l1)
                    return false;
                const double q1 = quality(after[0], after[1], after[2]);
                if (q1 < 0.04 && q1 < q0)
                    return false;
            }
        return true;
    }

    void collapse(std::uint32_t a, std::uint32_t b, const glm::dvec3& target)
    {
        for (auto t : vtris_[b]) {
            auto& tri = tris_[t];
            if (std::find(tri.begin(), tri.end(), a) != tri.end()) {
                if (triAlive_[t]) {
                    triAlive_[t] = false;
                    --aliveTriangles_;
                }
                continue;
            }
            for (auto& v : tri)
                if (v == b)
                    v = a;
            vtris_[a].push_back(t);
        }
        std::vector<std::uint32_t> live;
        for (auto t : vtris_[a])
            if (triAlive_[t])
                live.push_back(t);
        std::sort(live.begin(), live.end());
        live.erase(std::unique(live.begin(), live.end()), live.end());
        vtris_[a] = std::move(live);
        // The apexes of the two removed triangles lost a triangle each.
        for (auto w : neighbours(a)) {
            auto& list = vtris_[w];
            list.erase(
                std::remove_if(list.begin(), list.end(), [&](std::uint32_t t) { return !triAlive_[t]; }),
                list.end());
        }
        vtris_[b].clear();
        vertAlive_[b] = false;
        pos_[a] = target;
        add(quadric_[a], quadric_[b]);
        // Only `a`'s neighbours changed in kind (b was of a's region, so whoever had b as a
        // neighbour now has a): the other vertices keep their border.
        border_[a] = bordersAnotherRegion(a);
        // Only edges touching `a` changed cost; stale heap entries are recognised by the stamp.
        ++stamp_[a];
        pushEdgesOf(a);
    }

    std::vector<glm::dvec3> pos_;
    std::vector<std::uint8_t> regions_; ///< per vertex; empty: one region
    std::vector<bool> border_; ///< per vertex: has a neighbour in another region
    std::vector<std::array<std::uint32_t, 3>> tris_;
    std::vector<bool> triAlive_, vertAlive_;
    std::vector<std::uint32_t> stamp_;
    std::vector<std::vector<std::uint32_t>> vtris_;
    std::vector<Quadric> quadric_;
    std::size_t aliveTriangles_ = 0;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap_;
};

} // namespace

void decimate(Mesh& mesh, std::size_t targetTriangles, std::span<const std::uint8_t> regions)
{
    if (!regions.empty() && regions.size() != mesh.positions.size())
        throw std::invalid_argument("decimate: one region per vertex expected");
    if (mesh.triangleCount() <= targetTriangles)
        return;
    Simplifier simplifier(mesh, regions);
    simplifier.run(targetTriangles);
    mesh = simplifier.result();
}

} // namespace lumbar
