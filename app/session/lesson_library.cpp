// Listing the built-in and the user's lessons.
#include "session/lesson_library.hpp"

#include "technique/lesson.hpp"

#include <algorithm>
#include <system_error>

namespace lumbar::app {

std::vector<LessonEntry> listLessons(const std::vector<std::filesystem::path>& builtInFiles,
    const std::filesystem::path& userFolder, const KnowledgeBase* knowledge)
{
    std::vector<LessonEntry> library;
    const auto add = [&](const std::filesystem::path& file, bool builtIn) {
        const technique::LessonParseResult parsed = technique::loadLesson(file, knowledge);
        if (parsed.lesson)
            library.push_back({parsed.lesson->id, parsed.lesson->title, file, builtIn});
        else if (parsed.draft && !builtIn)
            library.push_back({parsed.draft->id, parsed.draft->title, file, builtIn, parsed.problems.size()});
    };
    for (const std::filesystem::path& file : builtInFiles)
        add(file, true);
    std::error_code error;
    if (userFolder.empty() || !std::filesystem::is_directory(userFolder, error))
        return library;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(userFolder, error))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const std::filesystem::path& file : files)
        add(file, false);
    return library;
}

bool isBuiltIn(const std::vector<LessonEntry>& library, const std::filesystem::path& path)
{
    return std::any_of(library.begin(), library.end(),
        [&](const LessonEntry& entry) { return entry.builtIn && entry.path == path; });
}

} // namespace lumbar::app
