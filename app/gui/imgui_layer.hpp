// Dear ImGui on SDL2 + OpenGL 3: context, backends, fonts scaled for the display.
#pragma once

#include <SDL.h>

#include <string>

namespace lumbar::app {

/// Owns the ImGui context and its SDL2 and OpenGL3 backends for one window.
class ImGuiLayer {
public:
    /// `uiScale` multiplies font size and spacing (HiDPI); `framebufferScale` is the ratio of
    /// drawable pixels to window coordinates, used to rasterise the font at full resolution.
    ImGuiLayer(SDL_Window* window, SDL_GLContext context, float uiScale, float framebufferScale);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    /// Passes an event to ImGui; returns true when ImGui consumed it for a widget.
    void processEvent(const SDL_Event& event);
    void beginFrame();
    /// Renders the frame's UI into the current framebuffer (the window), setting its own GL state.
    void endFrame();

    /// True when ImGui wants the mouse this frame, or a text field has the keyboard; the camera
    /// and the shortcuts ignore that input then.
    bool wantsMouse() const;
    bool wantsKeyboard() const;
    /// The TTF file used, or empty when the built-in bitmap font is the fallback.
    const std::string& fontPath() const { return m_fontPath; }

private:
    std::string m_fontPath;
};

/// The first readable sans-serif TTF from Debian's font packages (fonts-dejavu-core first).
std::string findUiFont();

} // namespace lumbar::app
