// Reading a lesson file and placing it on the current anatomy, with every problem as text.
#pragma once

#include "technique/anatomy_surface.hpp"
#include "technique/prepared_lesson.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

struct LoadedLesson {
    std::optional<technique::PreparedLesson> prepared; ///< absent when the file has problems
    std::vector<std::string> problems; ///< "file: where: what", file problems first
    bool draft = false; ///< a lesson file with problems that the editor can open to fix them
};

/// Parses `path` against the knowledge base and, when it is valid, prepares it on `surface`
/// (anchors the anatomy lacks are reported; the lesson still plays without them).
LoadedLesson loadAndPrepareLesson(const std::filesystem::path& path, const KnowledgeBase& knowledge,
    const technique::AnatomySurface& surface);

/// What the Lesson panel says when a draft (LoadedLesson::draft) opens in the editor instead of
/// playing: "week-3.json is a draft with 24 problems: it opens in the Lesson editor to be finished";
/// when the editor was closed on it (`opensInEditor` false): "week-3.json is kept as a draft with
/// 24 problems: pick it in the lesson list to finish it".
std::string draftNotice(const std::filesystem::path& path, std::size_t problems, bool opensInEditor = true);

} // namespace lumbar::app
