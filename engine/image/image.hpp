// An 8-bit RGBA image in memory, rows top to bottom.
#pragma once

#include <cstdint>
#include <vector>

namespace lumbar {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; ///< width * height * 4 bytes, first row is the top

    Image() = default;
    Image(int w, int h) : width(w), height(h), rgba(std::size_t(w) * std::size_t(h) * 4, 0) { }

    std::uint8_t* pixel(int x, int y)
    {
        return &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
    }
    const std::uint8_t* pixel(int x, int y) const
    {
        return &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
    }
};

} // namespace lumbar
