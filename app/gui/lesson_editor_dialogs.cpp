// The lesson editor's dialogs: naming a file for Save as, asking before unsaved changes are
// dropped, and offering autosaved work back at start.
#include "gui/lesson_editor_panel.hpp"
#include "gui/text_widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <string>
#include <utility>

namespace lumbar::app {

void drawLessonEditorDialogs(LessonEditor& editor, LessonEditorPanelState& state, CommandQueue& commands)
{
    if (std::exchange(state.openSaveAs, false) && editor.active()) {
        // A new lesson is offered a name from its title; a copy of a built-in one, its id marked
        // as the user's.
        const technique::Lesson& lesson = editor.document().lesson();
        const std::string id = lesson.id == kNewLessonId ? lessonIdFromTitle(lesson.title) : lesson.id;
        state.saveAsName = editor.document().isBuiltIn() ? id + "-mine" : id;
        state.confirmOverwrite = false;
        ImGui::OpenPopup("Save lesson as");
    }
    if (ImGui::BeginPopupModal("Save lesson as", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("File name (also the lesson's id):");
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
        if (ImGui::IsWindowAppearing())
            ImGui::SetKeyboardFocusHere();
        const bool entered
            = ImGui::InputText("##name", &state.saveAsName, ImGuiInputTextFlags_EnterReturnsTrue);
        if (ImGui::IsItemEdited())
            state.confirmOverwrite = false;
        const std::string problem = checkLessonFileName(state.saveAsName);
        if (!problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
            wrappedText("%s", problem.c_str());
            ImGui::PopStyleColor();
        } else {
            ImGui::TextDisabled("%s", editor.userLessonPath(state.saveAsName).string().c_str());
        }
        if (state.confirmOverwrite) {
            ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
            ImGui::TextUnformatted("That file exists. Save again to replace it.");
            ImGui::PopStyleColor();
        }
        ImGui::BeginDisabled(!problem.empty());
        if (ImGui::Button("Save") || (entered && problem.empty())) {
            std::error_code error;
            if (!state.confirmOverwrite
                && std::filesystem::exists(editor.userLessonPath(state.saveAsName), error)) {
                state.confirmOverwrite = true;
            } else if (editor.saveAs(state.saveAsName, state.confirmOverwrite)) {
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Cancel"))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    if (state.askUnsaved && !ImGui::IsPopupOpen("Unsaved changes"))
        ImGui::OpenPopup("Unsaved changes");
    if (ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const std::string title = editor.active() ? editor.document().lesson().title : std::string();
        ImGui::Text("\"%s\" has changes that are not saved.", title.c_str());
        const auto answer = [&](UnsavedChoice choice) {
            commands.push(command::AnswerUnsaved{choice});
            state.askUnsaved = false;
            ImGui::CloseCurrentPopup();
        };
        if (ImGui::Button(editor.canSaveInPlace() ? "Save" : "Save as..."))
            answer(UnsavedChoice::Save);
        ImGui::SameLine();
        if (ImGui::Button("Discard changes"))
            answer(UnsavedChoice::Discard);
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            answer(UnsavedChoice::Cancel);
        ImGui::EndPopup();
    }

    if (!state.recovery.empty() && !editor.active() && !ImGui::IsPopupOpen("Recover unsaved lessons"))
        ImGui::OpenPopup("Recover unsaved lessons");
    if (ImGui::BeginPopupModal("Recover unsaved lessons", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("LumbarLab closed before these lessons were saved:");
        for (std::size_t i = 0; i < state.recovery.size(); ++i) {
            const authoring::PendingAutosave& pending = state.recovery[i];
            ImGui::PushID(int(i));
            ImGui::Separator();
            ImGui::Text("%s", pending.lessonTitle.empty() ? "(untitled)" : pending.lessonTitle.c_str());
            ImGui::TextDisabled("autosaved %s, %s", pending.savedAt.c_str(),
                pending.original.empty() ? "never saved" : ("from " + pending.original.string()).c_str());
            if (!pending.problem.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
                wrappedText("Cannot be restored: %s", pending.problem.c_str());
                ImGui::PopStyleColor();
            } else if (ImGui::Button("Restore")) {
                commands.push(command::RestoreAutosave{i});
            }
            if (pending.problem.empty())
                ImGui::SameLine();
            if (ImGui::Button("Discard"))
                commands.push(command::DiscardAutosave{i});
            ImGui::PopID();
        }
        ImGui::Separator();
        if (ImGui::Button("Decide later"))
            state.recovery.clear();
        if (state.recovery.empty() || commands.holds<command::RestoreAutosave>())
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

} // namespace lumbar::app
