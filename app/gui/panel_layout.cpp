// First placement of the panels.
#include "gui/panel_layout.hpp"

#include <imgui.h>

namespace lumbar::app {

void placeInRightColumn(float widthEm)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    const float margin = font * 0.6f;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - font * widthEm - font * 0.5f,
                                viewport->WorkPos.y + margin),
        ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(
        ImVec2(font * widthEm, viewport->WorkSize.y - 2.0f * margin), ImGuiCond_FirstUseEver);
}

} // namespace lumbar::app
