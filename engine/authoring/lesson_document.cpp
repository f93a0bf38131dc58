// The lesson document: snapshots for undo, a saved state for dirty tracking, atomic saving.
#include "authoring/lesson_document.hpp"

#include "core/atomic_file.hpp"
#include "technique/lesson_write.hpp"

#include <system_error>

namespace lumbar::authoring {
namespace {

/// Enough for a long editing session; the oldest edits go first.
constexpr std::size_t kMaxHistory = 1000;

bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::error_code error;
    const auto canonicalA = std::filesystem::weakly_canonical(a, error);
    if (error)
        return a == b;
    const auto canonicalB = std::filesystem::weakly_canonical(b, error);
    return error ? a == b : canonicalA == canonicalB;
}

} // namespace

LessonDocument::LessonDocument(technique::Lesson lesson, std::filesystem::path path, bool builtIn)
    : m_lesson(std::move(lesson)), m_path(std::move(path)), m_builtIn(builtIn), m_saved(m_lesson)
{
}

LessonDocument LessonDocument::open(
    const std::filesystem::path& path, bool builtIn, const KnowledgeBase* knowledge)
{
    technique::LessonParseResult parsed = technique::loadLesson(path, knowledge);
    // A draft opens as far as it reads; the editor lists its problems for its author to fix.
    if (!parsed.ok() && parsed.draft && !builtIn)
        return LessonDocument(std::move(*parsed.draft), path, builtIn);
    if (!parsed.ok()) {
        std::string message;
        for (const technique::Problem& problem : parsed.problems)
            message += (message.empty() ? "" : "\n") + problem.text();
        throw LessonOpenError(message, std::move(parsed.problems));
    }
    return LessonDocument(std::move(*parsed.lesson), path, builtIn);
}

std::string LessonDocument::sourceName() const
{
    return m_path.empty() ? "untitled.json" : m_path.filename().string();
}

bool LessonDocument::apply(const std::string& label, const Mutation& mutation, const std::string& mergeKey)
{
    technique::Lesson edited = m_lesson;
    mutation(edited);
    const bool merge
        = m_mergeOpen && !mergeKey.empty() && !m_undo.empty() && m_undo.back().mergeKey == mergeKey;
    if (edited == m_lesson)
        return false;
    m_redo.clear();
    if (merge) {
        m_undo.back().after = edited;
        m_undo.back().label = label;
        if (m_undo.back().after == m_undo.back().before)
            m_undo.pop_back(); // typed and deleted again: nothing to undo
    } else {
        m_undo.push_back({label, m_lesson, edited, mergeKey});
        if (m_undo.size() > kMaxHistory)
            m_undo.erase(m_undo.begin());
    }
    m_lesson = std::move(edited);
    m_mergeOpen = !mergeKey.empty();
    return true;
}

std::string LessonDocument::undoLabel() const
{
    return m_undo.empty() ? std::string() : m_undo.back().label;
}

std::string LessonDocument::redoLabel() const
{
    return m_redo.empty() ? std::string() : m_redo.back().label;
}

bool LessonDocument::undo()
{
    m_mergeOpen = false;
    if (m_undo.empty())
        return false;
    m_lesson = m_undo.back().before;
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
    return true;
}

bool LessonDocument::redo()
{
    m_mergeOpen = false;
    if (m_redo.empty())
        return false;
    m_lesson = m_redo.back().after;
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    return true;
}

void LessonDocument::markSaved()
{
    m_saved = m_lesson;
    m_mergeOpen = false;
}

void LessonDocument::save(const std::filesystem::path& path)
{
    if (m_builtIn && sameFile(path, m_path))
        throw FileError("cannot save " + inQuotes(path.string())
            + ": it is a built-in lesson and read-only; use \"Save as\" to save a copy among your own "
              "lessons");
    writeFileAtomically(path, technique::writeLesson(m_lesson));
    m_path = path;
    m_builtIn = false;
    markSaved();
}

void LessonDocument::save()
{
    if (m_path.empty())
        throw FileError("cannot save \"" + m_lesson.title
            + "\": it has no file yet; use \"Save as\" to choose where to save it");
    save(m_path);
}

std::vector<technique::Problem> LessonDocument::validate(const KnowledgeBase* knowledge) const
{
    return technique::parseLesson(technique::writeLesson(m_lesson), sourceName(), knowledge).problems;
}

} // namespace lumbar::authoring
