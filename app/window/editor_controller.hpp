// Instructor mode in the window: the Lesson editor and its panel state, its keys (Ctrl+Z, Ctrl+Y,
// Ctrl+S) and clicks that place anchors on the anatomy, the question about unsaved changes before
// the editor lets a lesson go, autosave recovery, and the numbered anchor handles in the 3D view.
#pragma once

#include "gui/commands.hpp"
#include "gui/lesson_editor_panel.hpp"
#include "session/lesson_editor.hpp"

#include <SDL.h>
#include <glm/vec2.hpp>

#include <filesystem>
#include <optional>

namespace lumbar::app {

class LessonPlayer;
class Viewer;

class EditorController {
public:
    /// Edits lessons on `viewer`'s anatomy and previews them in `player`; follow-up commands (the
    /// lesson to open once the editor has let go) go to `commands`.
    EditorController(Viewer& viewer, LessonPlayer& player, CommandQueue& commands);

    bool active() const { return m_editor.active(); }
    LessonEditor& editor() { return m_editor; }
    const LessonEditor& editor() const { return m_editor; }
    /// The file of the lesson being edited, once it has one.
    std::optional<std::filesystem::path> editedFile() const;

    /// Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Ctrl+S while editing; true when `key` was one.
    bool handleKey(SDL_Keycode key, Uint16 modifiers);
    /// Mouse events that place or drag an anchor while the editor waits for a click; true when used.
    /// `windowSize` is the window's size in window coordinates.
    bool handlePlacementEvent(const SDL_Event& event, bool uiMouse, const technique::AnatomySurface& surface,
        const glm::vec2& windowSize);
    void cancelPlacement() { m_editor.cancelPlacement(); }

    /// Closes the editor and pushes `next` (OpenLesson, CloseLesson, NewLesson or Quit), or, when the
    /// lesson has unsaved changes, asks first and does so once the user saved or discarded them.
    void leaveThen(const Command& next);
    /// Opens `lesson` for editing at the player's current step (built-in lessons read-only).
    void edit(const std::filesystem::path& lesson, bool builtIn);
    /// Starts a new lesson on the selected structure (the skin when none is).
    void startNew();
    /// Carries out the answer to the unsaved-changes question.
    void answer(UnsavedChoice choice);
    void restoreAutosave(std::size_t index);
    void discardAutosave(std::size_t index);
    /// Keeps the unsaved lesson before the app is killed.
    void autosaveNow() { m_editor.autosaveNow(); }

    /// The preview and autosave, once a frame; true when a save may have changed the lesson list.
    bool update(double nowS, const technique::AnatomySurface& surface);
    /// The editor window with the lesson's fields.
    void drawPanel(CommandQueue& commands);
    /// The Save as, unsaved-changes and recovery dialogs; last of all windows.
    void drawDialogs(CommandQueue& commands);
    /// Numbered dots on the anatomy where the selected step's anchors and pressure points lie.
    void drawHandles(const glm::vec2& viewportPx, const technique::AnatomySurface& surface) const;

private:
    /// The command that `next` becomes once the editor is closed: closing the edited lesson goes
    /// back to it as it is on disk.
    Command afterClosing(const Command& next) const;

    Viewer& m_viewer;
    LessonPlayer& m_player;
    CommandQueue& m_commands;
    LessonEditor m_editor;
    LessonEditorPanelState m_panel;
    std::optional<Command> m_pending; ///< what waits for the answer to "unsaved changes?"
    bool m_placingDrag = false;
    int m_librarySaveCount = 0; ///< the editor's save count when the library was last read
};

} // namespace lumbar::app
