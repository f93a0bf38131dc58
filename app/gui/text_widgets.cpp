// Shared text layouts.
#include "gui/text_widgets.hpp"

#include <imgui.h>

namespace lumbar::app {

void labelledParagraph(const char* label, const std::string& text)
{
    if (text.empty())
        return;
    ImGui::TextDisabled("%s", label);
    ImGui::Indent();
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::Unindent();
}

ImVec4 errorTextColor()
{
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const float luminance = 0.2126f * background.x + 0.7152f * background.y + 0.0722f * background.z;
    return luminance > 0.5f ? ImVec4(0.72f, 0.08f, 0.04f, 1.0f) : ImVec4(1.0f, 0.45f, 0.4f, 1.0f);
}

} // namespace lumbar::app
