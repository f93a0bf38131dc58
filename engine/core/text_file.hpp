// Reading a whole file that comes from outside (a lesson, settings, the knowledge base, an
// autosave) without letting it hang the program or exhaust its memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lumbar {

/// Why a file was not read, and in words for a message after its name.
struct TextFileProblem {
    enum class Kind {
        CannotOpen, ///< missing, or not readable
        NotAFile, ///< a folder, a pipe, a socket or a device (such as /dev/zero, which never ends)
        TooLarge, ///< larger than the reader allows
    };
    Kind kind = Kind::CannotOpen;
    /// What the file is, for "... 'lesson.json': it <description>; <what to do>": "is a folder, not
    /// a file", "is not a regular file but a pipe, socket or device", "is 40000000 bytes, more
    /// than the 16777216 such a file may hold"; for CannotOpen, strerror's words.
    std::string description;
};

/// Reads all of `path`, at most `maxBytes`. Only a regular file is opened, and without blocking,
/// so a named pipe cannot hang the caller; a file that grows past `maxBytes` while it is read is
/// refused like one that was too large from the start. Never throws for what the file is: the
/// text, or nullopt with `problem` set.
std::optional<std::string> readTextFile(
    const std::filesystem::path& path, std::uintmax_t maxBytes, TextFileProblem& problem);

} // namespace lumbar
