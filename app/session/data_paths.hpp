// Where the app finds the data it ships with (models, built-in lessons), read-only; never the
// working directory. The user's own files live elsewhere: session/user_folders names the folders
// for what the user exports, on top of core/user_dirs, which resolves the XDG base directories.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

/// File name of the built-in anatomy model in models/.
inline constexpr const char* kBuiltInModelFile = "lumbar.glb";
/// Id of the lesson the interactive app opens first.
inline constexpr const char* kDefaultLessonId = "lumbar-basic";

/// The shipped data folders.
enum class DataFolder { Models, Content };

/// The first existing `<folder>/<file>` beside the executable, in ../share/lumbarlab/<folder> of
/// an install, or, for a program still inside its build folder, in the source tree it was built
/// from.
std::optional<std::filesystem::path> findDataFile(DataFolder folder, const std::filesystem::path& file);
/// Shorthand for findDataFile(DataFolder::Models, file).
std::optional<std::filesystem::path> findModelFile(const std::filesystem::path& file);

/// Every folder findDataFile() looks in, in order, for messages.
std::string dataSearchPathText(DataFolder folder);
std::string modelSearchPathText();

/// The built-in lesson files (content/lessons/*.json), sorted by file name.
std::vector<std::filesystem::path> builtInLessonFiles();

/// A lesson given on the command line: an existing file, or the id of a built-in lesson.
std::optional<std::filesystem::path> resolveLesson(const std::string& fileOrId);

} // namespace lumbar::app
