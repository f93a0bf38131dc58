// SDL window + GL context creation, headless or on screen.
#include "platform/gl_window.hpp"

#include "core/error.hpp"
#include "gl/debug_output.hpp"

#include <cstdlib>

namespace lumbar::app {
namespace {

GLADapiproc loadProc(const char* name)
{
    return reinterpret_cast<GLADapiproc>(SDL_GL_GetProcAddress(name));
}

} // namespace

bool displayAvailable()
{
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

GlWindow::GlWindow(const WindowSettings& settings)
{
    if (settings.headless)
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    else if (!displayAvailable() && !std::getenv("SDL_VIDEODRIVER"))
        throw GpuError("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): run with "
                       "--headless --output view.png to render without a window system");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0)
        throw GpuError(std::string("cannot start SDL video: ") + SDL_GetError()
            + (settings.headless
                    ? " (headless rendering needs EGL and Mesa: install libegl1 and libgl1-mesa-dri)"
                    : " (is a display available? or use --headless)"));

    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS,
        SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG | (settings.debugContext ? SDL_GL_CONTEXT_DEBUG_FLAG : 0));
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (settings.hidden || settings.headless)
        flags |= SDL_WINDOW_HIDDEN;
    m_window = SDL_CreateWindow(settings.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
        settings.width, settings.height, flags);
    if (!m_window) {
        const std::string reason = SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        throw GpuError("cannot create the window: " + reason);
    }
    m_context = SDL_GL_CreateContext(m_window);
    if (!m_context) {
        const std::string reason = SDL_GetError();
        SDL_DestroyWindow(m_window);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        throw GpuError("cannot create an OpenGL 3.3 core context: " + reason
            + " (update the graphics driver, or try LIBGL_ALWAYS_SOFTWARE=1)");
    }
    SDL_GL_MakeCurrent(m_window, m_context);
    SDL_GL_SetSwapInterval(1);
    try {
        gl::loadFunctions(&loadProc);
    } catch (...) {
        SDL_GL_DeleteContext(m_context);
        SDL_DestroyWindow(m_window);
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        throw;
    }
}

GlWindow::~GlWindow()
{
    SDL_GL_DeleteContext(m_context);
    SDL_DestroyWindow(m_window);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

void GlWindow::drawableSize(int& width, int& height) const
{
    SDL_GL_GetDrawableSize(m_window, &width, &height);
}

float GlWindow::framebufferScale() const
{
    int windowWidth = 0;
    int windowHeight = 0;
    int drawableWidth = 0;
    int drawableHeight = 0;
    SDL_GetWindowSize(m_window, &windowWidth, &windowHeight);
    SDL_GL_GetDrawableSize(m_window, &drawableWidth, &drawableHeight);
    return windowWidth > 0 ? float(drawableWidth) / float(windowWidth) : 1.0f;
}

float GlWindow::displayScale() const
{
    // 96 DPI is the desktop baseline that ImGui's default sizes are designed for.
    constexpr float kBaselineDpi = 96.0f;
    float diagonal = 0.0f;
    float horizontal = 0.0f;
    float vertical = 0.0f;
    const int display = SDL_GetWindowDisplayIndex(m_window);
    if (display < 0 || SDL_GetDisplayDPI(display, &diagonal, &horizontal, &vertical) != 0
        || horizontal <= 0.0f)
        return 1.0f;
    const float scale = horizontal / kBaselineDpi;
    return scale < 1.25f ? 1.0f : scale; // ignore small deviations from 96: crisp 1:1 text
}

} // namespace lumbar::app
