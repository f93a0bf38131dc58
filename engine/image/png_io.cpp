// PNG reading through stb, writing through encodePng.
#include "image/png_io.hpp"

#include "core/error.hpp"
#include "image/png_encode.hpp"

#include <stb_image.h>

#include <fstream>
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
    const std::vector<std::uint8_t> png = encodePng(image);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(png.data()), std::streamsize(png.size()));
    file.close();
    if (!file)
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
