// The section controls' widgets.
#include "gui/section_controls.hpp"

#include "session/viewer.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace lumbar::app {
namespace {

/// The preset looking at the cut face: from the side the section removes; none for a plane that
/// follows the tool (the user keeps the view).
std::optional<ViewPreset> facing(const SectionSetting& section)
{
    switch (section.orientation) {
    case SectionOrientation::ThroughTool:
        return std::nullopt;
    case SectionOrientation::Transverse:
        return section.flipped ? ViewPreset::Inferior : ViewPreset::Superior;
    case SectionOrientation::Sagittal:
        return section.flipped ? ViewPreset::Right : ViewPreset::Left;
    case SectionOrientation::Coronal:
        return section.flipped ? ViewPreset::Anterior : ViewPreset::Posterior;
    }
    return std::nullopt;
}

void face(const SectionSetting& section, CommandQueue& commands)
{
    if (const std::optional<ViewPreset> preset = facing(section))
        commands.push(command::ShowPreset{*preset});
}

} // namespace

void drawSectionControls(Viewer& viewer, CommandQueue& commands, const std::optional<ToolFrame>& tool)
{
    SectionSetting& section = viewer.display.section;
    if (ImGui::Checkbox("Section (cut open)", &section.enabled) && section.enabled) {
        section.positionM = viewer.sectionStart(section.orientation);
        face(section, commands);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Cut the body and the anatomy along a plane, as in an MRI slice:\n"
                          "every structure the plane cuts shows its cross-section");
    if (!section.enabled)
        return;
    int orientation = int(section.orientation);
    bool changed = ImGui::RadioButton("Transverse", &orientation, int(SectionOrientation::Transverse));
    ImGui::SameLine();
    changed |= ImGui::RadioButton("Sagittal", &orientation, int(SectionOrientation::Sagittal));
    ImGui::SameLine();
    changed |= ImGui::RadioButton("Coronal", &orientation, int(SectionOrientation::Coronal));
    changed |= ImGui::RadioButton("Through the tool", &orientation, int(SectionOrientation::ThroughTool));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Across the stroke, through the therapist's tool: it follows the lesson as it plays\n"
            "and shows the layers under the tool");
    if (changed) {
        section.orientation = SectionOrientation(orientation);
        section.positionM = viewer.sectionStart(section.orientation);
        face(section, commands);
    }
    if (section.orientation == SectionOrientation::ThroughTool) {
        ImGui::TextDisabled("Follows the lesson's tool (the part ahead of it is removed)");
        if (ImGui::Checkbox("Keep the other side", &section.flipped))
            face(section, commands);
        return;
    }
    const Bounds& bounds = viewer.anatomyBounds();
    const int axis = sectionAxis(section.orientation);
    float millimetres = section.positionM * 1000.0f;
    // The slider shows where the plane lies in words (its spinal level for a transverse cut).
    std::string where;
    for (const char c : describeSectionPosition(section, viewer.spinalLevels()))
        where += c == '%' ? std::string("%%") : std::string(1, c);
    const float low = bounds.min[axis] * 1000.0f;
    const float high = bounds.max[axis] * 1000.0f;
    // The arrows step a millimetre at a time (held, they repeat).
    ImGui::PushButtonRepeat(true);
    if (ImGui::ArrowButton("##down", ImGuiDir_Left))
        millimetres = std::max(low, std::round(millimetres) - 1.0f);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    const float arrow = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - arrow, ImGui::GetFontSize() * 6.0f));
    ImGui::SliderFloat("##position", &millimetres, low, high, where.c_str(), ImGuiSliderFlags_NoInput);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Drag to move the plane; the arrows move it a millimetre");
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::ArrowButton("##up", ImGuiDir_Right))
        millimetres = std::min(high, std::round(millimetres) + 1.0f);
    ImGui::PopButtonRepeat();
    section.positionM = millimetres / 1000.0f;
    if (ImGui::Checkbox("Keep the other side", &section.flipped))
        face(section, commands);
    // A plane through the tool's contact shows its dent and the isobars under it.
    if (tool && section.orientation != SectionOrientation::Coronal) {
        ImGui::SameLine();
        if (ImGui::SmallButton("To the tool"))
            section.positionM = std::clamp(tool->contact[axis], bounds.min[axis], bounds.max[axis]);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Move the plane to where the tool presses: the slice then shows the dent and how the "
                "pressure spreads under it");
    }
}

} // namespace lumbar::app
