// The Lesson editor's form for the selected step, and the field helpers the editor window shares
// with it; internal to gui/ (the window itself is lesson_editor_panel.hpp).
#pragma once

#include "core/problem_path.hpp"
#include "gui/lesson_editor_panel.hpp"

namespace lumbar::app::lesson_editor_form {

/// The validation messages of one field, in red under it; `inside` adds those of its parts.
void fieldProblems(const LessonEditor& editor, const ProblemPath& where, bool inside = true);
/// Typing merges into one undo until the field loses focus.
void endMergeWhenDone(LessonEditor& editor);
/// The selected step's fields: title, phase, tool, approach, duration, contact area, targets, the
/// stroke with its path and force profile, pressure points and the texts; nothing without steps.
void drawStepFields(LessonEditor& editor, LessonEditorPanelState& state, const KnowledgeBase& knowledge);

} // namespace lumbar::app::lesson_editor_form
