// What a file given to the app is (on the command line or dropped on the window): a lesson or a
// view collection, recognised by its content, or a model, recognised by its extension.
#pragma once

#include <filesystem>

namespace lumbar::app {

enum class FileKind {
    Lesson, ///< JSON whose "format" is "lumbarlab-lesson" (docs/lesson-format.md), whatever its name
    Model, ///< a model format LumbarLab opens (supportedModelExtensions())
    Views, ///< JSON whose "format" is "lumbarlab-views" (docs/views-format.md): saved views
};

/// The kind of the file at `path`, by what it holds: a JSON object whose "format" (in its first
/// few kilobytes, where every writer puts it) is "lumbarlab-lesson" is a lesson whatever its
/// name, "lumbarlab-views" a view collection; anything else is a model when its extension is one LumbarLab
/// opens. Throws lumbar::Error saying what the file is not and what would be opened, when it is missing,
/// unreadable, JSON of another format, or neither.
FileKind identifyFile(const std::filesystem::path& path);

} // namespace lumbar::app
