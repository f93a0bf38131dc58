// Event handling and frame drawing of the interactive window.
#include "window/interactive_loop.hpp"

#include "core/error.hpp"
#include "gui/heat_legend.hpp"
#include "gui/layers_panel.hpp"
#include "gui/tool_compare_panel.hpp"
#include "session/data_paths.hpp"
#include "session/depth_table.hpp"
#include "session/lesson_library.hpp"
#include "session/lesson_loading.hpp"
#include "session/lesson_scene.hpp"
#include "session/safety_text.hpp"
#include "session/view_capture.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <utility>

namespace lumbar::app {
namespace {

/// How long the idle loop sleeps waiting for input before drawing anyway (keeps the frame-time
/// readout alive without spinning the CPU on software renderers).
constexpr int kIdleWaitMs = 250;

} // namespace

InteractiveLoop::InteractiveLoop(GlWindow& window, Viewer& viewer, const Options& options,
    const gl::ShaderSources& shaders, const std::optional<std::filesystem::path>& lesson,
    const Settings& settings, const std::filesystem::path& settingsPath)
    : m_window(window), m_viewer(viewer), m_options(options), m_shaders(shaders),
      m_gui(window.window(), window.context(), window.displayScale(), window.framebufferScale(),
          settingsPath.empty() ? std::string() : (settingsPath.parent_path() / "layout.ini").string()),
      m_progress(ProgressKeeper::forUser()), m_settings(settings, settingsPath), m_models(viewer, m_player),
      m_editor(viewer, m_player, m_commands), m_startCounter(SDL_GetPerformanceCounter())
{
    m_gui.setAppearance(settings.uiScale, settings.theme);
    m_quiz.keepProgressIn(&m_progress);
    m_viewer.display.background = backgroundFor(settings.theme);
    m_viewer.display.handTone = settings.handTone;
    m_viewer.display.therapist = settings.therapist;
    m_viewer.display.labels = settings.labels;
    m_presentation.autoOrbit = settings.presentationAutoOrbit;
    m_viewPanel.lastPreset = options.view;
    if (options.modelPath)
        m_viewPanel.modelPathInput = options.modelPath->string();
    refreshLibrary();
    if (lesson) {
        openLesson(*lesson);
        if (options.step)
            m_player.seekStep(std::size_t(*options.step - 1));
        m_player.seek(m_player.time() + options.stepTimeS);
        m_lessonPanel.heat = heatScopeFromName(options.heat);
    }
    // A progress file that could not be used: shown at the top of the window and printed once.
    std::string progressProblems;
    for (const std::string& message : m_progress.messages())
        progressProblems += (progressProblems.empty() ? "" : "\n") + message;
    if (!progressProblems.empty())
        report(progressProblems, true);
    if (options.referral) // the muscle is selected (application.cpp): its card shows the pattern
        m_inspector.requestTab = InspectorTab::Structures;
    if (options.viewsPath)
        openViews(*options.viewsPath);
    if (options.palpation)
        togglePalpation();
    // The command line wins over the remembered audience.
    m_player.audience = parseAudience(options.audienceGiven ? options.audience : settings.audience)
                            .value_or(Audience::Student);
}

void InteractiveLoop::refreshLibrary()
{
    m_lessonPanel.library = listLessons(
        builtInLessonFiles(), m_editor.editor().folders().userLessons, &m_viewer.knowledgeBase());
}

void InteractiveLoop::openLesson(const std::filesystem::path& path, bool editDraft)
{
    const LoadedLesson loaded = loadAndPrepareLesson(path, m_viewer.knowledgeBase(), m_models.surface());
    m_lessonPanel.message.clear();
    m_lessonPanel.messageIsError = true;
    for (const std::string& problem : loaded.problems)
        m_lessonPanel.message += problem + "\n";
    if (!loaded.prepared) {
        // A draft of the user's cannot play yet: the editor opens it and lists what is missing.
        if (loaded.draft && !isBuiltIn(m_lessonPanel.library, path) && !m_editor.active()) {
            // A draft is not an error: the notice says where it went or where to find it.
            m_lessonPanel.message = draftNotice(path, loaded.problems.size(), editDraft);
            m_lessonPanel.messageIsError = false;
            if (editDraft) {
                m_editor.edit(path, false);
            } else {
                // Back from the editor: its preview leaves the player, the draft waits in the list.
                unloadLesson();
            }
            return;
        }
        std::cerr << "lumbarlab: " << m_lessonPanel.message;
        return;
    }
    m_player.load(*loaded.prepared);
    m_lessonPath = path;
    m_heatTimeS = -1.0;
    m_heat.reset();
    m_inspector.requestTab = InspectorTab::Step;
}

void InteractiveLoop::unloadLesson()
{
    m_player.unload();
    m_lessonPath.reset();
}

void InteractiveLoop::updateHeat()
{
    const HeatScope scope = m_player.loaded() ? m_lessonPanel.heat : HeatScope::Off;
    // The map is uploaded again every half second of lesson time (HeatKeeper adds only the time
    // since the last upload).
    constexpr double kHeatRefreshS = 0.5;
    if (scope == m_heat.scope()
        && (scope == HeatScope::Off || std::abs(m_player.time() - m_heatTimeS) < kHeatRefreshS))
        return;
    m_heatTimeS = m_player.time();
    m_heat.update(m_viewer, m_player, m_models.surface(), scope);
}

glm::vec2 InteractiveLoop::windowSize() const
{
    int width = 0;
    int height = 0;
    SDL_GetWindowSize(m_window.window(), &width, &height);
    return {float(width), float(height)};
}

std::optional<std::size_t> InteractiveLoop::pickAt(int x, int y) const
{
    const glm::vec2 size = windowSize();
    return m_viewer.pick({float(x), float(y)}, size.x, size.y);
}

void InteractiveLoop::setPresentation(bool active)
{
    m_presentation.active = active;
    m_presentation.hintSeconds = active ? 6.0f : 0.0f;
    if (!active)
        m_presentation.views = false;
    SDL_SetWindowFullscreen(m_window.window(), active ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

double InteractiveLoop::nowS() const
{
    return double(SDL_GetPerformanceCounter() - m_startCounter) / double(SDL_GetPerformanceFrequency());
}

void InteractiveLoop::togglePalpation()
{
    if (m_palpation.active()) {
        m_palpation.stop(m_viewer);
        return;
    }
    if (m_quiz.active())
        m_quiz.stop(m_viewer);
    m_palpation.start(
        m_viewer, m_models.surface(), std::random_device{}(), m_palpationLevels.timed, nowS(), &m_progress);
}

bool InteractiveLoop::handleKey(SDL_Keycode key, KeyMode mode)
{
    // Enter moves the palpation trainer on from a shown answer.
    if (mode == KeyMode::Normal && m_palpation.revealing() && (key == SDLK_RETURN || key == SDLK_KP_ENTER)) {
        m_palpation.next(m_viewer, nowS());
        return true;
    }
    if (mode == KeyMode::Normal && key == SDLK_q)
        m_palpation.stop(m_viewer); // Q starts a quiz in its place
    // A running quiz takes its answer keys first; a presentation shows no quiz.
    if (mode == KeyMode::Normal && m_quiz.handleKey(key, m_viewer))
        return true;
    const std::optional<KeyAction> action = keyAction(key, mode);
    if (action)
        applyKeyAction(*action);
    return action.has_value();
}

void InteractiveLoop::applyKeyAction(KeyAction action)
{
    AnatomyView& anatomy = m_viewer.anatomy();
    switch (action) {
    case KeyAction::NextStep:
        if (m_presentation.active && m_presentation.views)
            stepViews(+1);
        else
            m_player.nextStep();
        break;
    case KeyAction::PreviousStep:
        if (m_presentation.active && m_presentation.views)
            stepViews(-1);
        else
            m_player.previousStep();
        break;
    case KeyAction::TogglePlay:
        m_player.togglePlay();
        break;
    case KeyAction::Faster:
        m_player.faster();
        break;
    case KeyAction::Slower:
        m_player.slower();
        break;
    case KeyAction::EnterPresentation:
        setPresentation(true);
        break;
    case KeyAction::LeavePresentation:
        setPresentation(false);
        break;
    case KeyAction::ToggleAutoOrbit:
        m_settings.current().presentationAutoOrbit = !m_settings.current().presentationAutoOrbit;
        break;
    case KeyAction::HideSelected:
        if (anatomy.selected) {
            anatomy.hide(*anatomy.selected);
            anatomy.selected.reset();
        }
        break;
    case KeyAction::IsolateSelected:
        if (anatomy.selected)
            anatomy.isolate({*anatomy.selected});
        break;
    case KeyAction::ShowAll:
        anatomy.showAll();
        break;
    case KeyAction::ToggleXray:
        anatomy.xray = !anatomy.xray;
        break;
    case KeyAction::ToggleLabels:
        m_viewer.display.labels = !m_viewer.display.labels;
        break;
    case KeyAction::ClearSelection:
        anatomy.selected.reset();
        m_editor.cancelPlacement();
        break;
    }
}

void InteractiveLoop::report(const std::string& message, bool isError)
{
    m_viewPanel.message = message;
    m_viewPanel.messageIsError = isError;
    m_export.show(message, isError);
}

void InteractiveLoop::updateModelOpening()
{
    if (const std::optional<ModelSwitcher::Outcome> outcome = m_models.poll(m_viewPanel.lastPreset)) {
        report(outcome->message, outcome->isError);
        if (!outcome->isError)
            m_hovered3d.reset();
    }
    m_viewPanel.opening = m_models.busy() ? m_models.opener().path().string() : std::string();
    m_viewPanel.openingS = m_models.opener().elapsedS();
}

void InteractiveLoop::drawFrame()
{
    int drawableWidth = 0;
    int drawableHeight = 0;
    m_window.drawableSize(drawableWidth, drawableHeight);
    m_gui.beginFrame();
    m_viewer.anatomy().hovered = m_presentation.active ? std::nullopt : m_hovered3d;
    const ImVec2 displaySize = ImGui::GetIO().DisplaySize;
    if (m_presentation.active) {
        const std::optional<PresentedView> view = presentedView();
        drawPresentation(
            m_presentation, m_player, m_viewer.knowledgeBase(), m_gui.largeFont(), view ? &*view : nullptr);
        if (view)
            drawPinLabels({displaySize.x, displaySize.y}, m_gui.largeFont());
        if (m_presentation.autoOrbit)
            m_viewer.camera().orbit(glm::radians(kAutoOrbitDegPerS) * ImGui::GetIO().DeltaTime, 0.0f);
    } else {
        drawViewPanel(m_viewPanel, m_viewer, m_settings.current(), m_commands);
        drawOpeningStatus(m_viewPanel, m_commands);
        const std::optional<ToolFrame> tool
            = m_player.loaded() ? toolFrameOf(m_player.frame()) : std::nullopt;
        drawLayersPanel(m_viewer, m_commands, tool);
        m_slicePanel.draw(m_viewer, m_player.loaded() ? &m_player.frame() : nullptr,
            m_player.audience == technique::Audience::Patient);
        // The Inspector would name the structures a quiz asks about: the Quiz window takes its place.
        // The Progress window, opened from the View panel, goes over either while it is open.
        if (m_progressPanel.open) {
            drawProgressPanel(m_progressPanel, m_progress, m_viewer.knowledgeBase(), m_lessonPanel.library,
                secondsSinceEpoch(), m_commands);
        } else if (m_quiz.active()) {
            m_quiz.draw(m_viewer);
        } else if (m_palpation.active()) {
            const PalpationRequest request
                = drawPalpationPanel(m_palpation, m_palpationLevels, m_viewer, nowS());
            if (request == PalpationRequest::Close)
                m_palpation.stop(m_viewer);
            else if (request == PalpationRequest::NewRound)
                m_palpation.start(m_viewer, m_models.surface(), std::random_device{}(),
                    m_palpationLevels.timed, nowS(), &m_progress);
        } else if (m_editor.active()) {
            m_editor.drawPanel(m_commands);
        } else {
            drawInspectorPanel(m_inspector, m_viewer, m_player, m_commands);
            carryOutViewsRequest();
        }
        m_lessonPanel.reach
            = m_player.loaded() ? reachLine(m_viewer, m_player.frame(), m_player.audience) : std::string();
        if (m_viewer.display.section.orientation == SectionOrientation::ThroughTool && tool)
            m_viewer.display.section.tool = *tool;
        drawLessonPanel(m_lessonPanel, m_player, m_commands);
        drawHeatLegend(m_heat.scope(), m_viewer.heatMaxDose(),
            m_player.audience == technique::Audience::Patient,
            freeArea(m_gui.panelRects(), {displaySize.x, displaySize.y}));
        drawToolComparison(m_lessonPanel.compareTools, m_viewer, m_player);
        if (m_viewer.display.labels)
            m_labels.draw(m_viewer, {displaySize.x, displaySize.y});
        if (!m_quiz.active() && !m_palpation.active())
            drawPinLabels({displaySize.x, displaySize.y});
    }
    fitViewToPanels({displaySize.x, displaySize.y});
    m_export.update(m_lessonPanel);
    if (!m_presentation.active)
        m_editor.drawHandles({displaySize.x, displaySize.y}, m_models.surface());
    if (m_player.loaded())
        drawHoldCountdowns(m_player.frame(), m_viewer.camera(), {displaySize.x, displaySize.y});
    // The panels may have changed hover, selection, visibility and time: draw the 3D view after them.
    updateHeat();
    const double wallS
        = double(SDL_GetPerformanceCounter() - m_startCounter) / double(SDL_GetPerformanceFrequency());
    SceneExtras extras
        = momentExtras(m_technique, m_player, m_viewer, m_heat.scope() != HeatScope::Off, wallS);
    if (std::string problem = m_technique.takeFigureProblem(); !problem.empty())
        m_viewPanel.message = "The therapist cannot be shown: " + problem;
    // Presenting shows the lesson only: no outline of a structure picked before.
    // The palpation trainer's skin is intact and unmarked: no hover tint on it either.
    extras.pointerHighlights = !m_presentation.active && !m_palpation.active();
    // A quiz question is asked about the anatomy alone: the lesson's hand, path and markers
    // (which could point at the answer) are hidden while it is shown.
    m_palpation.update(m_viewer, m_models.surface(), nowS());
    if (m_quiz.active() || m_palpation.active()) {
        extras.items.clear();
        extras.indentation = {};
        m_palpation.addTo(extras, m_viewer);
        m_quiz.addTo(extras, m_viewer, m_models.surface());
    } else {
        m_referral.addTo(extras, m_viewer, m_models.surface());
        addPins(extras);
    }
    if (m_inspector.showEndangerment)
        for (const std::string& id : endangermentSiteIds())
            if (const auto mesh = m_viewer.anatomy().meshOf(id))
                extras.emphasised.push_back(*mesh);
    // While the scene moves and frames are slow it is drawn with fewer pixels (the panels never).
    const bool moving = m_player.playing() || m_viewer.camera() != m_lastCamera;
    m_lastCamera = m_viewer.camera();
    const float scale
        = m_renderScale.choose({wallS, moving, m_export.needsFullScale()}, m_settings.current().renderScale);
    m_viewPanel.renderScale = scale;
    m_viewer.render(drawableWidth, drawableHeight, extras, scale,
        seenPart({displaySize.x, displaySize.y}, {drawableWidth, drawableHeight}));
    m_viewer.present(drawableWidth, drawableHeight);
    m_export.afterScene(m_viewer);
    // Last of all windows: ImGui 1.86 asserts when a window first appears after a modal opened.
    if (!m_presentation.active)
        m_editor.drawDialogs(m_commands);
    m_gui.endFrame();
    m_export.afterWindow(drawableWidth, drawableHeight);
    m_window.swap();
}

int InteractiveLoop::run()
{
    Uint64 previous = SDL_GetPerformanceCounter();
    while (m_running) {
        SDL_Event event;
        // While a lesson plays (or a point pulses) frames follow each other; otherwise wait for input.
        // A view drawn below full resolution is drawn again until it is sharp.
        const bool animating = m_player.playing() || m_export.busy() || m_renderScale.belowFull()
            || (m_presentation.active && (m_presentation.autoOrbit || m_presentation.hintSeconds > 0.0f));
        bool haveEvent = (animating || m_shortTaps.holding() ? SDL_PollEvent(&event)
                                                             : SDL_WaitEventTimeout(&event, kIdleWaitMs))
            != 0;
        const Uint64 frameStart = SDL_GetPerformanceCounter();
        m_player.advance(double(frameStart - previous) / double(SDL_GetPerformanceFrequency()));
        previous = frameStart;
        for (const SDL_Event& held : m_shortTaps.nextFrame())
            handleEvent(held);
        while (haveEvent) {
            if (!m_shortTaps.holdBack(event))
                handleEvent(event);
            haveEvent = SDL_PollEvent(&event) != 0;
        }
        carryOutCommands();
        updateModelOpening();
        const double nowS = double(frameStart - m_startCounter) / double(SDL_GetPerformanceFrequency());
        if (m_editor.update(nowS, m_models.surface()))
            refreshLibrary();
        if (const std::optional<std::filesystem::path> edited = m_editor.editedFile())
            m_lessonPath = edited;
        applySettings(nowS);
        drawFrame();
        const float ms = float(double(SDL_GetPerformanceCounter() - frameStart) * 1000.0
            / double(SDL_GetPerformanceFrequency()));
        m_viewPanel.frameMs = m_viewPanel.frameMs == 0.0f ? ms : m_viewPanel.frameMs * 0.8f + ms * 0.2f;
        m_renderScale.recordFrame(ms);
    }
    applySettings(-1.0);
    keepUnsavedViews();
    return 0;
}

} // namespace lumbar::app
