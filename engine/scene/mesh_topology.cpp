// Closed-surface check: weld by position, then every directed edge must meet its reverse once.
#include "scene/mesh_topology.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace lumbar {
namespace {

/// The undirected edge {from, to} in the high bits, its direction in the lowest one, so sorting
/// puts both uses of an edge side by side. Ids are below 2^idBits (idBits at most 31): the keys
/// are no longer than the ids need, so the radix sort makes fewer passes.
std::uint64_t edgeKey(std::uint32_t from, std::uint32_t to, int idBits)
{
    const std::uint64_t low = std::min(from, to);
    const std::uint64_t high = std::max(from, to);
    return (low << (idBits + 1)) | (high << 1) | (from < to ? 0u : 1u);
}

/// Sorts `keys` ascending: least significant digit first, 12 bits a pass, and only as many passes
/// as the largest key needs. For the million edge keys of a large mesh it takes a fraction of
/// std::sort's time, which dominated the closed-surface check.
void radixSort(std::vector<std::uint64_t>& keys)
{
    constexpr int kDigitBits = 12;
    constexpr std::size_t kBuckets = std::size_t(1) << kDigitBits;
    const std::uint64_t largest = keys.empty() ? 0 : *std::max_element(keys.begin(), keys.end());
    std::vector<std::uint64_t> scratch(keys.size());
    std::vector<std::size_t> starts(kBuckets);
    for (int shift = 0; shift < 64 && (largest >> shift) != 0; shift += kDigitBits) {
        std::fill(starts.begin(), starts.end(), 0);
        for (std::uint64_t key : keys)
            ++starts[(key >> shift) & (kBuckets - 1)];
        std::size_t next = 0;
        for (std::size_t& start : starts)
            next += std::exchange(start, next);
        for (std::uint64_t key : keys)
            scratch[starts[(key >> shift) & (kBuckets - 1)]++] = key;
        keys.swap(scratch);
    }
}

} // namespace

std::vector<std::uint32_t> weldedIds(const std::vector<glm::vec3>& positions)
{
    // A hash table of first occurrences (open addressing, at most half full): one pass in about
    // a tenth of the time sorting the positions took, which kept a one-shot picture waiting.
    using Bits = std::array<std::uint32_t, 3>;
    const auto bitsOf = [](const glm::vec3& position) {
        // +0.0f turns -0 into 0, so the two zeros weld.
        const glm::vec3 p = position + glm::vec3(0.0f);
        Bits bits;
        std::memcpy(bits.data(), &p.x, sizeof(bits));
        return bits;
    };
    std::size_t slots = 16;
    while (slots < 2 * positions.size())
        slots *= 2;
    constexpr std::uint32_t kEmpty = ~std::uint32_t(0);
    std::vector<std::uint32_t> firstOf(slots, kEmpty); // the first vertex at a position
    std::vector<std::uint32_t> ids(positions.size());
    std::uint32_t next = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const Bits bits = bitsOf(positions[i]);
        std::uint64_t hash = (std::uint64_t(bits[0]) * 0x9E3779B97F4A7C15ull)
            ^ (std::uint64_t(bits[1]) * 0xC2B2AE3D27D4EB4Full)
            ^ (std::uint64_t(bits[2]) * 0x165667B19E3779F9ull);
        hash ^= hash >> 29;
        for (std::size_t slot = std::size_t(hash) & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
            const std::uint32_t first = firstOf[slot];
            if (first == kEmpty) {
                firstOf[slot] = std::uint32_t(i);
                ids[i] = next++;
                break;
            }
            if (bitsOf(positions[first]) == bits) {
                ids[i] = ids[first];
                break;
            }
        }
    }
    return ids;
}

bool isClosedOutward(const MeshData& mesh)
{
    if (mesh.indices.empty() || mesh.indices.size() % 3 != 0 || mesh.positions.size() >= (1u << 31))
        return false;
    for (std::uint32_t index : mesh.indices)
        if (index >= mesh.positions.size())
            return false;
    const std::vector<std::uint32_t> ids = weldedIds(mesh.positions);
    const std::uint32_t idCount = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end()) + 1;
    int idBits = 1;
    while (idBits < 31 && (idCount >> idBits) != 0)
        ++idBits;

    std::vector<std::uint64_t> edges;
    edges.reserve(mesh.indices.size());
    double sixVolume = 0.0; // six times the signed volume, by the divergence theorem
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const std::uint32_t a = ids[mesh.indices[t]];
        const std::uint32_t b = ids[mesh.indices[t + 1]];
        const std::uint32_t c = ids[mesh.indices[t + 2]];
        if (a == b || b == c || c == a)
            return false; // a degenerate triangle: its edges cannot pair up cleanly
        edges.push_back(edgeKey(a, b, idBits));
        edges.push_back(edgeKey(b, c, idBits));
        edges.push_back(edgeKey(c, a, idBits));
        const glm::dvec3 p0 = mesh.positions[mesh.indices[t]];
        const glm::dvec3 p1 = mesh.positions[mesh.indices[t + 1]];
        const glm::dvec3 p2 = mesh.positions[mesh.indices[t + 2]];
        sixVolume += glm::dot(p0, glm::cross(p1, p2));
    }
    // Each undirected edge exactly twice, once each way: a pair of keys that differ only in the
    // direction bit. Anything else is an open edge, a fold or a flipped neighbour.
    radixSort(edges);
    for (std::size_t i = 0; i < edges.size(); i += 2) {
        if (i + 1 >= edges.size() || edges[i] + 1 != edges[i + 1] || (edges[i] & 1u) != 0)
            return false;
        if (i + 2 < edges.size() && (edges[i + 2] >> 1) == (edges[i] >> 1))
            return false;
    }
    return sixVolume > 0.0;
}

} // namespace lumbar
