// PNG files in and out (stb_image / stb_image_write from Debian's libstb).
#pragma once

#include "image/image.hpp"

#include <filesystem>

namespace lumbar {

/// Writes `image` as an RGBA PNG; creates missing parent folders. Throws ImageError on failure.
void writePng(const std::filesystem::path& path, const Image& image);
/// Reads any PNG as RGBA. Throws ImageError naming the path and stb's reason.
Image readPng(const std::filesystem::path& path);

} // namespace lumbar
