// Shared text layouts.
#include "gui/text_widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>

namespace lumbar::app {

std::string capitalised(const char* spelling)
{
    std::string label = spelling;
    if (!label.empty())
        label[0] = char(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

std::string keepNumbersWhole(const std::string& text)
{
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '.' && i > 0 && i + 1 < text.size() && digit(text[i - 1]) && digit(text[i + 1]))
            out += "\xE2\x80\xA4"; // U+2024 ONE DOT LEADER
        else
            out += text[i];
    }
    return out;
}

void wrappedText(const char* format, ...)
{
    std::va_list args;
    va_start(args, format);
    std::va_list measuring;
    va_copy(measuring, args);
    const int length = std::vsnprintf(nullptr, 0, format, measuring);
    va_end(measuring);
    std::string text(std::size_t(std::max(length, 0)) + 1, '\0');
    std::vsnprintf(text.data(), text.size(), format, args);
    va_end(args);
    text.resize(std::size_t(std::max(length, 0)));
    // Only where the font has the leader (the built-in fallback font does not).
    const bool leader = ImGui::GetFont()->FindGlyphNoFallback(0x2024) != nullptr;
    ImGui::TextWrapped("%s", leader ? keepNumbersWhole(text).c_str() : text.c_str());
}

void labelledParagraph(const char* label, const std::string& text)
{
    if (text.empty())
        return;
    ImGui::TextDisabled("%s", label);
    ImGui::Indent();
    wrappedText("%s", text.c_str());
    ImGui::Unindent();
}

namespace {

/// The window background is light (the light theme).
bool lightBackground()
{
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.2126f * background.x + 0.7152f * background.y + 0.0722f * background.z > 0.5f;
}

} // namespace

ImVec4 errorTextColor()
{
    return lightBackground() ? ImVec4(0.72f, 0.08f, 0.04f, 1.0f) : ImVec4(1.0f, 0.45f, 0.4f, 1.0f);
}

ImVec4 rightAnswerColor()
{
    return lightBackground() ? ImVec4(0.0f, 0.40f, 0.64f, 1.0f) : ImVec4(0.34f, 0.71f, 0.91f, 1.0f);
}

ImVec4 wrongAnswerColor()
{
    return lightBackground() ? ImVec4(0.66f, 0.27f, 0.0f, 1.0f) : ImVec4(0.90f, 0.62f, 0.0f, 1.0f);
}

} // namespace lumbar::app
