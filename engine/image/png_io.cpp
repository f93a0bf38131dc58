// PNG reading and writing through stb.
#include "image/png_io.hpp"

#include "core/error.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

#include <memory>

namespace lumbar {

void writePng(const std::filesystem::path& path, const Image& image)
{
    std::error_code error;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), error);
    if (image.width <= 0 || image.height <= 0
        || image.rgba.size() != std::size_t(image.width) * std::size_t(image.height) * 4)
        throw ImageError("cannot write " + inQuotes(path.string()) + ": the image is empty");
    const int ok = stbi_write_png(
        path.string().c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4);
    if (!ok)
        throw ImageError(
            "cannot write " + inQuotes(path.string()) + ": check that the folder exists and is writable");
}

Image readPng(const std::filesystem::path& path)
{
    int width = 0;
    int height = 0;
    int channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load(path.string().c_str(), &width, &height, &channels, 4), stbi_image_free);
    if (!pixels)
        throw ImageError("cannot read image " + inQuotes(path.string()) + ": "
            + (stbi_failure_reason() ? stbi_failure_reason() : "unknown reason"));
    Image image(width, height);
    std::copy(pixels.get(), pixels.get() + image.rgba.size(), image.rgba.begin());
    return image;
}

} // namespace lumbar
