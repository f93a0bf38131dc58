// PNG chunks, row filters and zlib's deflate.
#include "image/png_encode.hpp"

#include "core/error.hpp"

#include <array>
#include <cstdlib>
#include <string>
#include <zlib.h>

namespace lumbar {
namespace {

/// zlib's level 3: about as small as stb's default here, in a fraction of its time.
constexpr int kDeflateLevel = 3;

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(value >> shift));
}

void appendChunk(std::vector<std::uint8_t>& out, const char (&type)[5], const std::vector<std::uint8_t>& data)
{
    appendU32(out, std::uint32_t(data.size()));
    const std::size_t typeAt = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    // The CRC covers the type and the data.
    const uLong crc = ::crc32(::crc32(0L, Z_NULL, 0), out.data() + typeAt, uInt(4 + data.size()));
    appendU32(out, std::uint32_t(crc));
}

std::uint8_t paeth(int left, int up, int upLeft)
{
    const int estimate = left + up - upLeft;
    const int toLeft = std::abs(estimate - left);
    const int toUp = std::abs(estimate - up);
    const int toUpLeft = std::abs(estimate - upLeft);
    if (toLeft <= toUp && toLeft <= toUpLeft)
        return std::uint8_t(left);
    return std::uint8_t(toUp <= toUpLeft ? up : upLeft);
}

/// Each row as the filter byte and the filtered bytes; `channels` of 8 bits per pixel.
std::vector<std::uint8_t> filteredRows(
    const std::vector<std::uint8_t>& pixels, int width, int height, int channels)
{
    const std::size_t stride = std::size_t(width) * std::size_t(channels);
    std::vector<std::uint8_t> rows((stride + 1) * std::size_t(height));
    std::array<std::vector<std::uint8_t>, 4> candidates;
    for (auto& candidate : candidates)
        candidate.resize(stride);
    const std::vector<std::uint8_t> zeros(stride, 0);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels.data() + std::size_t(y) * stride;
        const std::uint8_t* above = y > 0 ? row - stride : zeros.data();
        std::array<std::uint64_t, 4> cost{};
        for (std::size_t i = 0; i < stride; ++i) {
            const int left = i >= std::size_t(channels) ? row[i - std::size_t(channels)] : 0;
            const int upLeft = i >= std::size_t(channels) ? above[i - std::size_t(channels)] : 0;
            const std::array<std::uint8_t, 4> value{row[i], std::uint8_t(row[i] - left),
                std::uint8_t(row[i] - above[i]), std::uint8_t(row[i] - paeth(left, above[i], upLeft))};
            for (std::size_t f = 0; f < 4; ++f) {
                candidates[f][i] = value[f];
                cost[f] += std::uint64_t(std::abs(int(std::int8_t(value[f]))));
            }
        }
        // Filter types 0 None, 1 Sub, 2 Up, 4 Paeth (3, Average, rarely wins on renders).
        constexpr std::array<std::uint8_t, 4> kTypes{0, 1, 2, 4};
        std::size_t best = 0;
        for (std::size_t f = 1; f < 4; ++f)
            if (cost[f] < cost[best])
                best = f;
        std::uint8_t* out = rows.data() + std::size_t(y) * (stride + 1);
        out[0] = kTypes[best];
        std::copy(candidates[best].begin(), candidates[best].end(), out + 1);
    }
    return rows;
}

} // namespace

std::vector<std::uint8_t> encodePng(const Image& image)
{
    bool opaque = true;
    for (std::size_t i = 3; i < image.rgba.size() && opaque; i += 4)
        opaque = image.rgba[i] == 255;
    const int channels = opaque ? 3 : 4;
    std::vector<std::uint8_t> pixels;
    if (opaque) {
        pixels.reserve(image.rgba.size() / 4 * 3);
        for (std::size_t i = 0; i < image.rgba.size(); i += 4)
            pixels.insert(pixels.end(), image.rgba.begin() + std::ptrdiff_t(i),
                image.rgba.begin() + std::ptrdiff_t(i + 3));
    }
    const std::vector<std::uint8_t> rows
        = filteredRows(opaque ? pixels : image.rgba, image.width, image.height, channels);

    uLongf compressedSize = ::compressBound(uLong(rows.size()));
    std::vector<std::uint8_t> compressed(compressedSize);
    if (::compress2(compressed.data(), &compressedSize, rows.data(), uLong(rows.size()), kDeflateLevel)
        != Z_OK)
        throw ImageError("cannot encode a " + std::to_string(image.width) + "x" + std::to_string(image.height)
            + " image as PNG: zlib failed (out of memory?)");
    compressed.resize(compressedSize);

    std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    std::vector<std::uint8_t> header;
    appendU32(header, std::uint32_t(image.width));
    appendU32(header, std::uint32_t(image.height));
    // 8 bits per channel, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace.
    header.insert(header.end(), {8, std::uint8_t(opaque ? 2 : 6), 0, 0, 0});
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace lumbar
