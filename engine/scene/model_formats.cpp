// The allow-list of model formats and its message.
#include "scene/model_formats.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace lumbar {
namespace {

constexpr std::array<std::string_view, 7> kExtensions{
    ".glb", ".gltf", ".obj", ".fbx", ".ply", ".stl", ".dae"};

std::string lowerCase(std::string text)
{
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

std::span<const std::string_view> supportedModelExtensions()
{
    return kExtensions;
}

bool isSupportedModelFile(const std::filesystem::path& path)
{
    const std::string extension = lowerCase(path.extension().string());
    return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

void checkModelFormat(const std::filesystem::path& path)
{
    if (isSupportedModelFile(path))
        return;
    std::string list;
    for (std::string_view extension : kExtensions)
        list += (list.empty() ? "" : ", ") + std::string(extension);
    const std::string extension = path.extension().string();
    throw ImportError("cannot open model " + inQuotes(path.string()) + ": "
        + (extension.empty() ? std::string("the name has no extension")
                             : inQuotes(extension) + " is not a supported format")
        + " (supported: " + list + "); export the model as glTF (.glb) or OBJ");
}

} // namespace lumbar
