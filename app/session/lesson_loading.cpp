// Lesson file to prepared lesson.
#include "session/lesson_loading.hpp"

#include "anatomy/knowledge_base.hpp"
#include "session/hand_models.hpp"

namespace lumbar::app {

LoadedLesson loadAndPrepareLesson(const std::filesystem::path& path, const KnowledgeBase& knowledge,
    const technique::AnatomySurface& surface)
{
    LoadedLesson result;
    const technique::LessonParseResult parsed
        = technique::loadLesson(path, knowledge.structures.empty() ? nullptr : &knowledge);
    for (const technique::Problem& problem : parsed.problems)
        result.problems.push_back(problem.text());
    result.draft = parsed.draft.has_value();
    if (!parsed.ok())
        return result;
    technique::PreparedLesson prepared
        = technique::prepareLesson(*parsed.lesson, surface, lessonPrepareOptions());
    for (const technique::Problem& problem : prepared.problems)
        result.problems.push_back(problem.text());
    result.prepared = std::move(prepared);
    return result;
}

std::string draftNotice(const std::filesystem::path& path, std::size_t problems, bool opensInEditor)
{
    return path.filename().string() + (opensInEditor ? " is a draft with " : " is kept as a draft with ")
        + std::to_string(problems) + (problems == 1 ? " problem" : " problems")
        + (opensInEditor ? ": it opens in the Lesson editor to be finished"
                         : ": pick it in the lesson list to finish it");
}

} // namespace lumbar::app
