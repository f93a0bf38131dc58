// What a file given to the app is (on the command line or dropped on the window): a lesson,
// recognised by its content, or a model, recognised by its extension.
#pragma once

#include <filesystem>

namespace lumbar::app {

enum class FileKind {
    Lesson, ///< JSON whose "format" is "lumbarlab-lesson" (docs/lesson-format.md), whatever its name
    Model, ///< a model format LumbarLab opens (supportedModelExtensions())
    // View collections (the saved views of the learning tools) get their kind here once their
    // format exists; identifyFile() then recognises them by their "format" as it does lessons,
    // and packaging/lumbarlab-mime.xml gets the matching type in its reserved slot.
};

/// The kind of the file at `path`, by what it holds: a JSON object whose "format" (in its first
/// few kilobytes, where every writer puts it) is "lumbarlab-lesson" is a lesson whatever its
/// name; anything else is a model when its extension is one LumbarLab opens. Throws lumbar::Error
/// saying what the file is not and what would be opened, when it is missing, unreadable, JSON of
/// another format, or neither.
FileKind identifyFile(const std::filesystem::path& path);

} // namespace lumbar::app
