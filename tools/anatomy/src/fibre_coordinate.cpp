// Least-squares integration of the across-fibre direction field into a scalar coordinate.
// Why least squares: where fibres converge or fan out (latissimus towards the armpit, the
// gluteal cushions) the across direction is not a gradient field, so no scalar follows it
// exactly; the edge-wise fit spreads that unavoidable error evenly instead of letting it build
// up along a path, and it needs no parametrisation or seam.
#include "fibre_coordinate.hpp"

#include "body_envelope.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace lumbar {

namespace {

/// Conjugate gradients stop when the residual falls below this fraction of the right-hand side;
/// far below what a stripe can show (0.3 mm spacing error would need 1e-3).
constexpr double kRelativeTolerance = 1e-9;
/// Upper bound on the iterations: the mesh Laplacian's condition number grows with the square
/// of a muscle's length in edges (a few hundred), so CG needs well under this.
constexpr int kMaxIterations = 20000;

/// The normal's component away from the trunk's axis over which a surface turns from deep side to
/// outer side (a band either side of "sideways", so the weights change smoothly).
constexpr double kSideBlend = 0.25;

struct Edge {
    std::uint32_t i, j;
    double target; ///< the wanted s_j - s_i
    double weight;
};

glm::dvec3 acrossDirection(const Mesh& mesh, std::uint32_t v)
{
    const glm::dvec3 n(mesh.normals[v]), t(glm::vec3(mesh.tangents[v]));
    const glm::dvec3 across = glm::cross(n, t);
    const double length = glm::length(across);
    return length > 1e-12 ? across / length : glm::dvec3(0.0);
}

/// Unique edges in ascending (i, j) order, each with the wanted difference of s along it.
std::vector<Edge> edgesWithTargets(const Mesh& mesh, double deepSideWeight)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(mesh.indices.size());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (std::size_t k = 0; k < 3; ++k) {
            const std::uint32_t a = mesh.indices[t + k], b = mesh.indices[t + (k + 1) % 3];
            if (a != b)
                pairs.emplace_back(std::min(a, b), std::max(a, b));
        }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    std::vector<glm::dvec3> across(mesh.positions.size());
    std::vector<double> weight(mesh.positions.size());
    for (std::uint32_t v = 0; v < across.size(); ++v) {
        across[v] = acrossDirection(mesh, v);
        const double outer = outerSideFraction(mesh.positions[v], mesh.normals[v]);
        weight[v] = deepSideWeight + (1.0 - deepSideWeight) * outer;
    }
    std::vector<Edge> edges;
    edges.reserve(pairs.size());
    for (const auto& [i, j] : pairs) {
        // The generator's fibre fields are consistently oriented, but a tangent that fell back
        // to another direction (fibre along the normal) may point the other way: flip it rather
        // than average two opposite vectors to nothing.
        const glm::dvec3 aj = glm::dot(across[i], across[j]) < 0.0 ? -across[j] : across[j];
        glm::dvec3 mean = across[i] + aj;
        const double length = glm::length(mean);
        mean = length > 1e-12 ? mean / length : glm::dvec3(0.0);
        const glm::dvec3 step = glm::dvec3(mesh.positions[j]) - glm::dvec3(mesh.positions[i]);
        edges.push_back({i, j, glm::dot(step, mean), 0.5 * (weight[i] + weight[j])});
    }
    return edges;
}

/// y = L x for the edge graph's weighted Laplacian.
void applyLaplacian(const std::vector<Edge>& edges, const std::vector<double>& x, std::vector<double>& y)
{
    std::fill(y.begin(), y.end(), 0.0);
    for (const Edge& e : edges) {
        const double d = e.weight * (x[e.i] - x[e.j]);
        y[e.i] += d;
        y[e.j] -= d;
    }
}

double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k)
        sum += a[k] * b[k];
    return sum;
}

/// Connected piece of each vertex (numbered in order of first vertex).
std::vector<std::uint32_t> componentOf(std::size_t vertices, const std::vector<Edge>& edges)
{
    std::vector<std::uint32_t> parent(vertices);
    std::iota(parent.begin(), parent.end(), 0u);
    const auto root = [&](std::uint32_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const Edge& e : edges) {
        const std::uint32_t a = root(e.i), b = root(e.j);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    for (std::uint32_t v = 0; v < vertices; ++v)
        parent[v] = root(v);
    return parent;
}

} // namespace

double outerSideFraction(const glm::vec3& position, const glm::vec3& normal)
{
    const BodyEnvelope body;
    const glm::dvec2 outward(position.x, double(position.z) - double(body.centreZ(position.y)));
    const double length = glm::length(outward);
    if (length < 1e-9)
        return 1.0;
    const double away = glm::dot(glm::dvec2(normal.x, normal.z), outward / length);
    const double t = std::clamp((away + kSideBlend) / (2.0 * kSideBlend), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

FibreCoordinateSolve computeFibreCoordinates(Mesh& mesh, const FibreCoordinateOptions& options)
{
    const std::size_t n = mesh.positions.size();
    const std::vector<Edge> edges = edgesWithTargets(mesh, options.deepSideWeight);

    // Normal equations L s = b with b_i = sum over edges at i of w (wanted s_i - s_j). b sums to 0
    // over every connected piece, so it lies in L's range and CG from s = 0 stays there.
    std::vector<double> b(n, 0.0), diagonal(n, 0.0);
    for (const Edge& e : edges) {
        b[e.i] -= e.weight * e.target;
        b[e.j] += e.weight * e.target;
        diagonal[e.i] += e.weight;
        diagonal[e.j] += e.weight;
    }
    // Jacobi preconditioner: the weights span three orders of magnitude.
    std::vector<double> inverseDiagonal(n, 0.0);
    for (std::size_t k = 0; k < n; ++k)
        inverseDiagonal[k] = diagonal[k] > 0.0 ? 1.0 / diagonal[k] : 0.0;
    std::vector<double> s(n, 0.0), r = b, z(n), lp(n, 0.0);
    for (std::size_t k = 0; k < n; ++k)
        z[k] = inverseDiagonal[k] * r[k];
    std::vector<double> p = z;
    const double bNorm = std::sqrt(dot(b, b));
    double rz = dot(r, z);
    double rr = dot(r, r);
    FibreCoordinateSolve result;
    while (bNorm > 0.0 && result.iterations < kMaxIterations && std::sqrt(rr) > kRelativeTolerance * bNorm) {
        applyLaplacian(edges, p, lp);
        const double plp = dot(p, lp);
        if (plp <= 0.0)
            break; // p in the null space: nothing left to fit
        const double alpha = rz / plp;
        for (std::size_t k = 0; k < n; ++k) {
            s[k] += alpha * p[k];
            r[k] -= alpha * lp[k];
            z[k] = inverseDiagonal[k] * r[k];
        }
        const double rzNext = dot(r, z);
        const double beta = rzNext / rz;
        rz = rzNext;
        rr = dot(r, r);
        for (std::size_t k = 0; k < n; ++k)
            p[k] = z[k] + beta * p[k];
        ++result.iterations;
    }
    result.relativeResidual = bNorm > 0.0 ? std::sqrt(rr) / bNorm : 0.0;

    // Pin each piece's mean to 0 (the solve leaves the constant free; rounding may drift it).
    const std::vector<std::uint32_t> component = componentOf(n, edges);
    std::vector<double> sum(n, 0.0);
    std::vector<std::size_t> count(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        sum[component[v]] += s[v];
        ++count[component[v]];
    }
    mesh.fibreCoords.resize(n);
    for (std::size_t v = 0; v < n; ++v)
        mesh.fibreCoords[v] = float(s[v] - sum[component[v]] / double(count[component[v]]));
    return result;
}

std::vector<glm::dvec3> triangleGradients(const Mesh& mesh, const std::vector<float>& values)
{
    std::vector<glm::dvec3> gradients;
    gradients.reserve(mesh.triangleCount());
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const std::uint32_t i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
        const glm::dvec3 p0(mesh.positions[i0]);
        const glm::dvec3 e1 = glm::dvec3(mesh.positions[i1]) - p0, e2 = glm::dvec3(mesh.positions[i2]) - p0;
        const glm::dvec3 normal = glm::cross(e1, e2);
        const double area2 = glm::dot(normal, normal);
        if (area2 <= 0.0) {
            gradients.emplace_back(0.0);
            continue;
        }
        // The in-plane g with g.e1 = ds1 and g.e2 = ds2.
        const double ds1 = double(values[i1]) - double(values[i0]),
                     ds2 = double(values[i2]) - double(values[i0]);
        gradients.push_back((ds1 * glm::cross(e2, normal) + ds2 * glm::cross(normal, e1)) / area2);
    }
    return gradients;
}

} // namespace lumbar
