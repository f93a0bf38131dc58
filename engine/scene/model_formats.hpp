// Which model file formats LumbarLab opens from the user, recognised by extension.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

namespace lumbar {

/// Extensions, lower case with the dot, of the formats a user may open: the ones people export
/// anatomy in. assimp reads many more, but each reader is code a hostile file can reach, so
/// only these are handed to it.
std::span<const std::string_view> supportedModelExtensions();

/// Whether `path` ends in one of supportedModelExtensions(), in any letter case.
bool isSupportedModelFile(const std::filesystem::path& path);

/// Throws ImportError naming `path`, its extension and the supported ones unless
/// isSupportedModelFile(path).
void checkModelFormat(const std::filesystem::path& path);

} // namespace lumbar
