// A lesson open for editing: the lesson, its file, and an undo/redo history of whole-lesson snapshots.
#pragma once

#include "core/error.hpp"
#include "technique/lesson.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::authoring {

/// A lesson file that cannot be opened for editing; `problems` are the parser's, one per place.
class LessonOpenError : public Error {
public:
    LessonOpenError(const std::string& message, std::vector<technique::Problem> parseProblems)
        : Error(message), problems(std::move(parseProblems))
    {
    }

    std::vector<technique::Problem> problems;
};

/// One undoable edit. Lessons are small, so it keeps the whole lesson before and after.
struct EditRecord {
    std::string label; ///< what the user did, e.g. "Move step 3 up"
    technique::Lesson before;
    technique::Lesson after;
    std::string mergeKey; ///< edits with the same key in a row merge; empty never merges
};

/// The lesson being edited, where it is stored and its history. Every change goes through apply()
/// so that it can be undone; lesson_edits.hpp names the edits the editor offers.
class LessonDocument {
public:
    using Mutation = std::function<void(technique::Lesson&)>;

    /// A document for `lesson` stored at `path` (empty for one never saved); `builtIn` marks a
    /// read-only built-in lesson. Starts clean with an empty history.
    LessonDocument(technique::Lesson lesson, std::filesystem::path path = {}, bool builtIn = false);

    /// Opens a lesson file for editing. Throws LessonOpenError with the parser's problems (a file of
    /// a newer format version is refused with the parser's message, never misread).
    static LessonDocument open(
        const std::filesystem::path& path, bool builtIn, const KnowledgeBase* knowledge = nullptr);

    const technique::Lesson& lesson() const { return m_lesson; }
    const std::filesystem::path& path() const { return m_path; }
    bool isBuiltIn() const { return m_builtIn; }
    /// The name problems carry: the file name, or "untitled.json" before the first save.
    std::string sourceName() const;

    /// Applies `mutation` to a copy of the lesson and records it as one edit named `label`. An edit
    /// with a non-empty `mergeKey` right after another with the same key joins it, so typing a word
    /// or dragging a slider is one undo; undo, redo, save and endMerge() end the run. An edit that
    /// changes nothing records nothing. If `mutation` throws, the lesson is unchanged. Returns
    /// whether the lesson changed.
    bool apply(const std::string& label, const Mutation& mutation, const std::string& mergeKey = {});
    /// Ends the current run of merging edits (the editor calls it when a field loses focus).
    void endMerge() { m_mergeOpen = false; }

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    /// The label of the edit undo() would revert; empty when there is none.
    std::string undoLabel() const;
    /// The label of the edit redo() would reapply; empty when there is none.
    std::string redoLabel() const;
    /// Reverts the last edit; false when there is none.
    bool undo();
    /// Reapplies the last undone edit; false when there is none.
    bool redo();
    /// The history, oldest first (for a history panel and tests).
    const std::vector<EditRecord>& undoHistory() const { return m_undo; }

    /// Whether the lesson differs from the last saved state; undoing back to it makes it clean.
    bool isDirty() const { return !m_saved || !(*m_saved == m_lesson); }
    /// Makes the current lesson the saved state.
    void markSaved();
    /// Forgets the saved state, e.g. for a document restored from an autosave: dirty until saved.
    void markUnsaved() { m_saved.reset(); }

    /// Writes the lesson to `path` atomically and makes it the document's file, no longer built-in.
    /// Throws lumbar::FileError when `path` is the built-in lesson's own file (save a copy instead)
    /// or the file cannot be written; the document is unchanged then.
    void save(const std::filesystem::path& path);
    /// save(path()); throws lumbar::FileError when the document has no file yet.
    void save();

    /// The problems `--check-routine` reports for the lesson's file content, with the same source
    /// name and places (Problem::where), so the editor can show each at its field.
    std::vector<technique::Problem> validate(const KnowledgeBase* knowledge) const;

private:
    technique::Lesson m_lesson;
    std::filesystem::path m_path;
    bool m_builtIn = false;
    std::optional<technique::Lesson> m_saved;
    std::vector<EditRecord> m_undo;
    std::vector<EditRecord> m_redo;
    bool m_mergeOpen = false;
};

} // namespace lumbar::authoring
