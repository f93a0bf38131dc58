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

} // namespace lumbar::app
