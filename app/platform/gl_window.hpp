// The SDL window and its OpenGL 3.3 core context, on a display or offscreen.
#pragma once

#include <SDL.h>

#include <string>

namespace lumbar::app {

struct WindowSettings {
    std::string title = "LumbarLab";
    int width = 1280;
    int height = 720;
    bool headless = false; ///< SDL's offscreen driver over EGL: no X11 or Wayland needed
    bool hidden = false; ///< create the window without showing it (one-frame renders)
    bool debugContext = true;
};

/// Owns SDL's video subsystem, one window and its GL context, and loads the GL functions.
/// Throws lumbar::GpuError with a message that says how to fix the problem (no display, no GL 3.3).
class GlWindow {
public:
    explicit GlWindow(const WindowSettings& settings);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    SDL_Window* window() const { return m_window; }
    SDL_GLContext context() const { return m_context; }
    /// Size of the default framebuffer in pixels (larger than the window size on HiDPI displays).
    void drawableSize(int& width, int& height) const;
    /// Ratio of drawable pixels to window coordinates (2 on a "Retina" display, else 1).
    float framebufferScale() const;
    /// Display DPI divided by 96, the UI scale a HiDPI screen needs; 1 when unknown.
    float displayScale() const;
    void swap() const { SDL_GL_SwapWindow(m_window); }

private:
    SDL_Window* m_window = nullptr;
    SDL_GLContext m_context = nullptr;
};

/// True when a window system is reachable (DISPLAY or WAYLAND_DISPLAY is set).
bool displayAvailable();

} // namespace lumbar::app
