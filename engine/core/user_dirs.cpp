// XDG base directories for LumbarLab.
#include "core/user_dirs.hpp"

#include "core/error.hpp"

#include <cstdlib>

namespace lumbar {
namespace {

constexpr const char* kAppFolder = "lumbarlab";

/// The variable's value when it is set to an absolute path.
std::optional<std::filesystem::path> absoluteValue(const EnvironmentLookup& environment, const char* name)
{
    const std::optional<std::string> value = environment(name);
    if (!value || value->empty())
        return std::nullopt;
    std::filesystem::path path(*value);
    if (!path.is_absolute())
        return std::nullopt;
    return path;
}

std::filesystem::path baseDir(
    const EnvironmentLookup& environment, const char* xdgName, const char* homeSuffix, const char* what)
{
    if (const auto xdg = absoluteValue(environment, xdgName))
        return *xdg / kAppFolder;
    if (const auto home = absoluteValue(environment, "HOME"))
        return *home / homeSuffix / kAppFolder;
    throw FileError(std::string("cannot find a folder for LumbarLab's ") + what + ": neither $" + xdgName
        + " nor $HOME is set to an absolute path; set HOME to your home folder (or " + xdgName
        + " to an absolute folder)");
}

} // namespace

EnvironmentLookup processEnvironment()
{
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        return value ? std::optional<std::string>(value) : std::nullopt;
    };
}

std::filesystem::path dataDir(const EnvironmentLookup& environment)
{
    return baseDir(environment, "XDG_DATA_HOME", ".local/share", "data");
}

std::filesystem::path configDir(const EnvironmentLookup& environment)
{
    return baseDir(environment, "XDG_CONFIG_HOME", ".config", "settings");
}

std::filesystem::path userLessonsDir(const EnvironmentLookup& environment)
{
    return dataDir(environment) / "lessons";
}

std::filesystem::path autosaveDir(const EnvironmentLookup& environment)
{
    return dataDir(environment) / "autosave";
}

std::filesystem::path progressFile(const EnvironmentLookup& environment)
{
    return dataDir(environment) / "progress.json";
}

} // namespace lumbar
