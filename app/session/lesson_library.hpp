// The lessons the Lesson panel offers: the built-in ones and the user's own, read from their files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

/// A lesson the app ships with or the user saved.
struct LessonEntry {
    std::string id;
    std::string title;
    std::filesystem::path path;
    bool builtIn = true; ///< shipped with the app (read-only); false for the user's own
    /// A lesson file of the user's with problems (saved half-written): it opens in the editor.
    std::size_t draftProblems = 0;

    bool operator==(const LessonEntry&) const = default;
};

/// The lessons of `builtInFiles`, in their order, then the *.json lessons of `userFolder` (which may
/// be empty or missing) sorted by file name, drafts among them (with their problem count; checked
/// against `knowledge` when given). Files that are not lessons at all are left out.
std::vector<LessonEntry> listLessons(const std::vector<std::filesystem::path>& builtInFiles,
    const std::filesystem::path& userFolder, const KnowledgeBase* knowledge = nullptr);

/// True when `path` is one of the built-in lessons of `library`.
bool isBuiltIn(const std::vector<LessonEntry>& library, const std::filesystem::path& path);

} // namespace lumbar::app
