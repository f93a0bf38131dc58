// ImGui setup: theme, fonts, backends.
#include "gui/imgui_layer.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/text_file.hpp"
#include "gui/panel_layout.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <utility>

namespace lumbar::app {
namespace {

/// Base UI font size in pixels at 96 DPI.
constexpr float kBaseFontSizePx = 16.0f;
/// Presentation text relative to the UI font: readable from the back of a classroom.
constexpr float kLargeFontFactor = 2.2f;

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

ImGuiLayer::ImGuiLayer(SDL_Window* window, SDL_GLContext context, float displayScale, float framebufferScale,
    const std::string& iniPath)
    : m_iniPath(iniPath), m_displayScale(displayScale), m_framebufferScale(framebufferScale)
{
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    // The layout is read and written here, not by Dear ImGui's fopen: a pipe or a device in its
    // place would block or never end there; here it costs a message and the default layout.
    io.IniFilename = nullptr;
    loadLayout();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    applyStyle();
    buildFonts();
    ImGui_ImplSDL2_InitForOpenGL(window, context);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

void ImGuiLayer::buildFonts()
{
    // Rasterise at drawable resolution, display at window-coordinate size: crisp on HiDPI.
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float rasterScale = m_displayScale * m_userScale * m_framebufferScale;
    m_fontPath = findUiFont();
    ImFont* font = nullptr;
    m_largeFont = nullptr;
    // Latin-1 and Latin Extended-A: the authors' names in the references (Ekşi, Aydın, Börekci);
    // the one dot leader that keeps decimals whole in wrapped text (text_widgets.hpp).
    static const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2024, 0x2024, 0};
    if (!m_fontPath.empty()) {
        font = io.Fonts->AddFontFromFileTTF(
            m_fontPath.c_str(), kBaseFontSizePx * rasterScale, nullptr, kGlyphRanges);
        m_largeFont = io.Fonts->AddFontFromFileTTF(
            m_fontPath.c_str(), kBaseFontSizePx * kLargeFontFactor * rasterScale, nullptr, kGlyphRanges);
    }
    if (!font) {
        m_fontPath.clear();
        ImFontConfig config;
        config.SizePixels = 13.0f * rasterScale;
        io.Fonts->AddFontDefault(&config);
    }
    if (!m_largeFont) {
        ImFontConfig config;
        config.SizePixels = 13.0f * kLargeFontFactor * rasterScale;
        m_largeFont = io.Fonts->AddFontDefault(&config);
    }
    io.FontGlobalScale = 1.0f / m_framebufferScale;
}

void ImGuiLayer::applyStyle()
{
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (m_theme == Theme::Light) {
        ImGui::StyleColorsLight();
        // ImGui's light theme greys its disabled text to about 3:1 on the panel; darken it to
        // keep secondary text readable (WCAG AA asks 4.5:1 for body text).
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.36f, 0.38f, 1.0f);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.96f, 0.96f, 0.97f);
    } else {
        ImGui::StyleColorsDark();
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.62f, 0.66f, 1.0f);
    }
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScaleAllSizes(m_displayScale * m_userScale);
}

void ImGuiLayer::setAppearance(float userScale, Theme theme)
{
    if (userScale != m_userScale) {
        m_userScale = userScale;
        m_fontsStale = true;
    }
    m_theme = theme;
    applyStyle();
}

void ImGuiLayer::loadLayout()
{
    if (m_iniPath.empty())
        return;
    // A layout is a few kilobytes; a megabyte is some other file.
    constexpr std::uintmax_t kMaxLayoutBytes = 1u << 20;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(m_iniPath, kMaxLayoutBytes, problem);
    if (text)
        ImGui::LoadIniSettingsFromMemory(text->data(), text->size());
    else if (problem.kind != TextFileProblem::Kind::CannotOpen) // none yet: the first run
        std::cerr << "lumbarlab: the panel layout " << inQuotes(m_iniPath) << " " << problem.description
                  << "; using the default layout, which replaces it when the window closes\n";
}

void ImGuiLayer::saveLayout()
{
    ImGuiIO& io = ImGui::GetIO();
    io.WantSaveIniSettings = false;
    if (m_iniPath.empty())
        return;
    std::size_t size = 0;
    const char* text = ImGui::SaveIniSettingsToMemory(&size);
    try {
        writeFileAtomically(m_iniPath, std::string(text, size));
    } catch (const Error& error) {
        if (!std::exchange(m_layoutSaveFailed, true)) // once, not every few seconds
            std::cerr << "lumbarlab: " << error.what() << "\n";
    }
}

ImGuiLayer::~ImGuiLayer()
{
    saveLayout();
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
    if (std::exchange(m_fontsStale, false)) {
        buildFonts();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void ImGuiLayer::endFrame()
{
    keepPanelsUsable();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    // Dear ImGui asks for a save a few seconds after the layout changed (io.IniSavingRate).
    if (ImGui::GetIO().WantSaveIniSettings)
        saveLayout();
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

bool ImGuiLayer::navigating() const
{
    return ImGui::GetIO().NavVisible;
}

bool ImGuiLayer::ownsPressAt(float x, float y) const
{
    if (ImGui::IsAnyItemActive() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return true;
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* window : context.Windows)
        if (window->Active && !window->Hidden && !(window->Flags & ImGuiWindowFlags_NoMouseInputs)
            && window->Rect().Contains(ImVec2(x, y)))
            return true;
    return false;
}

std::vector<ScreenRect> ImGuiLayer::panelRects() const
{
    std::vector<ScreenRect> rects;
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    constexpr ImGuiWindowFlags kNotAPanel = ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip
        | ImGuiWindowFlags_Popup | ImGuiWindowFlags_NoTitleBar;
    for (const ImGuiWindow* window : context.Windows)
        if (window->Active && !window->Hidden && !(window->Flags & kNotAPanel))
            rects.push_back({{window->Pos.x, window->Pos.y},
                {window->Pos.x + window->Size.x, window->Pos.y + window->Size.y}});
    return rects;
}

} // namespace lumbar::app
