// Layers panel widgets.
#include "gui/layers_panel.hpp"

#include "gui/section_controls.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <string>

namespace lumbar::app {

void drawLayersPanel(Viewer& viewer, CommandQueue& commands)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + font * 0.6f, viewport->WorkPos.y + font * 18.5f),
        ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(font * 20.0f, 0.0f), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Layers")) {
        ImGui::End();
        return;
    }
    AnatomyView& anatomy = viewer.anatomy();
    const KnowledgeBase& knowledge = anatomy.knowledge();
    if (knowledge.layers.empty()) {
        ImGui::TextDisabled("This model has no anatomy layers.");
    } else {
        // Peel-away: the slider names the most superficial layer still shown.
        const int layerCount = int(knowledge.layers.size());
        int peel = anatomy.peelDepth;
        const std::string shown = "from " + knowledge.layers[std::size_t(peel)].name;
        ImGui::TextUnformatted("Peel away (skin to bone)");
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::SliderInt("##peel", &peel, 0, layerCount - 1, shown.c_str()))
            anatomy.peelDepth = peel;
        ImGui::Checkbox("X-ray (see through to the bones)", &anatomy.xray);
        if (anatomy.hasScenery())
            ImGui::Checkbox("Body and table", &anatomy.showScenery);
        ImGui::Separator();

        if (ImGui::BeginTable("layers", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("visible", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("opacity", ImGuiTableColumnFlags_WidthStretch, 0.8f);
            for (int depth = 0; depth < layerCount; ++depth) {
                LayerControl& control = anatomy.layers[std::size_t(depth)];
                ImGui::PushID(depth);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const bool peeled = depth < anatomy.peelDepth;
                if (peeled)
                    ImGui::BeginDisabled();
                ImGui::Checkbox(knowledge.layers[std::size_t(depth)].name.c_str(), &control.visible);
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(-1.0f);
                ImGui::SliderFloat("##opacity", &control.opacity, 0.0f, 1.0f, "%.2f");
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("Opacity of this layer");
                if (peeled)
                    ImGui::EndDisabled();
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    ImGui::Separator();
    ImGui::Checkbox("Fibre striation", &viewer.display.striation);
    ImGui::SameLine();
    ImGui::Checkbox("Fibre lines", &viewer.display.fibreLines);
    ImGui::Checkbox("Labels (L)", &viewer.display.labels);
    ImGui::Separator();
    drawSectionControls(viewer, commands);
    ImGui::End();
}

} // namespace lumbar::app
