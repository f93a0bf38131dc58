// The user's data folder and file names that do not overwrite.
#include "session/user_folders.hpp"

#include "core/user_dirs.hpp"

#include <ctime>

namespace lumbar::app {

std::filesystem::path screenshotFolder()
{
    return dataDir(processEnvironment()) / "screenshots";
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
