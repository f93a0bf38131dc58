// Where LumbarLab keeps the user's own files: XDG base directories, from an environment passed in.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace lumbar {

/// Looks up an environment variable; nullopt when it is not set. Tests pass a fake environment.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;

/// The real process environment (getenv).
EnvironmentLookup processEnvironment();

/// $XDG_DATA_HOME/lumbarlab, else $HOME/.local/share/lumbarlab. Empty or relative XDG values are
/// ignored, as the XDG Base Directory specification asks. Throws lumbar::FileError when neither
/// gives an absolute folder.
std::filesystem::path dataDir(const EnvironmentLookup& environment);

/// $XDG_CONFIG_HOME/lumbarlab, else $HOME/.config/lumbarlab; same rules and errors as dataDir.
std::filesystem::path configDir(const EnvironmentLookup& environment);

/// dataDir/lessons: the lessons the user writes or copies from the built-in ones.
std::filesystem::path userLessonsDir(const EnvironmentLookup& environment);

/// dataDir/autosave: unsaved edits, kept for recovery after a crash.
std::filesystem::path autosaveDir(const EnvironmentLookup& environment);

/// dataDir/progress.json: what the quiz and the palpation trainer remember of each answer
/// (docs/progress-format.md).
std::filesystem::path progressFile(const EnvironmentLookup& environment);

} // namespace lumbar
