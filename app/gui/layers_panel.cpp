// Layers panel widgets.
#include "gui/layers_panel.hpp"

#include "anatomy/body_fat.hpp"
#include "gui/panel_layout.hpp"
#include "gui/section_controls.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <string>

namespace lumbar::app {
namespace {

/// The client's subcutaneous fat, for the built-in anatomy: the skin moves when the slider is let go
/// (moving it re-places the lesson, too slow for every frame of a drag).
void drawBodyFatControl(const Viewer& viewer, CommandQueue& commands)
{
    if (!hasFatOffsets(viewer.model()))
        return;
    // The value being dragged; between drags it follows the viewer.
    static float draggedMm = 0.0f;
    static bool dragging = false;
    if (!dragging)
        draggedMm = float(viewer.bodyFatM() * 1000.0);
    const std::string format
        = "Fat under the skin %.0f mm (" + std::string(bodyFatWords(draggedMm / 1000.0)) + ")";
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderFloat("##bodyFat", &draggedMm, float(kLeanFatThicknessM * 1000.0),
        float(kHighFatThicknessM * 1000.0), format.c_str());
    dragging = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit())
        commands.push(command::SetBodyFat{double(draggedMm) / 1000.0});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The client's subcutaneous fat beside the spine (the model is made with 15 mm).\n"
                          "On lumbar MRI it ranges from a few millimetres to over 4 cm between adults\n"
                          "(Berikol et al., Eur Radiol 2022; Poot-Franco et al., Tomography 2024).\n"
                          "The skin moves, the muscles stay: the same stroke reaches less deep on a client\n"
                          "with more fat. Ctrl+click to type a value.");
}

} // namespace

void drawLayersPanel(Viewer& viewer, CommandQueue& commands, const std::optional<ToolFrame>& tool)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + font * 0.6f, viewport->WorkPos.y + font * 18.5f), layoutCondition());
    ImGui::SetNextWindowSize(ImVec2(font * 20.0f, 0.0f), layoutCondition());
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
    drawBodyFatControl(viewer, commands);
    ImGui::Separator();
    ImGui::Checkbox("Fibre striation", &viewer.display.striation);
    ImGui::SameLine();
    ImGui::Checkbox("Fibre lines", &viewer.display.fibreLines);
    ImGui::Checkbox("Labels (L)", &viewer.display.labels);
    ImGui::Separator();
    drawSectionControls(viewer, commands, tool);
    ImGui::End();
}

} // namespace lumbar::app
