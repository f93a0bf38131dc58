// PNG chunks, row filters and zlib's deflate.
#include "image/png_encode.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <future>
#include <string>
#include <zlib.h>

namespace lumbar {
namespace {

/// zlib's level 3: about as small as stb's default here, in a fraction of its time.
constexpr int kDeflateLevel = 3;

/// Images at least this tall are encoded in two halves at once (see encodePng).
constexpr int kSplitRows = 64;

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

/// The Paeth predictor, written without branches so the row loops run at full speed.
std::uint8_t paeth(int left, int up, int upLeft)
{
    const int toLeft = std::abs(up - upLeft); // |estimate - left|, estimate = left + up - upLeft
    const int toUp = std::abs(left - upLeft);
    const int toUpLeft = std::abs(left + up - 2 * upLeft);
    const int upOrUpLeft = toUp <= toUpLeft ? up : upLeft;
    return std::uint8_t(toLeft <= toUp && toLeft <= toUpLeft ? left : upOrUpLeft);
}

/// How far a filtered byte is from zero, as a signed byte: the usual guess at how well it deflates.
std::uint64_t magnitude(std::uint8_t value)
{
    return std::uint64_t(std::abs(int(std::int8_t(value))));
}

/// Filter types 0 None, 1 Sub, 2 Up, 4 Paeth (3, Average, rarely wins on renders).
enum class Filter : std::uint8_t { None = 0, Sub = 1, Up = 2, Paeth = 4 };

/// The byte at `i` of `row` filtered by `filter`; `channels` bytes a pixel.
std::uint8_t filtered(
    Filter filter, const std::uint8_t* row, const std::uint8_t* above, std::size_t i, std::size_t channels)
{
    const int left = i >= channels ? row[i - channels] : 0;
    const int upLeft = i >= channels ? above[i - channels] : 0;
    switch (filter) {
    case Filter::None:
        return row[i];
    case Filter::Sub:
        return std::uint8_t(row[i] - left);
    case Filter::Up:
        return std::uint8_t(row[i] - above[i]);
    case Filter::Paeth:
        break;
    }
    return std::uint8_t(row[i] - paeth(left, above[i], upLeft));
}

/// Rows firstRow to endRow (exclusive) each as the filter byte and the filtered bytes; `channels`
/// of 8 bits per pixel. The
/// filter of least total magnitude is chosen per row: the four are measured in one pass, and
/// only the chosen one is written.
std::vector<std::uint8_t> filteredRows(
    const std::uint8_t* pixels, int width, int firstRow, int endRow, int channels)
{
    const std::size_t stride = std::size_t(width) * std::size_t(channels);
    const std::size_t step = std::size_t(channels);
    std::vector<std::uint8_t> rows((stride + 1) * std::size_t(endRow - firstRow));
    const std::vector<std::uint8_t> zeros(stride, 0);
    for (int y = firstRow; y < endRow; ++y) {
        const std::uint8_t* row = pixels + std::size_t(y) * stride;
        const std::uint8_t* above = y > 0 ? row - stride : zeros.data();
        std::array<std::uint64_t, 4> cost{};
        const auto measure = [&](std::size_t i, int left, int upLeft) {
            cost[0] += magnitude(row[i]);
            cost[1] += magnitude(std::uint8_t(row[i] - left));
            cost[2] += magnitude(std::uint8_t(row[i] - above[i]));
            cost[3] += magnitude(std::uint8_t(row[i] - paeth(left, above[i], upLeft)));
        };
        // The first pixel has nothing to its left; the rest of the row needs no test for it.
        for (std::size_t i = 0; i < std::min(step, stride); ++i)
            measure(i, 0, 0);
        for (std::size_t i = step; i < stride; ++i)
            measure(i, row[i - step], above[i - step]);
        constexpr std::array<Filter, 4> kFilters{Filter::None, Filter::Sub, Filter::Up, Filter::Paeth};
        std::size_t best = 0;
        for (std::size_t f = 1; f < 4; ++f)
            if (cost[f] < cost[best])
                best = f;
        std::uint8_t* out = rows.data() + std::size_t(y - firstRow) * (stride + 1);
        out[0] = std::uint8_t(kFilters[best]);
        for (std::size_t i = 0; i < stride; ++i)
            out[1 + i] = filtered(kFilters[best], row, above, i, step);
    }
    return rows;
}

/// A run of rows filtered and deflated: a piece of the image's one zlib stream.
struct DeflatedRows {
    std::vector<std::uint8_t> bytes;
    uLong adler = 0; ///< the Adler-32 of the filtered rows
    std::size_t size = 0; ///< how many bytes the filtered rows were
};

/// Filters rows firstRow to endRow and deflates them. The first piece starts the zlib stream (its
/// header); a piece that is not the last ends on a byte boundary (a sync flush) so the next one's
/// raw deflate data follows it; the last ends the deflate data, its trailer written by the caller.
DeflatedRows deflateRows(
    const std::uint8_t* pixels, int width, int firstRow, int endRow, int channels, bool first, bool last)
{
    std::vector<std::uint8_t> rows = filteredRows(pixels, width, firstRow, endRow, channels);
    DeflatedRows piece;
    piece.size = rows.size();
    piece.adler = ::adler32(::adler32(0L, Z_NULL, 0), rows.data(), uInt(rows.size()));
    z_stream stream{};
    // A zlib header on the first piece; raw deflate data on the others.
    if (::deflateInit2(&stream, kDeflateLevel, Z_DEFLATED, first ? 15 : -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    // The bound is for a finished stream; a sync flush adds at most a few bytes more.
    piece.bytes.resize(::deflateBound(&stream, uLong(rows.size())) + 16);
    stream.next_in = rows.data();
    stream.avail_in = uInt(rows.size());
    stream.next_out = piece.bytes.data();
    stream.avail_out = uInt(piece.bytes.size());
    const int status = ::deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done = last ? status == Z_STREAM_END : status == Z_OK && stream.avail_in == 0;
    piece.bytes.resize(done ? stream.total_out : 0);
    ::deflateEnd(&stream);
    if (!done)
        piece.bytes.clear();
    return piece;
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
        pixels.resize(image.rgba.size() / 4 * 3);
        for (std::size_t from = 0, to = 0; from < image.rgba.size(); from += 4, to += 3) {
            pixels[to] = image.rgba[from];
            pixels[to + 1] = image.rgba[from + 1];
            pixels[to + 2] = image.rgba[from + 2];
        }
    }
    // The top and bottom halves of a large image are filtered and deflated at once, on two
    // threads, and joined into one zlib stream (as pigz does): a one-shot picture waits for its
    // PNG, and the rasteriser's threads are idle by then.
    const std::uint8_t* source = opaque ? pixels.data() : image.rgba.data();
    const bool split = image.height >= kSplitRows;
    const int middle = split ? image.height / 2 : image.height;
    std::future<DeflatedRows> bottom;
    if (split)
        bottom = std::async(std::launch::async, deflateRows, source, image.width, middle, image.height,
            channels, false, true);
    DeflatedRows compressed = deflateRows(source, image.width, 0, middle, channels, true, !split);
    if (split) {
        const DeflatedRows rest = bottom.get();
        if (!compressed.bytes.empty() && !rest.bytes.empty()) {
            compressed.bytes.insert(compressed.bytes.end(), rest.bytes.begin(), rest.bytes.end());
            // The stream's trailer: the Adler-32 of all the rows, big-endian.
            appendU32(compressed.bytes,
                std::uint32_t(::adler32_combine(compressed.adler, rest.adler, z_off_t(rest.size))));
        } else {
            compressed.bytes.clear();
        }
    }
    if (compressed.bytes.empty())
        throw ImageError("cannot encode a " + std::to_string(image.width) + "x" + std::to_string(image.height)
            + " image as PNG: zlib failed (out of memory?)");

    std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    std::vector<std::uint8_t> header;
    appendU32(header, std::uint32_t(image.width));
    appendU32(header, std::uint32_t(image.height));
    // 8 bits per channel, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace.
    header.insert(header.end(), {8, std::uint8_t(opaque ? 2 : 6), 0, 0, 0});
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", compressed.bytes);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace lumbar
