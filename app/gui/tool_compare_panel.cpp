// The Compare tools window's tables.
#include "gui/tool_compare_panel.hpp"

#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/depth_table.hpp"
#include "session/lesson_player.hpp"
#include "session/viewer.hpp"
#include "technique/tool_comparison.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace lumbar::app {
namespace {

using technique::ToolComparison;

/// Starts a table of `columns` with their headers; false when it is not shown.
bool beginTable(const char* id, const std::vector<const char*>& headers)
{
    if (!ImGui::BeginTable(id, int(headers.size()),
            ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit))
        return false;
    for (const char* header : headers)
        ImGui::TableSetupColumn(header);
    ImGui::TableHeadersRow();
    return true;
}

/// One cell with a number in `format`.
void cell(const char* format, double value)
{
    ImGui::TableNextColumn();
    ImGui::Text(format, value);
}

/// The row's first cell: the tool, marked when it is the step's own.
void toolCell(const ToolComparison& row, technique::ToolKind stepTool)
{
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (row.kind == stepTool)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(70, 90, 60, 255));
    ImGui::Text("%s%s", capitalised(technique::toolName(row.kind)).c_str(),
        row.kind == stepTool ? " (this step)" : "");
}

} // namespace

void drawToolComparison(bool& open, const Viewer& viewer, const LessonPlayer& player)
{
    if (!open)
        return;
    const float font = ImGui::GetFontSize();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                viewport->WorkPos.y + viewport->WorkSize.y * 0.4f),
        layoutCondition(), ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(font * 44.0f, font * 33.0f), layoutCondition());
    if (!ImGui::Begin("Compare tools", &open)) {
        ImGui::End();
        return;
    }
    const technique::FrameState* frame = player.loaded() ? &player.frame() : nullptr;
    if (!frame || !frame->valid || !frame->toolInContact || frame->forceN <= 0.0) {
        wrappedText("No tool presses on the body at this moment of the lesson. Play or scrub to a stroke "
                    "or a hold to compare the tools there.");
        ImGui::End();
        return;
    }
    const std::optional<TargetReach> reach = reachAtTarget(viewer, *frame);
    const technique::ComparedStep step = comparedStep(*frame, reach);
    const std::vector<ToolComparison> rows
        = compareTools(player.prepared().options.tools, step, player.prepared().options.discomfort);

    wrappedText("This step: %s, %.0f N on %.1f cm2, %.0f kPa on the skin.", technique::toolName(frame->tool),
        frame->forceN, frame->contactAreaCm2, step.surfacePressureKPa);
    if (reach)
        wrappedText("Its target, %s, lies %.1f cm under the tool and takes about %.0f kPa.",
            viewer.anatomy().structureOf(reach->mesh)->name.c_str(), reach->depthM * 100.0, reach->stressKPa);
    else
        wrappedText("None of its targets lies straight under the tool here.");

    ImGui::Spacing();
    ImGui::Text("Every tool at the same force (%.0f N)", step.forceN);
    std::vector<const char*> headers{"Tool", "Contact cm2", "Skin kPa", "Discomfort /10", "Halves at cm"};
    if (reach)
        headers.push_back("At target kPa");
    if (beginTable("sameForce", headers)) {
        for (const ToolComparison& row : rows) {
            toolCell(row, frame->tool);
            cell("%.1f", row.contactAreaCm2);
            cell("%.0f", row.surfacePressureKPa);
            cell("%.1f", row.discomfort);
            cell("%.1f", row.halfPressureDepthM * 100.0);
            if (reach)
                cell("%.0f", row.targetStressKPa);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::Text("Every tool at the same feel (%.0f kPa on the skin)", step.surfacePressureKPa);
    headers = {"Tool", "Force N"};
    if (reach) {
        headers.push_back("At target kPa");
        headers.push_back("Reaches the step's stress to cm");
    }
    if (beginTable("sameFeel", headers)) {
        for (const ToolComparison& row : rows) {
            toolCell(row, frame->tool);
            cell("%.0f", row.sameFeelForceN);
            if (reach) {
                cell("%.0f", row.sameFeelTargetStressKPa);
                cell("%.1f", row.sameFeelReachM * 100.0);
            }
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    wrappedText(
        "At the same force a small tool presses harder at every depth, but its pressure halves within "
        "about its own width and it soon hurts. A broad tool lets the therapist lean in with far more "
        "force for the same feel, and that force reaches deeper.");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrappedText("Estimate: the vertical stress under a uniform round contact on a linear-elastic "
                "half-space (Boussinesq 1885; Love 1929). Real tissue is layered, nonlinear and "
                "slides: compare tools with it, do not read it as a measurement.");
    ImGui::PopStyleColor();
    ImGui::End();
}

} // namespace lumbar::app
