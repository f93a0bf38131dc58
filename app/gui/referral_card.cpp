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
        for (std::size_t i = 0; i < pattern.triggerPoints.size(); ++i)
            wrappedText("%zu. %s", i + 1, pattern.triggerPoints[i].name.c_str());
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
            wrappedText("Worked in this lesson in %s:", stepListText(steps).c_str());
            for (std::size_t step : steps) {
                ImGui::PushID(int(step));
                if (ImGui::SmallButton(("Step " + std::to_string(step)).c_str()))
                    player.seekStep(step - 1);
                ImGui::PopID();
                ImGui::SameLine();
            }
            ImGui::NewLine();
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
