// Autosave: the document's unsaved lesson kept beside the user's data, listed and restored after a
// crash, discarded once saved or declined.
#pragma once

#include "authoring/lesson_document.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::authoring {

/// The value of the "format" field of an autosave file.
inline constexpr const char* kAutosaveFormatName = "lumbarlab-autosave";
/// The autosave format this build reads and writes.
inline constexpr int kAutosaveFormatVersion = 1;

/// An autosave found at start-up, offered for recovery.
struct PendingAutosave {
    std::filesystem::path file; ///< the autosave file itself
    std::filesystem::path original; ///< the lesson file it belongs to; empty for one never saved
    bool builtIn = false; ///< whether the original is a read-only built-in lesson
    std::string savedAt; ///< UTC, "2024-05-01T12:30:00Z"
    std::string lessonTitle;
    std::string problem; ///< why it cannot be restored; empty when it can
};

/// The autosave file of `lesson` in `folder`: "<id>.json", "untitled.json" without an id; characters
/// other than letters, digits, '-', '_' and '.' become '_'.
std::filesystem::path autosavePath(const std::filesystem::path& folder, const technique::Lesson& lesson);

/// Writes the document's current lesson with its original path to autosavePath (creating
/// `folder`), atomically: {"format": "lumbarlab-autosave", "version": 1, "original": ...,
/// "built_in": ..., "saved_at": ..., "lesson": {...}}. Returns the file written, which the caller
/// discards after saving (the name follows the lesson id, which the author may change). Throws
/// lumbar::FileError when it cannot be written.
std::filesystem::path writeAutosave(const std::filesystem::path& folder, const LessonDocument& document,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

/// The autosaves in `folder`, by file name; an unreadable one is listed with its `problem` so that
/// the user can discard it. An absent folder has none.
std::vector<PendingAutosave> listAutosaves(const std::filesystem::path& folder);

/// The autosaved lesson as a document at its original path, dirty (it differs from the file, or
/// the file is gone), with an empty history. Throws lumbar::FileError when the file cannot be read,
/// is not an autosave, or comes from a newer LumbarLab.
LessonDocument restoreAutosave(const std::filesystem::path& file);

/// Removes an autosave file after a save or when the user declines it; an absent file is fine.
/// Throws lumbar::FileError when it exists and cannot be removed.
void discardAutosave(const std::filesystem::path& file);

/// "2024-05-01T12:30:00Z".
std::string utcTimestamp(std::chrono::system_clock::time_point time);

} // namespace lumbar::authoring
