// The interactive window's input: each SDL event to the panels, the lesson editor's placement,
// the camera, picking and the shortcuts.
#include "core/error.hpp"
#include "session/viewer.hpp"
#include "window/interactive_loop.hpp"

#include <cstdlib>
#include <iostream>

namespace lumbar::app {
namespace {

/// A press and release closer than this (in window pixels) is a click, not a drag.
constexpr int kClickSlopPx = 4;

} // namespace

void InteractiveLoop::handleEvent(const SDL_Event& event)
{
    // Left and Right step the lesson. They move the panels' keyboard cursor instead only while it
    // shows (after Tab) or a text field has the keyboard, so one press never does both.
    const bool horizontalArrow = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP)
        && (event.key.keysym.sym == SDLK_LEFT || event.key.keysym.sym == SDLK_RIGHT);
    const bool arrowForPanels
        = horizontalArrow && !m_presentation.active && (m_gui.navigating() || m_gui.wantsKeyboard());
    if (!horizontalArrow || arrowForPanels)
        m_gui.processEvent(event);
    if (arrowForPanels)
        return;
    // A press belongs to the UI where it lands on a panel: last frame's hover would give a click
    // just off a panel, made before the next frame, to the panel.
    const bool uiMouse = event.type == SDL_MOUSEBUTTONDOWN
        ? m_gui.ownsPressAt(float(event.button.x), float(event.button.y))
        : m_gui.wantsMouse();
    const bool uiKeyboard = m_gui.wantsKeyboard();
    if (!m_presentation.active
        && m_editor.handlePlacementEvent(event, uiMouse, m_models.surface(), windowSize()))
        return;
    switch (event.type) {
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_CLOSE)
            m_closeFromWindow = true;
        break;
    case SDL_QUIT:
        // Closing the window asks about unsaved changes; a signal (logout, kill) keeps them in the
        // autosave, offered back at the next start, and quits.
        if (std::exchange(m_closeFromWindow, false)) {
            m_commands.push(command::Quit{});
        } else {
            m_editor.autosaveNow();
            m_running = false;
        }
        break;
    case SDL_DROPFILE:
        if (event.drop.file) {
            m_commands.push(command::OpenFile{std::filesystem::path(event.drop.file)});
            SDL_free(event.drop.file);
        }
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEMOTION:
        handleMouse(event, uiMouse);
        break;
    case SDL_KEYDOWN:
        if (event.key.keysym.sym == SDLK_F5 && m_shaders.readsFromDisk()) {
            try {
                m_viewer.renderer().reloadShaders(m_shaders);
                m_viewPanel.message = "Shaders reloaded";
                m_viewPanel.messageIsError = false;
            } catch (const Error& error) {
                m_viewPanel.message = error.what();
                m_viewPanel.messageIsError = true;
                std::cerr << "lumbarlab: " << error.what() << "\n";
            }
        } else if (m_presentation.active && !event.key.repeat) {
            // Nothing else is on screen: every key is the presentation's, and the camera keys too.
            if (m_export.handleKey(event.key.keysym.sym, event.key.keysym.mod)
                || handleKey(event.key.keysym.sym, KeyMode::Presentation))
                return;
        } else if (!uiKeyboard && !event.key.repeat
            && !(m_editor.active() && isTypingKey(event.key.keysym.sym, event.key.keysym.mod))
            && (m_editor.handleKey(event.key.keysym.sym, event.key.keysym.mod)
                || m_export.handleKey(event.key.keysym.sym, event.key.keysym.mod)
                || handleKey(event.key.keysym.sym, KeyMode::Normal))) {
            return;
        }
        break;
    default:
        break;
    }

    int drawableWidth = 0;
    int drawableHeight = 0;
    m_window.drawableSize(drawableWidth, drawableHeight);
    ViewPreset preset = m_viewPanel.lastPreset;
    // While editing a lesson, a typed character is the author's, not a camera key (F, R, 1-7).
    const bool typing = event.type == SDL_KEYDOWN && m_editor.active()
        && isTypingKey(event.key.keysym.sym, event.key.keysym.mod);
    const ViewCommand command = m_controller.handle(event, m_viewer.camera(),
        float(drawableHeight) / m_window.framebufferScale(), uiMouse, uiKeyboard || typing, preset);
    if (command == ViewCommand::Frame)
        m_commands.push(command::FrameView{});
    else if (command == ViewCommand::Reset)
        m_commands.push(command::ResetView{});
    else if (command == ViewCommand::Preset)
        m_commands.push(command::ShowPreset{preset});
}

std::optional<glm::vec3> InteractiveLoop::quizSkinPoint(int x, int y) const
{
    // Only a running quiz answers on the skin: no second ray cast for every other click.
    if (!m_quiz.active())
        return std::nullopt;
    return skinPointAt(m_viewer, {float(x), float(y)}, windowSize());
}

void InteractiveLoop::handleMouse(const SDL_Event& event, bool uiMouse)
{
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
        m_pressX = event.button.x;
        m_pressY = event.button.y;
        m_pressInView = !uiMouse && !m_presentation.active && event.button.button == SDL_BUTTON_LEFT;
        break;
    case SDL_MOUSEBUTTONUP:
        if (m_pressInView && event.button.button == SDL_BUTTON_LEFT
            && std::abs(event.button.x - m_pressX) <= kClickSlopPx
            && std::abs(event.button.y - m_pressY) <= kClickSlopPx) {
            const std::optional<std::size_t> picked = pickAt(event.button.x, event.button.y);
            if (placePin(event.button.x, event.button.y)) {
                // the click pinned a note (or said why it could not)
            } else if (m_palpation.active()) {
                // The trainer takes every click: on the skin it answers, elsewhere nothing happens.
                m_palpation.click({float(event.button.x), float(event.button.y)}, windowSize(), m_viewer,
                    m_models.surface(), nowS());
            } else if (!m_quiz.handlePick(picked, quizSkinPoint(event.button.x, event.button.y), m_viewer,
                           m_models.surface())) {
                m_viewer.anatomy().selected = picked;
                if (picked)
                    m_inspector.requestTab = InspectorTab::Structures;
            }
        }
        m_pressInView = false;
        break;
    case SDL_MOUSEMOTION:
        m_hovered3d
            = (uiMouse || event.motion.state != 0) ? std::nullopt : pickAt(event.motion.x, event.motion.y);
        break;
    default:
        break;
    }
}

} // namespace lumbar::app
