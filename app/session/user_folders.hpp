// Where the app writes what the user asked it to save: screenshots, recordings and handouts under
// $XDG_DATA_HOME/lumbarlab (default ~/.local/share/lumbarlab), with names that never overwrite.
// The base directories come from core/user_dirs; shipped, read-only data from session/data_paths.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace lumbar::app {

/// Where F12, Shift+F12 and the Record button write: dataDir()/screenshots (core/user_dirs.hpp).
std::filesystem::path screenshotFolder();

/// "lumbarlab-YYYYMMDD-HHMMSS" in local time.
std::string timestampedStem(std::chrono::system_clock::time_point when);

/// `folder/<stem><extension>` when nothing has that name, else the first free of `<stem>-2`, `-3`...
/// `extension` includes the dot; empty names a folder.
std::filesystem::path firstFreePath(
    const std::filesystem::path& folder, const std::string& stem, const std::string& extension);

} // namespace lumbar::app
