// Where the app writes what the user asked it to save: screenshots, recordings and handouts under
// $XDG_DATA_HOME/lumbarlab (default ~/.local/share/lumbarlab), with names that never overwrite.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace lumbar::app {

/// `$XDG_DATA_HOME/lumbarlab`, or `$HOME/.local/share/lumbarlab` when XDG_DATA_HOME is unset, empty
/// or relative (the XDG spec says to ignore relative values). Arguments are the variables' values,
/// null when unset. Throws lumbar::Error when neither gives an absolute folder.
std::filesystem::path userDataFolder(const char* xdgDataHome, const char* home);
/// userDataFolder() of this process's environment.
std::filesystem::path userDataFolder();

/// Where F12, Shift+F12 and the Record button write: userDataFolder()/screenshots.
std::filesystem::path screenshotFolder();

/// "lumbarlab-YYYYMMDD-HHMMSS" in local time.
std::string timestampedStem(std::chrono::system_clock::time_point when);

/// `folder/<stem><extension>` when nothing has that name, else the first free of `<stem>-2`, `-3`...
/// `extension` includes the dot; empty names a folder.
std::filesystem::path firstFreePath(
    const std::filesystem::path& folder, const std::string& stem, const std::string& extension);

} // namespace lumbar::app
