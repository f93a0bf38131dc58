// The window's exports: F12 / Shift+F12 screenshots (the 3D view, or the whole window with its
// panels), the Lesson panel's handout and Record buttons, and the message that says where the
// files went. Everything is written under screenshotFolder() or dataDir()/handouts. The
// command-line exports are export/export_commands; both write through export/.
#pragma once

#include "export/lesson_recorder.hpp"

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

class LessonPlayer;
struct LessonPanelState;
class Viewer;

class ExportControls {
public:
    ExportControls();
    ~ExportControls();
    ExportControls(const ExportControls&) = delete;
    ExportControls& operator=(const ExportControls&) = delete;

    /// F12 asks for a screenshot of the 3D view, Shift+F12 of the whole window; true when `key`
    /// was one of them.
    bool handleKey(SDL_Keycode key, Uint16 modifiers);
    /// True while a recording runs: the window must keep drawing frames.
    bool busy() const { return m_recorder != nullptr; }
    /// True while the window's frame must be drawn at full resolution: a screenshot waits for it,
    /// or a recording renders into the viewer's target beside it.
    bool needsFullScale() const { return m_pendingShot != Shot::None || busy(); }

    /// Saves the 3D view (or the whole window with its panels) once the frame is drawn.
    void saveScreenshot(bool withPanels);
    /// Starts recording the player's lesson through the view; nothing while one runs or no lesson
    /// is loaded.
    void startRecording(const LessonPlayer& player, Viewer& viewer);
    /// Stops the recording that runs, keeping the frames written so far.
    void cancelRecording();
    /// Writes the handout of the player's lesson for its audience (nothing when none is loaded).
    void writeHandout(const LessonPlayer& player, Viewer& viewer);

    /// Inside the ImGui frame, after the panels: reports a recording's progress to the Lesson
    /// panel and draws the message of the last export.
    void update(LessonPanelState& lesson);
    /// After the 3D view was drawn: saves a pending view screenshot.
    void afterScene(Viewer& viewer);
    /// After the panels were drawn into the window, before the swap: saves a pending window shot,
    /// then renders the next frames of a recording (for at most a few tens of milliseconds, so the
    /// window stays usable).
    void afterWindow(int drawableWidth, int drawableHeight);
    /// Shows `message` at the top of the window for a few seconds (errors in red), where the
    /// export results show; other parts of the app report through it too.
    void show(const std::string& message, bool isError);

private:
    enum class Shot { None, View, Window };

    void stopRecording(bool cancelled);
    void saveShot(const Image& image);

    Shot m_pendingShot = Shot::None;
    std::unique_ptr<LessonRecorder> m_recorder;
    std::string m_message;
    bool m_messageIsError = false;
    Uint64 m_messageUntilMs = 0;
};

} // namespace lumbar::app
