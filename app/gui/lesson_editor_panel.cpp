// The Lesson editor window: the toolbar, the lesson's fields, the step list and the problem list;
// the selected step's form is lesson_editor_step_form.cpp.
#include "gui/lesson_editor_panel.hpp"

#include "authoring/lesson_edits.hpp"
#include "gui/lesson_editor_step_form.hpp"
#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "gui/wrapping_text_box.hpp"
#include "session/problem_words.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace lumbar::app {
namespace {

using namespace technique;
using lesson_editor_form::endMergeWhenDone;
using lesson_editor_form::fieldProblems;
namespace edit = authoring;

void drawToolbar(LessonEditor& editor, LessonEditorPanelState& state, CommandQueue& commands)
{
    edit::LessonDocument& document = editor.document();
    ImGui::BeginDisabled(!document.canUndo());
    if (ImGui::Button("Undo"))
        document.undo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && document.canUndo())
        ImGui::SetTooltip("Undo %s (Ctrl+Z)", document.undoLabel().c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(!document.canRedo());
    if (ImGui::Button("Redo"))
        document.redo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && document.canRedo())
        ImGui::SetTooltip("Redo %s (Ctrl+Y)", document.redoLabel().c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor.canSaveInPlace());
    if (ImGui::Button("Save"))
        editor.save();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Save as..."))
        state.openSaveAs = true;
    ImGui::SameLine();
    if (ImGui::Button("Close"))
        commands.push(command::CloseLesson{});

    const std::string file = document.path().empty() ? "not saved yet" : document.path().filename().string();
    ImGui::TextDisabled("%s%s%s", file.c_str(), document.isBuiltIn() ? " (built-in, read-only)" : "",
        document.isDirty() ? "  - unsaved changes" : "");
    if (!editor.message().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text,
            editor.messageIsError() ? errorTextColor() : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        wrappedText("%s", editor.message().c_str());
        ImGui::PopStyleColor();
    }
}

void drawLessonFields(LessonEditor& editor)
{
    edit::LessonDocument& document = editor.document();
    const Lesson lesson = document.lesson();
    std::string text = lesson.title;
    if (ImGui::InputText("Title", &text))
        edit::setLessonTitle(document, text);
    endMergeWhenDone(editor);
    fieldProblems(editor, ProblemPath().member("title"));
    text = lesson.summary;
    ImGui::TextUnformatted("Summary");
    if (wrappingTextBox("##summary", text))
        edit::setLessonSummary(document, text);
    endMergeWhenDone(editor);
    fieldProblems(editor, ProblemPath().member("summary"));
    if (ImGui::BeginCombo("Position", lesson.patientPosition.c_str())) {
        for (const std::string& position : patientPositions())
            if (ImGui::Selectable(position.c_str(), position == lesson.patientPosition))
                edit::setPatientPosition(document, position);
        ImGui::EndCombo();
    }
    fieldProblems(editor, ProblemPath().member("patient_position"));
    ImGui::TextDisabled("Id: %s (Save as names it)", lesson.id.c_str());
    fieldProblems(editor, ProblemPath().member("id"));
}

void drawStepList(LessonEditor& editor)
{
    edit::LessonDocument& document = editor.document();
    const Lesson& lesson = document.lesson();
    const float rows = float(std::min<std::size_t>(std::max<std::size_t>(lesson.steps.size(), 3), 8));
    if (ImGui::BeginListBox("##steps", ImVec2(-1.0f, ImGui::GetTextLineHeightWithSpacing() * rows + 4.0f))) {
        for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
            const bool flawed = !editor.problemsAt(stepPath(i)).empty();
            const std::string label = std::to_string(i + 1) + ". " + lesson.steps[i].title
                + (flawed ? "  (!)" : "") + "##step" + std::to_string(i);
            if (flawed)
                ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
            if (ImGui::Selectable(label.c_str(), i == editor.selectedStep()))
                editor.selectStep(i);
            if (flawed)
                ImGui::PopStyleColor();
        }
        ImGui::EndListBox();
    }
    fieldProblems(editor, ProblemPath().member("steps"), false);
    const std::size_t selected = editor.selectedStep();
    const bool any = !lesson.steps.empty();
    if (ImGui::Button("Add"))
        editor.selectStep(edit::addStep(document, any ? selected + 1 : 0));
    ImGui::SameLine();
    ImGui::BeginDisabled(!any);
    if (ImGui::Button("Duplicate"))
        editor.selectStep(edit::duplicateStep(document, selected));
    ImGui::SameLine();
    ImGui::BeginDisabled(selected == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) {
        edit::moveStep(document, selected, selected - 1);
        editor.selectStep(selected - 1);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(selected + 1 >= lesson.steps.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) {
        edit::moveStep(document, selected, selected + 1);
        editor.selectStep(selected + 1);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Delete")) {
        edit::deleteStep(document, selected);
        editor.selectStep(selected > 0 ? selected - 1 : 0);
    }
    ImGui::EndDisabled();
}

void drawProblems(LessonEditor& editor)
{
    const std::vector<Problem>& problems = editor.problems();
    const std::string header = problems.empty()
        ? std::string("No problems: the lesson is valid###problems")
        : "Problems (" + std::to_string(problems.size()) + ")###problems";
    if (!ImGui::CollapsingHeader(header.c_str()))
        return;
    for (const Problem& problem : problems) {
        // Wrapped to the panel (a Selectable would cut the line at its edge); a click on it
        // selects the step the problem is in.
        ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
        wrappedText("%s: %s", problemPlaceInWords(problem.where).c_str(), problem.message.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked())
            if (const std::optional<std::size_t> step = stepIndexOf(problem.where))
                editor.selectStep(*step);
    }
}

} // namespace

void drawLessonEditor(LessonEditor& editor, LessonEditorPanelState& state, const KnowledgeBase& knowledge,
    CommandQueue& commands)
{
    if (!editor.active())
        return;
    const float font = ImGui::GetFontSize();
    placeInRightColumn();
    const std::string title
        = std::string("Lesson editor") + (editor.document().isDirty() ? " *" : "") + "###editor";
    if (!ImGui::Begin(title.c_str())) {
        ImGui::End();
        return;
    }
    ImGui::PushItemWidth(-font * 5.0f);
    drawToolbar(editor, state, commands);
    if (ImGui::CollapsingHeader("Lesson"))
        drawLessonFields(editor);
    if (ImGui::CollapsingHeader("Steps", ImGuiTreeNodeFlags_DefaultOpen))
        drawStepList(editor);
    lesson_editor_form::drawStepFields(editor, state, knowledge);
    drawProblems(editor);
    ImGui::PopItemWidth();
    ImGui::End();
}

} // namespace lumbar::app
