// Start-up, the one-frame render path, and the interactive event loop.
#include "application.hpp"

#include "camera_controller.hpp"
#include "core/error.hpp"
#include "data_paths.hpp"
#include "gl/debug_output.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/view_panel.hpp"
#include "image/png_io.hpp"
#include "platform/gl_window.hpp"
#include "viewer.hpp"

#include <imgui.h>

#include <iostream>
#include <memory>
#include <utility>

namespace lumbar::app {
namespace {

/// How long the idle loop sleeps waiting for input before drawing anyway (keeps the frame-time
/// readout alive without spinning the CPU on software renderers).
constexpr int kIdleWaitMs = 250;

/// Loads the model the options name, or the built-in anatomy. Throws ImportError.
void loadStartupModel(Viewer& viewer, const Options& options)
{
    if (options.modelPath) {
        viewer.loadModel(*options.modelPath);
        return;
    }
    const auto builtIn = findModelFile(kBuiltInModelFile);
    if (!builtIn)
        throw ImportError(std::string("the built-in anatomy model ") + kBuiltInModelFile
            + " was not found (looked in " + modelSearchPathText() + "); open a model with --model FILE");
    viewer.loadModel(*builtIn);
}

void reportGlErrors(gl::DebugOutput& debug)
{
    debug.pollErrors();
    if (!debug.errors().empty())
        std::cerr << "lumbarlab: OpenGL reported errors:\n" << debug.errorSummary();
}

int renderToFile(Viewer& viewer, const Options& options, gl::DebugOutput& debug)
{
    viewer.render(options.width, options.height);
    writePng(*options.outputPath, viewer.target().readPixels());
    reportGlErrors(debug);
    std::cout << "lumbarlab: wrote " << options.outputPath->string() << " (" << options.width << "x"
              << options.height << ", " << viewPresetName(options.view) << " view)\n";
    return kExitOk;
}

void tryLoad(Viewer& viewer, ViewPanelState& panel, const std::string& path)
{
    try {
        viewer.loadModel(path);
        panel.message = "Opened " + path;
        panel.messageIsError = false;
        viewer.resetView(panel.lastPreset);
    } catch (const Error& error) {
        panel.message = error.what();
        panel.messageIsError = true;
        std::cerr << "lumbarlab: " << error.what() << "\n";
    }
}

int runInteractive(GlWindow& window, Viewer& viewer, const Options& options, const gl::ShaderSources& shaders)
{
    ImGuiLayer gui(window.window(), window.context(), window.displayScale(), window.framebufferScale());
    CameraController controller;
    ViewPanelState panel;
    panel.lastPreset = options.view;
    if (options.modelPath)
        panel.modelPathInput = options.modelPath->string();

    bool running = true;
    while (running) {
        SDL_Event event;
        bool haveEvent = SDL_WaitEventTimeout(&event, kIdleWaitMs) != 0;
        const Uint64 frameStart = SDL_GetPerformanceCounter();
        int drawableWidth = 0;
        int drawableHeight = 0;
        window.drawableSize(drawableWidth, drawableHeight);
        while (haveEvent) {
            gui.processEvent(event);
            if (event.type == SDL_QUIT)
                running = false;
            if (event.type == SDL_DROPFILE && event.drop.file) {
                const std::string path = event.drop.file;
                SDL_free(event.drop.file);
                panel.modelPathInput = path;
                panel.requestLoad = path;
            }
            if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F5 && shaders.readsFromDisk()) {
                try {
                    viewer.renderer().reloadShaders(shaders);
                    panel.message = "Shaders reloaded";
                    panel.messageIsError = false;
                } catch (const Error& error) {
                    panel.message = error.what();
                    panel.messageIsError = true;
                    std::cerr << "lumbarlab: " << error.what() << "\n";
                }
            }
            ViewPreset preset = panel.lastPreset;
            const ViewCommand command
                = controller.handle(event, viewer.camera(), float(drawableHeight) / window.framebufferScale(),
                    gui.wantsMouse(), gui.wantsKeyboard(), preset);
            if (command == ViewCommand::Frame)
                panel.requestFrame = true;
            else if (command == ViewCommand::Reset)
                panel.requestReset = true;
            else if (command == ViewCommand::Preset)
                panel.requestPreset = preset;
            haveEvent = SDL_PollEvent(&event) != 0;
        }

        if (panel.requestLoad)
            tryLoad(viewer, panel, *std::exchange(panel.requestLoad, std::nullopt));
        if (panel.requestPreset) {
            panel.lastPreset = *std::exchange(panel.requestPreset, std::nullopt);
            viewer.resetView(panel.lastPreset);
        }
        if (std::exchange(panel.requestReset, false))
            viewer.resetView(options.view);
        if (std::exchange(panel.requestFrame, false))
            viewer.frameModel();

        viewer.render(drawableWidth, drawableHeight);
        viewer.target().blitTo(0, drawableWidth, drawableHeight);
        gui.beginFrame();
        drawViewPanel(panel, viewer);
        gui.endFrame();
        window.swap();

        const float ms = float(double(SDL_GetPerformanceCounter() - frameStart) * 1000.0
            / double(SDL_GetPerformanceFrequency()));
        panel.frameMs = panel.frameMs == 0.0f ? ms : panel.frameMs * 0.8f + ms * 0.2f;
    }
    return kExitOk;
}

} // namespace

int runApplication(const Options& options)
{
    try {
        WindowSettings settings;
        settings.width = options.width;
        settings.height = options.height;
        settings.headless = options.headless;
        settings.hidden = options.outputPath.has_value();
        GlWindow window(settings);
        gl::DebugOutput debug;

        const gl::ShaderSources shaders
            = options.shaderDir ? gl::ShaderSources(*options.shaderDir) : gl::ShaderSources();
        Viewer viewer(shaders, options.width, options.height);
        loadStartupModel(viewer, options);
        viewer.resetView(options.view);

        if (options.outputPath)
            return renderToFile(viewer, options, debug);
        if (options.headless) {
            std::cerr << "lumbarlab: --headless has no window to show; add --output FILE.png\n";
            return kExitUsage;
        }
        const int status = runInteractive(window, viewer, options, shaders);
        reportGlErrors(debug);
        return status;
    } catch (const Error& error) {
        std::cerr << "lumbarlab: " << error.what() << "\n";
        return kExitFailure;
    }
}

} // namespace lumbar::app
