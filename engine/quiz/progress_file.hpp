// The progress file (docs/progress-format.md): reading it with a message for every bad field,
// keeping a file that cannot be read aside instead of writing over it, and writing it atomically.
#pragma once

#include "core/problem_path.hpp"
#include "quiz/progress.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// The "format" member of every progress file, and the version this program writes and reads.
inline constexpr const char* kProgressFormat = "lumbarlab-progress";
inline constexpr int kProgressVersion = 1;

/// A progress file is a few hundred bytes per item; more than this is not one.
inline constexpr std::uintmax_t kMaxProgressFileBytes = 16u << 20;

/// Reads progress from JSON text named `source` in messages. Every problem (not JSON, a wrong
/// format or version, an unknown, missing or bad field, a key given twice) goes into `problems`
/// with its place ("progress.json: items[2].box: 7 is out of range; expected 1 to 5"); any
/// problem refuses the whole text (nullopt), so that nothing is half read. Never throws.
std::optional<Progress> parseProgress(
    const std::string& jsonText, const std::string& source, std::vector<Problem>& problems);

/// The JSON text of `progress`: items ordered by key, one field per line.
std::string writeProgress(const Progress& progress);

/// The outcome of loadProgress.
struct LoadedProgress {
    Progress progress; ///< what was read; empty for a missing or refused file
    /// Why the file was refused and where it was put, for the user: empty when it was read or
    /// missing.
    std::vector<std::string> messages;
    /// Where a refused file was moved to; nullopt when nothing was moved.
    std::optional<std::filesystem::path> keptAside;
    /// False when a refused file could not be moved aside: writing would destroy it, so the
    /// caller keeps the progress of this run in memory only.
    bool canSave = true;
};

/// Where loadProgress moves a refused `path`: "<path>.bad", or "<path>.bad-2", "-3"... when taken.
std::filesystem::path keptAsidePath(const std::filesystem::path& path);

/// Reads `path`. A missing file is empty progress without a message. A file that cannot be read or
/// is refused by parseProgress is renamed to keptAsidePath(path) and named in the messages, so
/// that saving later never destroys it. Never throws.
LoadedProgress loadProgress(const std::filesystem::path& path);

/// Writes `progress` to `path` atomically (core/atomic_file), creating its folder. Throws
/// lumbar::FileError naming the file when it cannot be written.
void saveProgress(const std::filesystem::path& path, const Progress& progress);

} // namespace lumbar::quiz
