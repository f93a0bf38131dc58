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
};

/// Parses `path` against the knowledge base and, when it is valid, prepares it on `surface`
/// (anchors the anatomy lacks are reported; the lesson still plays without them).
LoadedLesson loadAndPrepareLesson(const std::filesystem::path& path, const KnowledgeBase& knowledge,
    const technique::AnatomySurface& surface);

} // namespace lumbar::app
