// ImGui setup: theme, fonts, backends.
#include "gui/imgui_layer.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <array>
#include <filesystem>

namespace lumbar::app {
namespace {

/// Base UI font size in pixels at 96 DPI.
constexpr float kBaseFontSizePx = 16.0f;

} // namespace

std::string findUiFont()
{
    static constexpr std::array<const char*, 4> kCandidates{
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    };
    std::error_code error;
    for (const char* candidate : kCandidates)
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    return {};
}

ImGuiLayer::ImGuiLayer(SDL_Window* window, SDL_GLContext context, float uiScale, float framebufferScale)
{
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // window layout persistence arrives with the settings work
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScaleAllSizes(uiScale);

    // Rasterise at drawable resolution, display at window-coordinate size: crisp on HiDPI.
    const float rasterScale = uiScale * framebufferScale;
    m_fontPath = findUiFont();
    ImFont* font = nullptr;
    if (!m_fontPath.empty())
        font = io.Fonts->AddFontFromFileTTF(m_fontPath.c_str(), kBaseFontSizePx * rasterScale);
    if (!font) {
        m_fontPath.clear();
        ImFontConfig config;
        config.SizePixels = 13.0f * rasterScale;
        io.Fonts->AddFontDefault(&config);
    }
    io.FontGlobalScale = 1.0f / framebufferScale;

    ImGui_ImplSDL2_InitForOpenGL(window, context);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiLayer::~ImGuiLayer()
{
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiLayer::processEvent(const SDL_Event& event)
{
    ImGui_ImplSDL2_ProcessEvent(&event);
}

void ImGuiLayer::beginFrame()
{
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void ImGuiLayer::endFrame()
{
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool ImGuiLayer::wantsMouse() const
{
    return ImGui::GetIO().WantCaptureMouse;
}

bool ImGuiLayer::wantsKeyboard() const
{
    // Only typing keeps the shortcuts away: with keyboard navigation on, WantCaptureKeyboard is set
    // whenever any panel has focus, which would disable space, arrows and every other key.
    return ImGui::GetIO().WantTextInput;
}

} // namespace lumbar::app
