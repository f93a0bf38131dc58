// The Inspector window and its tabs.
#include "gui/inspector_panel.hpp"

#include "gui/lesson_panel.hpp"
#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/references.hpp"
#include "session/safety_text.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <string>

namespace lumbar::app {
namespace {

void drawSections(std::span<const TextSection> sections)
{
    for (const TextSection& section : sections) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (!ImGui::CollapsingHeader(section.title))
            continue;
        for (const char* item : section.items) {
            ImGui::Bullet();
            wrappedText("%s", item);
        }
    }
}

ImGuiTabItemFlags tabFlags(InspectorState& state, InspectorTab tab)
{
    if (state.requestTab == tab) {
        state.requestTab.reset();
        return ImGuiTabItemFlags_SetSelected;
    }
    return 0;
}

} // namespace

void drawInspectorPanel(InspectorState& state, Viewer& viewer, LessonPlayer& player, CommandQueue& commands)
{
    placeInRightColumn();
    if (!ImGui::Begin("Inspector")) {
        ImGui::End();
        return;
    }
    if (ImGui::BeginTabBar("tabs")) {
        if (ImGui::BeginTabItem("Step", nullptr, tabFlags(state, InspectorTab::Step))) {
            drawStepCard(player, viewer.knowledgeBase());
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Structures", nullptr, tabFlags(state, InspectorTab::Structures))) {
            drawStructuresTab(state.structures, viewer, player, commands);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Views", nullptr, tabFlags(state, InspectorTab::Views))) {
            drawViewsTab(state.views);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Safety", nullptr, tabFlags(state, InspectorTab::Safety))) {
            const bool patient = player.audience == technique::Audience::Patient;
            if (patient)
                wrappedText("Before a session: if any of these apply to you, tell your therapist, or see "
                            "a doctor first.");
            else
                wrappedText("Screen every client before treatment. If any red flag applies, do not "
                            "massage: refer to a doctor.");
            ImGui::Checkbox(
                patient ? "Show these places on the model" : "Show endangerment sites on the model",
                &state.showEndangerment);
            drawSections(patient ? patientSafetySections() : safetySections());
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Guide", nullptr, tabFlags(state, InspectorTab::Guide))) {
            wrappedText("For patients: what a deep-tissue session for lower back pain involves.");
            drawSections(sessionGuideSections());
            ImGui::SetNextItemOpen(false, ImGuiCond_Once);
            if (ImGui::CollapsingHeader("References")) {
                wrappedText("The publications the lessons, the anatomy and these texts rely on:");
                for (const Reference& reference : references()) {
                    ImGui::Bullet();
                    wrappedText("%s", reference.full);
                }
            }
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

} // namespace lumbar::app
