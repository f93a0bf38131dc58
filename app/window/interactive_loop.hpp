// The interactive window: input, picking, panels and drawing, frame after frame. The parts with a
// job of their own live beside it: window/editor_controller (instructor mode), window/key_bindings
// (the shortcuts), window/export_controls, session/settings_keeper and session/model_switcher;
// interactive_loop_commands.cpp carries out the commands, interactive_loop_settings.cpp the settings.
#pragma once

#include "gl/shader_source.hpp"
#include "gui/commands.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/inspector_panel.hpp"
#include "gui/labels_overlay.hpp"
#include "gui/lesson_panel.hpp"
#include "gui/palpation_panel.hpp"
#include "gui/presentation_view.hpp"
#include "gui/progress_panel.hpp"
#include "gui/quiz_panel.hpp"
#include "gui/slice_panel.hpp"
#include "gui/view_panel.hpp"
#include "platform/gl_window.hpp"
#include "session/command_line.hpp"
#include "session/heat_keeper.hpp"
#include "session/lesson_player.hpp"
#include "session/model_switcher.hpp"
#include "session/palpation_trainer.hpp"
#include "session/progress_keeper.hpp"
#include "session/referral_overlay.hpp"
#include "session/render_scale.hpp"
#include "session/settings_keeper.hpp"
#include "session/technique_overlay.hpp"
#include "window/camera_controller.hpp"
#include "window/editor_controller.hpp"
#include "window/export_controls.hpp"
#include "window/key_bindings.hpp"
#include "window/short_taps.hpp"

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
    /// Clicks and hovering in the 3D view.
    void handleMouse(const SDL_Event& event, bool uiMouse);
    /// The shortcuts of `mode` (window/key_bindings; in the normal view a running quiz's keys come
    /// first): true when `key` was one. Camera keys are not shortcuts.
    bool handleKey(SDL_Keycode key, KeyMode mode);
    /// Carries out a shortcut of window/key_bindings (the one place each action is written).
    void applyKeyAction(KeyAction action);
    /// Carries out every queued command (interactive_loop_commands.cpp: the one place each is written).
    void carryOutCommands();
    void carryOut(const Command& command);
    void setPresentation(bool active);
    /// Starts the palpation trainer (ending a quiz) or ends it.
    void togglePalpation();
    /// Seconds since the loop started (the clock of pulses and timed rounds).
    double nowS() const;

    // Saved views (interactive_loop_views.cpp).
    /// The open lesson as a view records it: a built-in one by id, another by its path.
    std::string lessonReference() const;
    void showView(std::size_t index);
    void carryOutViewsRequest();
    /// Saves the collection (to its file, else a new one in the data folder); false with the
    /// reason in the tab when it cannot.
    bool saveViews();
    void openViews(const std::filesystem::path& path);
    /// While the Views tab waits for one, a click pins a note to the structure under it; true when
    /// the click was taken.
    bool placePin(int x, int y);
    void addPins(SceneExtras& extras) const;
    /// On quitting, a collection with unsaved views is saved (to its file, else a new one in the
    /// data folder) so that no view is lost; says where on standard error.
    void keepUnsavedViews();
    /// Each pin's number and note beside it, in `font` (the default one when null).
    void drawPinLabels(const glm::vec2& displaySize, ImFont* font = nullptr) const;
    /// Writes the collection's handout to its folder in the data folder, saying where in the tab.
    void writeViewsHandoutFromWindow();
    /// Shows the view `delta` places on in the collection, while presenting the views.
    void stepViews(int delta);
    /// The view a views presentation shows; nullopt in a lesson presentation or without a view.
    std::optional<PresentedView> presentedView() const;
    /// Applies changed settings to the UI and the view, and writes them (at most once a second).
    void applySettings(double nowS);
    /// Opens a lesson on the current anatomy; problems go to the Lesson panel.
    void openLesson(const std::filesystem::path& path, bool editDraft = true);
    /// Empties the player: no lesson, no file.
    void unloadLesson();
    /// The lessons the Lesson panel offers, read again.
    void refreshLibrary();
    /// Recomputes the heat map when its scope or the lesson time moved enough.
    void updateHeat();
    /// The opening's progress in the View panel; a finished model shown, or its error.
    void updateModelOpening();
    /// An outcome in the View panel and at the top of the window.
    void report(const std::string& message, bool isError);
    void drawFrame();
    /// Frames the 3D view into the part of the window the panels leave free (all of it while
    /// presenting); the first frame is framed again, since start-up could not know the panels.
    void fitViewToPanels(const glm::vec2& displaySize);
    /// The part of the view the panels leave in sight, in the drawable's pixels (`drawable`, from
    /// the top left), for the viewer to draw alone; unset: all of it.
    std::optional<ScreenRect> seenPart(const glm::vec2& displaySize, const glm::ivec2& drawable) const;
    /// Converts a mouse position in window coordinates to a pick in the 3D view.
    std::optional<std::size_t> pickAt(int x, int y) const;
    /// The window's size in window coordinates (mouse positions use them).
    glm::vec2 windowSize() const;
    /// The point on the body's skin under window pixel (x, y) while a quiz runs (its skin click
    /// questions); nullopt otherwise or off the body.
    std::optional<glm::vec3> quizSkinPoint(int x, int y) const;

    GlWindow& m_window;
    Viewer& m_viewer;
    const Options& m_options;
    const gl::ShaderSources& m_shaders;
    ImGuiLayer m_gui;
    CameraController m_controller;
    CommandQueue m_commands; ///< what the panels, dialogs and mouse asked for this frame
    ViewPanelState m_viewPanel;
    SlicePanel m_slicePanel;
    InspectorState m_inspector;
    LessonPanelState m_lessonPanel;
    ProgressKeeper
        m_progress; ///< what the quiz and the palpation trainer remember (before them: they point to it)
    ProgressPanelState m_progressPanel;
    QuizPanel m_quiz;
    PalpationTrainer m_palpation;
    PalpationLevels m_palpationLevels;
    LabelsOverlay m_labels;
    ExportControls m_export;
    PresentationState m_presentation;
    SettingsKeeper m_settings;
    LessonPlayer m_player;
    TechniqueOverlay m_technique;
    ReferralOverlay m_referral; ///< the selected muscle's referral zones and trigger points
    MarkerDots m_pinDots; ///< the shown view's pins
    ModelSwitcher m_models; ///< the anatomy shown and the model file being opened
    EditorController m_editor;
    RenderScaleChooser m_renderScale; ///< the 3D view's resolution, frame by frame
    Camera m_lastCamera; ///< the camera of the frame before: a change is movement
    HeatKeeper m_heat{0.25};
    double m_heatTimeS = -1.0;
    Uint64 m_startCounter = 0;
    std::optional<std::size_t> m_hovered3d;
    ShortTaps m_shortTaps; ///< key releases held back for the next frame
    int m_pressX = 0;
    int m_pressY = 0;
    bool m_pressInView = false;
    std::optional<std::filesystem::path> m_lessonPath; ///< the file of the lesson the player has
    bool m_closeFromWindow = false; ///< the SDL_QUIT that follows comes from the window's close button
    bool m_framedToPanels = false; ///< the view was framed into the panels' free area once
    bool m_running = true;
};

} // namespace lumbar::app
