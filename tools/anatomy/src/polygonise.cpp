// Marching tetrahedra over a regular grid (see polygonise.hpp for why tetrahedra).
#include "polygonise.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace lumbar {

Mesh polygonise(const DistanceField& field, const Box& box, float cellSizeM)
{
    const Box grid = box.expanded(2.0f * cellSizeM);
    const glm::ivec3 n = glm::ivec3(glm::ceil((grid.max - grid.min) / cellSizeM)) + 1;
    const auto index = [&](int x, int y, int z) { return std::size_t(x + n.x * (y + n.y * z)); };
    const auto point = [&](std::size_t i) {
        const int x = int(i % std::size_t(n.x));
        const int y = int((i / std::size_t(n.x)) % std::size_t(n.y));
        const int z = int(i / (std::size_t(n.x) * std::size_t(n.y)));
        return grid.min + glm::vec3(x, y, z) * cellSizeM;
    };

    std::vector<float> value(std::size_t(n.x) * std::size_t(n.y) * std::size_t(n.z));
    for (int z = 0; z < n.z; ++z)
        for (int y = 0; y < n.y; ++y)
            for (int x = 0; x < n.x; ++x) {
                const std::size_t i = index(x, y, z);
                const bool border
                    = x == 0 || y == 0 || z == 0 || x == n.x - 1 || y == n.y - 1 || z == n.z - 1;
                float v = border ? cellSizeM : field(point(i));
                // Exact zeros would put surface vertices on grid points shared by several edges.
                if (v == 0.0f || std::isnan(v))
                    v = 1e-7f;
                value[i] = v;
            }

    Mesh mesh;
    std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;
    const auto vertexOn = [&](std::size_t a, std::size_t b) {
        if (a > b)
            std::swap(a, b);
        const std::uint64_t key = (std::uint64_t(a) << 32) | std::uint64_t(b);
        auto [it, added] = edgeVertex.try_emplace(key, std::uint32_t(mesh.positions.size()));
        if (added) {
            const float fa = value[a], fb = value[b];
            const float t = std::clamp(fa / (fa - fb), 1e-3f, 1.0f - 1e-3f);
            mesh.positions.push_back(glm::mix(point(a), point(b), t));
        }
        return it->second;
    };
    const auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, const glm::vec3& outward) {
        const glm::vec3 nrm
            = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
        if (glm::dot(nrm, outward) < 0)
            std::swap(b, c);
        mesh.indices.insert(mesh.indices.end(), {a, b, c});
    };

    // Six tetrahedra sharing the cube diagonal 0-7 (corner bits: x=1, y=2, z=4); every cube
    // splits its faces along the same diagonals, so neighbouring cubes agree.
    static constexpr int kTets[6][4]
        = {{0, 1, 3, 7}, {0, 3, 2, 7}, {0, 2, 6, 7}, {0, 6, 4, 7}, {0, 4, 5, 7}, {0, 5, 1, 7}};
    for (int z = 0; z + 1 < n.z; ++z)
        for (int y = 0; y + 1 < n.y; ++y)
            for (int x = 0; x + 1 < n.x; ++x) {
                std::array<std::size_t, 8> corner;
                int insideCount = 0;
                for (int c = 0; c < 8; ++c) {
                    corner[std::size_t(c)] = index(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1));
                    insideCount += value[corner[std::size_t(c)]] < 0;
                }
                if (insideCount == 0 || insideCount == 8)
                    continue;
                for (const auto& tet : kTets) {
                    std::array<std::size_t, 4> in{}, out{};
                    int ni = 0, no = 0;
                    for (int k : tet) {
                        const std::size_t g = corner[std::size_t(k)];
                        if (value[g] < 0)
                            in[std::size_t(ni++)] = g;
                        else
                            out[std::size_t(no++)] = g;
                    }
                    if (ni == 0 || no == 0)
                        continue;
                    glm::vec3 cin(0.0f), cout(0.0f);
                    for (int k = 0; k < ni; ++k)
                        cin += point(in[std::size_t(k)]);
                    for (int k = 0; k < no; ++k)
                        cout += point(out[std::size_t(k)]);
                    const glm::vec3 outward = cout / float(no) - cin / float(ni);
                    if (ni == 1 || no == 1) {
                        const std::size_t lone = ni == 1 ? in[0] : out[0];
                        const auto& others = ni == 1 ? out : in;
                        emit(vertexOn(lone, others[0]), vertexOn(lone, others[1]), vertexOn(lone, others[2]),
                            outward);
                    } else {
                        const auto ac = vertexOn(in[0], out[0]), ad = vertexOn(in[0], out[1]);
                        const auto bd = vertexOn(in[1], out[1]), bc = vertexOn(in[1], out[0]);
                        emit(ac, ad, bd, outward);
                        emit(ac, bd, bc, outward);
                    }
                }
            }
    return mesh;
}

} // namespace lumbar
