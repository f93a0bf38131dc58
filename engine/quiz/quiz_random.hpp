// Seeded random choices that give the same sequence with every standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace lumbar::quiz {

/// A uniform index in [0, count) from `rng`. std::uniform_int_distribution and std::shuffle may
/// consume the generator differently in each standard library; this rejection sampling on the raw
/// 32-bit output of std::mt19937 (whose sequence the standard fixes) does not. `count` must be > 0.
inline std::size_t uniformIndex(std::mt19937& rng, std::size_t count)
{
    const std::uint64_t range = std::uint64_t(std::mt19937::max()) + 1; // 2^32
    const std::uint64_t limit = range - range % count; // a multiple of count: no bias below it
    std::uint64_t value = rng();
    while (value >= limit)
        value = rng();
    return std::size_t(value % count);
}

/// Fisher-Yates shuffle of `items` driven by uniformIndex(), portable for the same reason.
template <typename T> void shuffleInPlace(std::vector<T>& items, std::mt19937& rng)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[uniformIndex(rng, i)]);
}

} // namespace lumbar::quiz
