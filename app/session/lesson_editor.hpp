// Instructor mode: the lesson open for editing, its file, autosave and recovery, the preview the
// player shows, and anchors placed by clicking on the anatomy. The panel that draws it is
// gui/lesson_editor_panel.hpp; every change to the lesson is an authoring edit, so it can be undone.
#pragma once

#include "authoring/autosave.hpp"
#include "authoring/lesson_document.hpp"
#include "core/user_dirs.hpp"
#include "session/lesson_player.hpp"
#include "technique/anatomy_surface.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

/// What a click on the anatomy places while the editor waits for one.
struct AnchorPlacement {
    enum class Kind { PathAnchor, PressurePoint };
    Kind kind = Kind::PathAnchor;
    std::size_t step = 0;
    /// The anchor or point to move; nullopt adds a new one at the end.
    std::optional<std::size_t> index;
};

/// The folders instructor mode reads and writes, from the XDG environment.
struct EditorFolders {
    std::filesystem::path userLessons; ///< where Save as writes, listed beside the built-ins
    std::filesystem::path autosave;
};

/// The folders of `environment`; throws lumbar::FileError when neither XDG_DATA_HOME nor HOME is usable.
EditorFolders editorFolders(const EnvironmentLookup& environment);

/// A file name for Save as: letters, digits, '-' and '_' only, 1 to 64 characters. Returns the problem
/// in words, or an empty string when `name` is fine.
std::string checkLessonFileName(const std::string& name);

/// The id a new lesson starts with, until it is saved under one of its own.
inline constexpr const char* kNewLessonId = "my-lesson";

/// A file name made from a lesson's title: lower case, words joined by '-', only letters and
/// digits kept ("Deep work: QL (left side)" -> "deep-work-ql-left-side"), at most 64 characters;
/// kNewLessonId when the title has no letter or digit.
std::string lessonIdFromTitle(const std::string& title);

class LessonEditor {
public:
    LessonEditor(const KnowledgeBase& knowledge, EditorFolders folders);

    bool active() const { return m_document.has_value(); }
    authoring::LessonDocument& document() { return *m_document; }
    const authoring::LessonDocument& document() const { return *m_document; }
    const EditorFolders& folders() const { return m_folders; }

    /// Starts an untitled lesson of one step on `target` (a structure id).
    void startNew(const std::string& target);
    /// Opens `path` for editing; built-in lessons open read-only (Save as makes a copy). On failure
    /// the editor is unchanged and message() says why.
    bool open(const std::filesystem::path& path, bool builtIn);
    /// Takes over a document restored from an autosave file, which is then kept until the next save.
    void adopt(authoring::LessonDocument document, const std::filesystem::path& autosaveFile);
    /// Closes the lesson and removes its autosave; the caller asks first when it is dirty.
    void close();

    /// Whether Save can write without asking for a name (a user file, not a built-in).
    bool canSaveInPlace() const;
    /// Saves to the document's file. False with message() on failure; nothing is lost then.
    bool save();
    /// Saves to userLessons/<name>.json and gives the lesson that id. Refuses an existing file
    /// unless `overwrite`. False with message() on failure.
    bool saveAs(const std::string& name, bool overwrite);
    /// The path saveAs(name) writes.
    std::filesystem::path userLessonPath(const std::string& name) const;

    /// Keeps the unsaved lesson in the autosave folder once `delayS` has passed since the last
    /// autosave; call every frame with the app's clock. Errors go to message().
    void autosaveIfDue(double nowS, double delayS = 5.0);
    /// Writes the autosave now when there are unsaved changes (before quitting on a signal).
    void autosaveNow();

    /// Validates and re-prepares the lesson when it changed since the last call, and loads it into
    /// `player`, keeping the clock; after selectStep the clock moves to the selected step, and while
    /// the player plays the selection follows it.
    void updatePreview(LessonPlayer& player, const technique::AnatomySurface& surface);
    /// The problems --check-routine would report, as of the last updatePreview.
    const std::vector<technique::Problem>& problems() const { return m_problems; }
    /// Problems whose place is `where` or inside it ("steps[1]" holds "steps[1].title").
    std::vector<const technique::Problem*> problemsAt(const ProblemPath& where) const;

    std::size_t selectedStep() const { return m_selectedStep; }
    /// Selects a step; with `seek` the preview jumps to its start at the next updatePreview (a
    /// lesson just opened keeps the moment the player was at).
    void selectStep(std::size_t index, bool seek = true);

    /// Arms a placement: the next click on the anatomy sets that anchor.
    void beginPlacement(const AnchorPlacement& placement) { m_placement = placement; }
    void cancelPlacement() { m_placement.reset(); }
    const std::optional<AnchorPlacement>& placement() const { return m_placement; }
    /// Places the armed anchor where a click or drag hit structure `structureId` at `point`: the
    /// first call adds the anchor (or moves the chosen one), later calls of the same drag move it
    /// and merge into one undo. The step gets a stroke when a path anchor needs one. Returns false
    /// when nothing is armed or the model lacks the structure.
    bool placeAt(
        const technique::AnatomySurface& surface, const std::string& structureId, const glm::vec3& point);
    /// Ends a drag: the placement disarms and the next edit starts a new undo entry.
    void endPlacement();

    /// How many saves succeeded so far (the app re-reads its lesson list when it changes).
    int saveCount() const { return m_saveCount; }

    const std::string& message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    void setMessage(std::string message, bool isError);

private:
    void afterSave();

    const KnowledgeBase& m_knowledge;
    EditorFolders m_folders;
    std::optional<authoring::LessonDocument> m_document;
    std::filesystem::path m_autosaveFile; ///< the last autosave written, removed after a save
    double m_lastAutosaveS = -1.0;
    std::optional<technique::Lesson> m_previewed; ///< the lesson the player has
    std::vector<technique::Problem> m_problems;
    std::size_t m_selectedStep = 0;
    bool m_seekToSelection = true;
    std::optional<AnchorPlacement> m_placement;
    bool m_dragging = false;
    int m_saveCount = 0;
    std::string m_message;
    bool m_messageIsError = false;
};

} // namespace lumbar::app
