// Where the app finds the data it ships with; never the working directory.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace lumbar::app {

/// File name of the built-in anatomy model in models/.
inline constexpr const char* kBuiltInModelFile = "lumbar.glb";

/// The first existing `models/<file>` beside the executable, in ../share/lumbarlab/models of an
/// install, or in the source tree this binary was built from.
std::optional<std::filesystem::path> findModelFile(const std::filesystem::path& file);

/// Every folder findModelFile() looks in, in order, for messages.
std::string modelSearchPathText();

} // namespace lumbar::app
