// Encoding an image as PNG bytes with zlib: the one-shot render's last step, which stb's own
// deflate made take longer than drawing the frame.
#pragma once

#include "image/image.hpp"

#include <cstdint>
#include <vector>

namespace lumbar {

/// The PNG file of `image` (at least 1 x 1, rgba of width * height * 4 bytes): 8-bit RGB when
/// every alpha is 255, RGBA otherwise; each row filtered with whichever of None, Sub, Up and
/// Paeth leaves the smallest sum of magnitudes (libpng's heuristic), compressed by zlib at a
/// fast level (a screenshot is written once and read rarely).
std::vector<std::uint8_t> encodePng(const Image& image);

} // namespace lumbar
