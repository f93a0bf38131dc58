// The user's data folder and file names that do not overwrite.
#include "user_folders.hpp"

#include "core/error.hpp"

#include <cstdlib>
#include <ctime>

namespace lumbar::app {

std::filesystem::path userDataFolder(const char* xdgDataHome, const char* home)
{
    if (xdgDataHome && *xdgDataHome && std::filesystem::path(xdgDataHome).is_absolute())
        return std::filesystem::path(xdgDataHome) / "lumbarlab";
    if (home && *home && std::filesystem::path(home).is_absolute())
        return std::filesystem::path(home) / ".local" / "share" / "lumbarlab";
    throw Error("cannot tell where to save files: neither XDG_DATA_HOME nor HOME is set to an absolute "
                "folder; set one of them, e.g. export XDG_DATA_HOME=$PWD/data");
}

std::filesystem::path userDataFolder()
{
    return userDataFolder(std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
}

std::filesystem::path screenshotFolder()
{
    return userDataFolder() / "screenshots";
}

std::string timestampedStem(std::chrono::system_clock::time_point when)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[64];
    std::strftime(text, sizeof text, "lumbarlab-%Y%m%d-%H%M%S", &local);
    return text;
}

std::filesystem::path firstFreePath(
    const std::filesystem::path& folder, const std::string& stem, const std::string& extension)
{
    std::filesystem::path path = folder / (stem + extension);
    for (int suffix = 2; std::filesystem::exists(path); ++suffix)
        path = folder / (stem + "-" + std::to_string(suffix) + extension);
    return path;
}

} // namespace lumbar::app
