// Dear ImGui on SDL2 + OpenGL 3: context, backends, fonts scaled for the display.
#pragma once

#include "session/free_area.hpp"
#include "session/settings.hpp"

#include <SDL.h>

#include <string>
#include <vector>

struct ImFont;

namespace lumbar::app {

/// Owns the ImGui context and its SDL2 and OpenGL3 backends for one window.
class ImGuiLayer {
public:
    /// `displayScale` multiplies font size and spacing (HiDPI); `framebufferScale` is the ratio
    /// of drawable pixels to window coordinates, used to rasterise the font at full resolution.
    /// `iniPath` keeps the window layout between runs; empty keeps nothing.
    ImGuiLayer(SDL_Window* window, SDL_GLContext context, float displayScale, float framebufferScale,
        const std::string& iniPath = {});
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
    /// True when a press of the mouse at (x, y), in window coordinates, is the UI's: it lies on a
    /// window drawn last frame that takes the mouse, or a popup is open or an item held. Decided
    /// by where the press is, not by last frame's hover (wantsMouse), which still names the panel
    /// the mouse left between two frames.
    bool ownsPressAt(float x, float y) const;
    /// True while ImGui's keyboard-navigation cursor shows (after Tab, until a click).
    bool navigating() const;
    /// The TTF file used, or empty when the built-in bitmap font is the fallback.
    const std::string& fontPath() const { return m_fontPath; }

    /// Sets the user's scale (on top of the display's) and the theme; fonts are rebuilt at the
    /// next beginFrame() when the scale changed.
    void setAppearance(float userScale, Theme theme);
    /// The same face at presentation size (about 2.2 times the UI font).
    ImFont* largeFont() const { return m_largeFont; }
    /// The panels drawn this frame (windows with a title bar, not popups, tooltips or children),
    /// in window coordinates; call after drawing them.
    std::vector<ScreenRect> panelRects() const;

private:
    std::string m_fontPath;
    /// Reads the panel layout from m_iniPath through readTextFile; a missing one is the first run.
    void loadLayout();
    /// Writes the layout to m_iniPath atomically; a failure is said once on stderr.
    void saveLayout();

    std::string m_iniPath;
    bool m_layoutSaveFailed = false;
    float m_displayScale = 1.0f;
    float m_framebufferScale = 1.0f;
    float m_userScale = 1.0f;
    Theme m_theme = Theme::Dark;
    bool m_fontsStale = false;
    ImFont* m_largeFont = nullptr;

    /// Loads the UI and presentation fonts at the current scale.
    void buildFonts();
    /// Resets sizes and colours to the theme at the current scale.
    void applyStyle();
};

/// The first readable sans-serif TTF from Debian's font packages (fonts-dejavu-core first).
std::string findUiFont();

} // namespace lumbar::app
