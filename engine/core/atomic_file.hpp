// Saving a file so that a crash, a kill or a full disk never leaves it half written.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>

namespace lumbar {

/// Called after each chunk of the new content reaches the temporary file, with the bytes written
/// so far; tests use it to stop a save part-way.
using AtomicWriteProgress = std::function<void(std::size_t bytesWritten)>;

/// Replaces `path` with `bytes` atomically: writes a temporary file beside it
/// (".<name>.tmp-<pid>-<n>"), flushes it to disk, renames it over `path` and flushes the folder, so
/// `path` holds either its old content or all of `bytes`, whatever happens. A new file gets the
/// default permissions; an existing file keeps its own. On failure removes the temporary file,
/// leaves `path` untouched and throws lumbar::FileError naming the path, the reason and a fix.
void writeFileAtomically(
    const std::filesystem::path& path, std::string_view bytes, const AtomicWriteProgress& progress = {});

/// Whether `name` is the name of a temporary file writeFileAtomically makes; a save that was killed
/// leaves one behind, and folder listings skip them.
bool isAtomicWriteTemporary(const std::string& name);

} // namespace lumbar
