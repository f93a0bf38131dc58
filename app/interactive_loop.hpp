// The interactive window: input, picking, panels and drawing, frame after frame.
#pragma once

#include "camera_controller.hpp"
#include "command_line.hpp"
#include "gl/shader_source.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/labels_overlay.hpp"
#include "gui/structures_panel.hpp"
#include "gui/view_panel.hpp"
#include "platform/gl_window.hpp"

#include <optional>

namespace lumbar::app {

class Viewer;

class InteractiveLoop {
public:
    InteractiveLoop(
        GlWindow& window, Viewer& viewer, const Options& options, const gl::ShaderSources& shaders);

    /// Runs until the window closes; returns the exit code.
    int run();

private:
    void handleEvent(const SDL_Event& event);
    /// Keys that act on the anatomy rather than the camera; true when `key` was one of them.
    bool handleAnatomyKey(SDL_Keycode key);
    void applyRequests();
    void drawFrame();
    /// Converts a mouse position in window coordinates to a pick in the 3D view.
    std::optional<std::size_t> pickAt(int x, int y) const;

    GlWindow& m_window;
    Viewer& m_viewer;
    const Options& m_options;
    const gl::ShaderSources& m_shaders;
    ImGuiLayer m_gui;
    CameraController m_controller;
    ViewPanelState m_viewPanel;
    StructuresPanelState m_structuresPanel;
    LabelsOverlay m_labels;
    std::optional<std::size_t> m_hovered3d;
    int m_pressX = 0;
    int m_pressY = 0;
    bool m_pressInView = false;
    bool m_running = true;
};

} // namespace lumbar::app
