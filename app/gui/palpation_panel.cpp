// The Palpation window.
#include "gui/palpation_panel.hpp"

#include "anatomy/knowledge_base.hpp"
#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/palpation_trainer.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <cmath>

namespace lumbar::app {
namespace {

const ImVec4 kGood{0.45f, 0.85f, 0.45f, 1.0f};
const ImVec4 kBad{1.0f, 0.6f, 0.35f, 1.0f};

double millimetres(float metres)
{
    return std::round(double(metres) * 1000.0);
}

/// One answer in words: how far off, found or not, and why not.
std::string attemptText(const quiz::PalpationAttempt& attempt, double timeLimitS)
{
    if (!attempt.click)
        return attempt.inTime ? "Passed." : "Time ran out.";
    char text[160];
    std::snprintf(text, sizeof text, "Your click (blue) is %.0f mm from it (green) along the skin: %s",
        millimetres(attempt.errorM),
        attempt.found        ? "found."
            : attempt.inTime ? "not found (within 15 mm counts)."
                             : "too late.");
    std::string result = text;
    if (!attempt.inTime) {
        std::snprintf(text, sizeof text, " (%.0f s of %.0f)", attempt.seconds, timeLimitS);
        result += text;
    }
    return result;
}

void drawResult(const PalpationTrainer& trainer, const Viewer& viewer)
{
    const quiz::PalpationRound& round = trainer.round();
    const quiz::PalpationAttempt& attempt = *trainer.lastAttempt();
    const quiz::PalpationTarget& target = quiz::palpationTargets()[attempt.target];
    wrappedText("%s", target.name.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, attempt.found ? kGood : kBad);
    wrappedText("%s", attemptText(attempt, round.timeLimitS()).c_str());
    ImGui::PopStyleColor();
    wrappedText("The layers are open to the bone under it.");
    labelledParagraph("How it is found by hand", target.how);
    if (const StructureInfo* structure = viewer.knowledgeBase().find(target.structure))
        labelledParagraph(structure->name.c_str(), structure->palpation);
}

void drawScore(const PalpationTrainer& trainer)
{
    const quiz::PalpationRound& round = trainer.round();
    wrappedText("Found %zu of %zu; mean error %.0f mm along the skin.", round.foundCount(), round.size(),
        millimetres(round.meanErrorM()));
    if (ImGui::BeginTable("attempts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const quiz::PalpationAttempt& attempt : round.attempts()) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            wrappedText("%s", quiz::palpationTargets()[attempt.target].name.c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, attempt.found ? kGood : kBad);
            if (attempt.click)
                ImGui::Text("%.0f mm%s", millimetres(attempt.errorM), attempt.inTime ? "" : ", late");
            else
                ImGui::TextUnformatted(attempt.inTime ? "passed" : "no time");
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
}

} // namespace

PalpationRequest drawPalpationPanel(
    PalpationTrainer& trainer, PalpationLevels& levels, Viewer& viewer, double nowS)
{
    if (!trainer.active())
        return PalpationRequest::None;
    PalpationRequest request = PalpationRequest::None;
    placeInRightColumn();
    if (!ImGui::Begin("Palpation")) {
        ImGui::End();
        return request;
    }
    const quiz::PalpationRound& round = trainer.round();
    if (trainer.revealing()) {
        ImGui::TextDisabled("Landmark %zu of %zu", round.answered(), round.size());
        drawResult(trainer, viewer);
        if (ImGui::Button(round.finished() ? "See the score (Enter)" : "Next (Enter)"))
            trainer.next(viewer, nowS);
    } else if (round.finished()) {
        drawScore(trainer);
    } else {
        ImGui::TextDisabled("Landmark %zu of %zu", round.answered() + 1, round.size());
        ImGui::TextUnformatted("Find by touch:");
        wrappedText("%s", round.current().name.c_str());
        wrappedText("Click on the skin where your fingers would find it.");
        if (const std::optional<double> left = trainer.secondsLeft(nowS))
            ImGui::Text("%.0f s left", std::ceil(*left));
        if (ImGui::Button("Pass"))
            trainer.pass(viewer, nowS);
    }
    ImGui::Separator();
    ImGui::Checkbox("Show the bones faintly", &trainer.faintBones);
    ImGui::Checkbox("Timed (20 s a landmark, next round)", &levels.timed);
    if (ImGui::Button("New round"))
        request = PalpationRequest::NewRound;
    ImGui::SameLine();
    if (ImGui::Button("Close"))
        request = PalpationRequest::Close;
    ImGui::End();
    return request;
}

} // namespace lumbar::app
