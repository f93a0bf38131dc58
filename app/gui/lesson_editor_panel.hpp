// The Lesson editor window (instructor mode) and its dialogs: recovering autosaved work at start,
// naming a file for Save as, and asking before unsaved changes are closed.
#pragma once

#include "authoring/autosave.hpp"
#include "gui/commands.hpp"
#include "session/lesson_editor.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

struct LessonEditorPanelState {
    int audience = 0; ///< the texts tab: student, instructor, patient
    bool openSaveAs = false; ///< opens the Save as dialog next frame
    std::string saveAsName;
    bool confirmOverwrite = false; ///< the Save as name exists; ask before replacing it
    /// Set when the user asked to close the lesson or quit with unsaved changes: the dialog asks
    /// and pushes the answer.
    bool askUnsaved = false;
    std::vector<authoring::PendingAutosave> recovery; ///< offered at start; emptied as answered
};

/// The editor window with every field of the lesson and of the selected step.
void drawLessonEditor(LessonEditor& editor, LessonEditorPanelState& state, const KnowledgeBase& knowledge,
    CommandQueue& commands);
/// The Save as, unsaved-changes and recovery dialogs; call every frame.
void drawLessonEditorDialogs(LessonEditor& editor, LessonEditorPanelState& state, CommandQueue& commands);

} // namespace lumbar::app
