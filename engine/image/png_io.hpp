// PNG files in and out (stb_image from Debian's libstb reads them, encodePng writes them).
#pragma once

#include "image/image.hpp"

#include <filesystem>

namespace lumbar {

/// Writes `image` as a PNG (encodePng: RGB when opaque, else RGBA); creates missing parent
/// folders. Throws ImageError on failure.
void writePng(const std::filesystem::path& path, const Image& image);
/// Reads any PNG as RGBA. Throws ImageError naming the path and stb's reason.
Image readPng(const std::filesystem::path& path);

} // namespace lumbar
