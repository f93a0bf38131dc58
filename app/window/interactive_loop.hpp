// The interactive window: input, picking, panels and drawing, frame after frame.
#pragma once

#include "gl/shader_source.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/inspector_panel.hpp"
#include "gui/labels_overlay.hpp"
#include "gui/lesson_editor_panel.hpp"
#include "gui/lesson_panel.hpp"
#include "gui/presentation_view.hpp"
#include "gui/quiz_panel.hpp"
#include "gui/view_panel.hpp"
#include "platform/gl_window.hpp"
#include "session/command_line.hpp"
#include "session/lesson_editor.hpp"
#include "session/lesson_player.hpp"
#include "session/model_opener.hpp"
#include "session/settings.hpp"
#include "session/technique_overlay.hpp"
#include "technique/anatomy_surface.hpp"
#include "window/camera_controller.hpp"
#include "window/export_controls.hpp"
#include "window/key_bindings.hpp"

#include <memory>
#include <optional>

namespace lumbar::app {

class Viewer;

class InteractiveLoop {
public:
    /// `lesson` is opened at start (nothing when absent); the player starts paused. `settings`
    /// were read from `settingsPath`, where changes are written (an empty path keeps nothing).
    InteractiveLoop(GlWindow& window, Viewer& viewer, const Options& options,
        const gl::ShaderSources& shaders, const std::optional<std::filesystem::path>& lesson,
        const Settings& settings, const std::filesystem::path& settingsPath);

    /// Runs until the window closes; returns the exit code.
    int run();

private:
    void handleEvent(const SDL_Event& event);
    /// The shortcuts of `mode` (window/key_bindings; in the normal view a running quiz's keys come
    /// first): true when `key` was one. Camera keys are not shortcuts.
    bool handleKey(SDL_Keycode key, KeyMode mode);
    /// Carries out a shortcut of window/key_bindings (the one place each action is written).
    void applyKeyAction(KeyAction action);
    void setPresentation(bool active);
    /// Applies changed settings to the UI and the view, and writes them (at most once a second).
    void applySettings(double nowS);
    /// Opens a lesson on the current anatomy; problems go to the Lesson panel.
    void openLesson(const std::filesystem::path& path);
    /// Recomputes the heat map when its scope or the lesson time moved enough.
    void updateHeat();
    void applyRequests();
    void drawFrame();
    /// Converts a mouse position in window coordinates to a pick in the 3D view.
    std::optional<std::size_t> pickAt(int x, int y) const;

    // Instructor mode (interactive_loop_editor.cpp).
    /// What waits for the answer to "unsaved changes?".
    struct PendingEditorAction {
        enum class Kind { Quit, Close, Load, New };
        Kind kind = Kind::Quit;
        std::filesystem::path path; ///< for Load
    };
    /// The built-in lessons and the user's own, for the Lesson panel's picker.
    void refreshLibrary();
    /// Editor keys (Ctrl+Z, Ctrl+Y, Ctrl+S); true when `key` was one.
    bool handleEditorKey(SDL_Keycode key, Uint16 modifiers);
    /// Mouse events that place or drag an anchor while the editor waits for a click; true when used.
    bool handlePlacementEvent(const SDL_Event& event, bool uiMouse);
    /// Runs `action` now, or asks first when the edited lesson has unsaved changes.
    void runOrAskUnsaved(PendingEditorAction action);
    void runEditorAction(const PendingEditorAction& action);
    void applyEditorRequests();
    /// An opening's outcome, in the View panel and at the top of the window.
    void reportOpening(const std::string& message, bool isError);
    /// Starts opening a model the user chose, or says why it cannot start now.
    void openModel(const std::string& path);
    /// Shows a model that finished opening (the lesson is placed on it again), or its error.
    void adoptOpenedModel(ModelOpener::Result result);
    /// The preview, autosave and the editor's window and dialogs, once a frame.
    void updateEditor(double nowS);
    /// Numbered dots on the anatomy where the selected step's anchors and pressure points lie.
    void drawEditorHandles(const glm::vec2& viewportPx) const;

    GlWindow& m_window;
    Viewer& m_viewer;
    const Options& m_options;
    const gl::ShaderSources& m_shaders;
    ImGuiLayer m_gui;
    CameraController m_controller;
    ViewPanelState m_viewPanel;
    InspectorState m_inspector;
    LessonPanelState m_lessonPanel;
    QuizPanel m_quiz;
    LabelsOverlay m_labels;
    ExportControls m_export;
    PresentationState m_presentation;
    Settings m_settings;
    Settings m_appliedSettings; ///< what the UI and the file last got
    std::filesystem::path m_settingsPath; ///< empty when settings cannot be kept
    double m_settingsChangedS = -1.0; ///< when unsaved changes appeared; negative when none
    LessonPlayer m_player;
    TechniqueOverlay m_technique;
    std::unique_ptr<technique::AnatomySurface> m_surface;
    ModelOpener m_opener; ///< the model file being opened, off the UI thread
    HeatScope m_heatShown = HeatScope::Off;
    double m_heatTimeS = -1.0;
    Uint64 m_startCounter = 0;
    std::optional<std::size_t> m_hovered3d;
    int m_pressX = 0;
    int m_pressY = 0;
    bool m_pressInView = false;
    LessonEditor m_editor;
    LessonEditorPanelState m_editorPanel;
    std::optional<PendingEditorAction> m_pendingEditorAction;
    std::optional<std::filesystem::path> m_lessonPath; ///< the file of the lesson the player has
    bool m_placingDrag = false;
    bool m_closeFromWindow = false; ///< the SDL_QUIT that follows comes from the window's close button
    int m_librarySaveCount = 0; ///< the editor's save count when the library was last read
    bool m_running = true;
};

} // namespace lumbar::app
