// The Progress window's tables and the reset confirmation.
#include "gui/progress_panel.hpp"

#include "anatomy/knowledge_base.hpp"
#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/lesson_library.hpp"
#include "session/progress_keeper.hpp"
#include "session/progress_text.hpp"

#include <imgui.h>

#include <string>

namespace lumbar::app {
namespace {

/// The display name of a group: the structure's or the lesson's, else its id.
std::string groupName(
    const quiz::ProgressGroup& group, const KnowledgeBase& knowledge, const std::vector<LessonEntry>& lessons)
{
    if (group.kind == quiz::ProgressGroup::Kind::Structure) {
        if (const StructureInfo* structure = knowledge.find(group.id); structure && !structure->name.empty())
            return structure->name;
    } else {
        for (const LessonEntry& lesson : lessons)
            if (lesson.id == group.id && !lesson.title.empty())
                return lesson.title;
    }
    return group.id;
}

/// One table of groups; each row opens to the items counted under it.
void drawGroupTable(const char* id, const char* firstColumn, quiz::ProgressGroup::Kind kind,
    const quiz::Progress& progress, const KnowledgeBase& knowledge, const std::vector<LessonEntry>& lessons,
    std::int64_t nowS)
{
    const std::vector<quiz::ProgressSummary> summaries = quiz::summarizeProgress(progress, kind, nowS);
    if (summaries.empty()) {
        wrappedText("Nothing answered yet.");
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH
        | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(id, 6, kFlags, ImVec2(0.0f, -ImGui::GetFrameHeightWithSpacing() * 2.6f)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // The numbers take the width they need; the names the rest.
    ImGui::TableSetupColumn(firstColumn, ImGuiTableColumnFlags_WidthStretch);
    for (const char* number : {"Items", "R/W", "Box", "Due"})
        ImGui::TableSetupColumn(number, ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    const std::vector<quiz::ProgressRecord> records = progress.records();
    for (const quiz::ProgressSummary& summary : summaries) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name = groupName(summary.group, knowledge, lessons);
        const bool expanded = ImGui::TreeNodeEx((name + "##" + summary.group.id).c_str(), 0);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s: %d items, %d right and %d wrong answers; last answered %s", name.c_str(),
                summary.items, summary.right, summary.wrong,
                timeAgoText(nowS - summary.lastAnsweredS).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", summary.items);
        ImGui::TableNextColumn();
        ImGui::Text("%d/%d", summary.right, summary.wrong);
        ImGui::TableNextColumn();
        ImGui::Text("%.1f", summary.meanBox);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Mean box of its items (1 to 5); the weakest is in box %d", summary.lowestBox);
        ImGui::TableNextColumn();
        if (summary.dueNow > 0)
            ImGui::TextColored(wrongAnswerColor(), "%d", summary.dueNow);
        else
            ImGui::TextDisabled("-");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Items due now");
        if (!expanded)
            continue;
        for (const quiz::ProgressRecord& record : records) {
            if (!(record.group == summary.group))
                continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Indent();
            // Wrapped in the column: step titles are long and the window narrow.
            wrappedText("%s", progressItemText(record.key).c_str());
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s\nlast answered %s", record.key.c_str(),
                    timeAgoText(nowS - record.lastAnsweredS).c_str());
            ImGui::Unindent();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::Text("%d/%d", record.right, record.wrong);
            ImGui::TableNextColumn();
            ImGui::Text("%d", record.box);
            ImGui::TableNextColumn();
            const std::string due = dueText(record.dueS(), nowS);
            if (record.isDue(nowS))
                ImGui::TextColored(wrongAnswerColor(), "%s", due.c_str());
            else
                ImGui::TextUnformatted(due.c_str());
        }
        ImGui::TreePop();
    }
    ImGui::EndTable();
}

void drawReset(ProgressPanelState& state, const ProgressKeeper& keeper, CommandQueue& commands)
{
    if (!state.confirmingReset) {
        if (keeper.progress().empty())
            ImGui::BeginDisabled();
        if (ImGui::Button("Reset progress..."))
            state.confirmingReset = true;
        if (keeper.progress().empty())
            ImGui::EndDisabled();
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, wrongAnswerColor());
    wrappedText("Forget all %zu items answered? This cannot be undone.", keeper.progress().size());
    ImGui::PopStyleColor();
    if (ImGui::Button("Yes, reset")) {
        commands.push(command::ResetProgress{});
        state.confirmingReset = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel"))
        state.confirmingReset = false;
}

} // namespace

void drawProgressPanel(ProgressPanelState& state, const ProgressKeeper& keeper,
    const KnowledgeBase& knowledge, const std::vector<LessonEntry>& lessons, std::int64_t nowS,
    CommandQueue& commands)
{
    if (!state.open)
        return;
    placeInRightColumn(23.0f);
    if (!ImGui::Begin("Progress", &state.open)) {
        ImGui::End();
        return;
    }
    const quiz::Progress& progress = keeper.progress();
    int right = 0, wrong = 0, due = 0;
    for (const quiz::ProgressRecord& record : progress.records()) {
        right += record.right;
        wrong += record.wrong;
        due += record.isDue(nowS) ? 1 : 0;
    }
    wrappedText("%zu items answered, %d right and %d wrong; %d due now. The quiz and the palpation "
                "trainer ask what is due first.",
        progress.size(), right, wrong, due);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A right answer moves an item up a box, a wrong one back to box 1.\nIt is due "
                          "again: box 1 at once, 2 after a day, 3 after 3 days,\n4 after a week, 5 after "
                          "three weeks.");
    ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
    for (const std::string& message : keeper.messages())
        wrappedText("%s", message.c_str());
    ImGui::PopStyleColor();
    if (!keeper.keepsFile())
        ImGui::TextDisabled("Answers are kept for this session only.");
    if (ImGui::BeginTabBar("progress_tabs")) {
        if (ImGui::BeginTabItem("By structure")) {
            drawGroupTable("by_structure", "Structure", quiz::ProgressGroup::Kind::Structure, progress,
                knowledge, lessons, nowS);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("By lesson")) {
            drawGroupTable(
                "by_lesson", "Lesson", quiz::ProgressGroup::Kind::Lesson, progress, knowledge, lessons, nowS);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    drawReset(state, keeper, commands);
    ImGui::End();
}

} // namespace lumbar::app
