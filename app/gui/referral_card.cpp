// The info card's referral section.
#include "gui/referral_card.hpp"

#include "anatomy/knowledge_base.hpp"
#include "gui/text_widgets.hpp"
#include "session/lesson_player.hpp"
#include "session/references.hpp"
#include "session/referral_text.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

namespace lumbar::app {

namespace {

/// A button to each step; nothing for no steps. With `lead` the steps are listed in words first
/// ("Worked in this lesson in steps 9 and 10:") and the buttons go below; without, "Treated in"
/// and the buttons share a line.
void stepButtons(const char* lead, const std::vector<std::size_t>& steps, LessonPlayer& player)
{
    if (steps.empty())
        return;
    ImGui::Indent();
    if (lead)
        wrappedText("%s%s:", lead, stepListText(steps).c_str());
    else
        ImGui::TextDisabled("Treated in");
    ImGui::PushID(lead ? lead : "treated");
    for (std::size_t n = 0; n < steps.size(); ++n) {
        if (n > 0 || !lead)
            ImGui::SameLine();
        ImGui::PushID(int(steps[n]));
        if (ImGui::SmallButton(("Step " + std::to_string(steps[n])).c_str()))
            player.seekStep(steps[n] - 1);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Unindent();
}

} // namespace

void drawReferralCard(const StructureInfo& structure, Viewer& viewer, LessonPlayer& player)
{
    const ReferralPattern& pattern = structure.referral;
    if (pattern.empty())
        return;
    const technique::Audience audience = player.audience;
    const bool patient = audience == technique::Audience::Patient;
    ImGui::TextDisabled("%s", patient ? "Where it can send pain" : "Referred pain");
    ImGui::Indent();
    ImGui::Checkbox("Show on the body", &viewer.display.referral);
    if (!patient) {
        wrappedText("Common trigger points (the red dots):");
        for (std::size_t i = 0; i < pattern.triggerPoints.size(); ++i) {
            wrappedText("%zu. %s", i + 1, pattern.triggerPoints[i].name.c_str());
            ImGui::PushID(int(i));
            if (player.loaded())
                stepButtons(nullptr,
                    stepsTreating(player.prepared().lesson, structure.id, pattern.triggerPoints[i].id),
                    player);
            ImGui::PopID();
        }
    }
    wrappedText("%s", referralIntro(audience).c_str());
    for (const ReferralZone& zone : pattern.zones) {
        ImGui::Bullet();
        wrappedText("%s", zoneLine(pattern, zone, audience).c_str());
    }
    if (player.loaded()) {
        const std::vector<std::size_t> steps = stepsWorking(player.prepared().lesson, structure.id);
        if (steps.empty()) {
            ImGui::TextDisabled("The open lesson does not work it.");
        } else {
            stepButtons("Worked in this lesson in ", steps, player);
        }
    }
    const std::string honesty = referralHonesty(pattern, audience);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.72f, 0.35f, 1.0f));
    wrappedText("%s", honesty.c_str());
    ImGui::PopStyleColor();
    if (ImGui::TreeNode("Sources##referral")) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        for (const Reference* reference : referencesCitedIn(honesty)) {
            ImGui::Bullet();
            wrappedText("%s", reference->full);
        }
        ImGui::PopStyleColor();
        ImGui::TreePop();
    }
    ImGui::Unindent();
}

} // namespace lumbar::app
