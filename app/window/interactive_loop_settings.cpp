// The interactive loop's settings: what the window remembers (audience, size, labels), applying
// the panels' changes to the UI and the view, and writing them through the settings keeper.
#include "core/error.hpp"
#include "session/viewer.hpp"
#include "window/interactive_loop.hpp"

#include <imgui.h>

#include <iostream>

namespace lumbar::app {

void InteractiveLoop::applySettings(double nowS)
{
    Settings& settings = m_settings.current();
    // The audience and window size are remembered as they are now.
    settings.audience = audienceName(m_player.audience);
    if (!m_presentation.active && !(SDL_GetWindowFlags(m_window.window()) & SDL_WINDOW_MAXIMIZED))
        SDL_GetWindowSize(m_window.window(), &settings.windowWidth, &settings.windowHeight);
    m_presentation.autoOrbit = settings.presentationAutoOrbit;
    // A quiz turns labels off for its length; the user's choice is what they had before it.
    if (!m_quiz.active())
        settings.labels = m_viewer.display.labels;
    const bool dragging = ImGui::GetCurrentContext() && ImGui::IsAnyItemActive();
    if (m_settings.changed() && !dragging) {
        // Fonts are rebuilt for a new scale only once the slider is let go.
        m_gui.setAppearance(settings.uiScale, settings.theme);
        m_viewer.display.background = backgroundFor(settings.theme);
        m_viewer.display.handTone = settings.handTone;
        if (m_viewer.display.therapist != settings.therapist) {
            // The view widens to show where the therapist stands (and closes in again without).
            m_viewer.display.therapist = settings.therapist;
            m_viewer.frameModel();
        }
        m_settings.markApplied(nowS);
    }
    try {
        m_settings.saveIfDue(nowS);
    } catch (const Error& error) {
        m_viewPanel.message = error.what();
        m_viewPanel.messageIsError = true;
        std::cerr << "lumbarlab: " << error.what() << "\n";
    }
}

} // namespace lumbar::app
