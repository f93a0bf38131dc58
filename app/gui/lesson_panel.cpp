// Lesson, step card and gauge widgets.
#include "gui/lesson_panel.hpp"

#include "anatomy/knowledge_base.hpp"
#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/references.hpp"
#include "session/step_card.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lumbar::app {
namespace {

using namespace technique;

/// Colour of a discomfort class, from the Okabe-Ito palette (told apart with every common colour
/// vision deficiency; the class is also written beside the bar): sky blue below the band, bluish
/// green in it, orange above, vermillion when the client braces.
ImVec4 discomfortColor(DiscomfortClass discomfortClass)
{
    switch (discomfortClass) {
    case DiscomfortClass::Light:
        return {0.34f, 0.71f, 0.91f, 1.0f};
    case DiscomfortClass::Therapeutic:
        return {0.0f, 0.62f, 0.45f, 1.0f};
    case DiscomfortClass::TooMuch:
        return {0.90f, 0.62f, 0.0f, 1.0f};
    case DiscomfortClass::Bracing:
        return {0.84f, 0.37f, 0.0f, 1.0f};
    }
    return {1, 1, 1, 1};
}

/// How the pressure feels, in a patient's words, with the expected number out of ten.
std::string feltPressure(DiscomfortClass discomfortClass, double discomfort)
{
    const std::string outOfTen = "about a " + std::to_string(int(std::lround(discomfort))) + " out of 10";
    switch (discomfortClass) {
    case DiscomfortClass::Light:
        return "Gentle pressure, " + outOfTen + ".";
    case DiscomfortClass::Therapeutic:
        return "Firm pressure, " + outOfTen + ": strong but welcome, never pain.";
    case DiscomfortClass::TooMuch:
        return "Too strong (" + outOfTen + "): the therapist eases off.";
    case DiscomfortClass::Bracing:
        return "Far too strong (" + outOfTen + "): the therapist stops.";
    }
    return {};
}

/// What the tool does now, in one line: the point it holds and for how long, the stroke's pass,
/// or resting.
std::string activityLine(const FrameState& frame, bool patient)
{
    char line[128];
    const std::size_t points = frame.pressurePoints.size();
    for (std::size_t i = 0; i < points; ++i) {
        const PressurePointState& point = frame.pressurePoints[i];
        if (!point.active)
            continue;
        if (patient)
            std::snprintf(line, sizeof line, "Holding point %zu of %zu: %.0f s more", i + 1, points,
                point.remainingHoldS);
        else
            std::snprintf(line, sizeof line, "Holding point %zu of %zu: %.0f s more (%.0f N)", i + 1, points,
                point.remainingHoldS, point.forceN);
        return line;
    }
    if (frame.activity == Activity::Stroke) {
        if (frame.repetitions <= 1)
            return "Stroking";
        std::snprintf(line, sizeof line, "Stroking, pass %d of %d", frame.repetition + 1, frame.repetitions);
        return line;
    }
    const auto done = std::count_if(frame.pressurePoints.begin(), frame.pressurePoints.end(),
        [](const PressurePointState& point) { return !point.active && point.remainingHoldS <= 0.0; });
    if (points == 0)
        return "Resting";
    std::snprintf(line, sizeof line, "Resting (%zu of %zu points held)", std::size_t(done), points);
    return line;
}

} // namespace

namespace {

/// Handout and Record buttons; while recording, its progress and Cancel.
void drawExportControls(const LessonPanelState& state, CommandQueue& commands)
{
    if (state.recordProgress) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
        ImGui::ProgressBar(
            *state.recordProgress, ImVec2(ImGui::GetFontSize() * 10.0f, 0.0f), state.recordStatus.c_str());
        ImGui::SameLine();
        if (ImGui::Button("Cancel##record"))
            commands.push(command::CancelRecording{});
        return;
    }
    if (ImGui::Button("Handout"))
        commands.push(command::WriteHandout{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Write a printable HTML page with a picture of each step\n"
                          "to ~/.local/share/lumbarlab/handouts/<lesson>");
    ImGui::SameLine();
    if (ImGui::Button("Record"))
        commands.push(command::StartRecording{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Render the whole lesson at 30 fps and the chosen speed\n"
                          "through this view into\n"
                          "~/.local/share/lumbarlab/screenshots (mp4 when ffmpeg is installed,\n"
                          "else a folder of PNG frames)");
}

/// One section of the step card: the cautions as orange bullets, the check-in in quotes, the
/// texts as labelled paragraphs.
void drawCardSection(const CardSection& section)
{
    switch (section.kind) {
    case CardSectionKind::Cautions:
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.72f, 0.35f, 1.0f));
        ImGui::TextDisabled("%s", section.label.c_str());
        for (const std::string& caution : section.items) {
            ImGui::Bullet(); // wrapped: a caution is never cut off at the panel's edge
            wrappedText("%s", caution.c_str());
        }
        ImGui::PopStyleColor();
        return;
    case CardSectionKind::CheckIn:
        ImGui::TextDisabled("%s", section.label.c_str());
        ImGui::Indent();
        wrappedText("\"%s\"", section.text.c_str());
        ImGui::Unindent();
        return;
    case CardSectionKind::What:
    case CardSectionKind::Why:
    case CardSectionKind::How:
    case CardSectionKind::Avoid:
        labelledParagraph(section.label.c_str(), section.text);
        return;
    }
}

} // namespace

void drawLessonPanel(LessonPanelState& state, LessonPlayer& player, CommandQueue& commands)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    // Tall enough for a row of step buttons per phase (six) beside the whole gauge: a shorter panel
    // hid the stretch and aftercare steps and cut the gauge off below its fold.
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + font * 21.0f, viewport->WorkPos.y + viewport->WorkSize.y - font * 19.5f),
        layoutCondition());
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x - font * 43.5f, font * 19.0f), layoutCondition());
    if (!ImGui::Begin("Lesson")) {
        ImGui::End();
        return;
    }

    // Picker.
    const std::string current
        = player.loaded() ? player.prepared().lesson.title : "(no lesson: explore the anatomy)";
    ImGui::SetNextItemWidth(font * 19.0f);
    if (ImGui::BeginCombo("##lesson", current.c_str())) {
        if (ImGui::Selectable("(no lesson: explore the anatomy)", !player.loaded()))
            commands.push(command::CloseLesson{});
        for (const LessonEntry& entry : state.library) {
            const std::string label = entry.title
                + (entry.draftProblems > 0
                        ? "  (draft: " + std::to_string(entry.draftProblems) + " to finish)"
                        : entry.builtIn ? ""
                                        : "  (yours)")
                + "##" + entry.path.string();
            if (ImGui::Selectable(label.c_str(), player.loaded() && player.prepared().lesson.id == entry.id))
                commands.push(command::OpenLesson{entry.path});
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(font * 9.0f);
    const bool entered = ImGui::InputTextWithHint(
        "##open", "or a lesson file path", &state.openPathInput, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button("Open") || entered) && !state.openPathInput.empty())
        commands.push(command::OpenLesson{state.openPathInput});
    ImGui::SameLine();
    if (ImGui::Button("New"))
        commands.push(command::NewLesson{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Write a lesson of your own in the Lesson editor");
    if (!state.message.empty()) {
        if (state.messageIsError)
            ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
        wrappedText("%s", state.message.c_str());
        if (state.messageIsError)
            ImGui::PopStyleColor();
    }
    if (!player.loaded()) {
        ImGui::End();
        return;
    }
    const PreparedLesson& prepared = player.prepared();

    // Timeline.
    if (ImGui::Button("|<"))
        player.previousStep();
    ImGui::SameLine();
    if (ImGui::Button(player.playing() ? " Pause " : " Play  "))
        player.togglePlay();
    ImGui::SameLine();
    if (ImGui::Button(">|"))
        player.nextStep();
    ImGui::SameLine();
    float time = float(player.time());
    const std::string clock = formatClock(player.time()) + " / " + formatClock(player.duration());
    ImGui::SetNextItemWidth(-font * 16.0f);
    if (ImGui::SliderFloat("##time", &time, 0.0f, float(player.duration()), clock.c_str()))
        player.seek(time);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(font * 4.5f);
    char speedLabel[16];
    std::snprintf(speedLabel, sizeof speedLabel, "%gx", player.speed());
    if (ImGui::BeginCombo("##speed", speedLabel)) {
        for (double speed : LessonPlayer::kSpeeds) {
            char label[16];
            std::snprintf(label, sizeof label, "%gx", speed);
            if (ImGui::Selectable(label, speed == player.speed()))
                player.setSpeed(speed);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &player.loop);
    ImGui::SameLine();
    int heat = int(state.heat);
    ImGui::SetNextItemWidth(font * 7.5f);
    ImGui::Combo("##heat", &heat, "No heat map\0Heat: this step\0Heat: so far\0");
    state.heat = HeatScope(heat);
    drawExportControls(state, commands);
    ImGui::SameLine();
    if (ImGui::Button("Edit lesson"))
        commands.push(command::EditLesson{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Open this lesson in the Lesson editor (built-in lessons are saved as a copy)");
    if (player.audience != Audience::Patient) {
        ImGui::SameLine();
        if (ImGui::Button("Compare tools"))
            state.compareTools = !state.compareTools;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Every tool at this moment's force and place: pressure, feel and how deep it reaches");
    }

    // Steps by phase (the buttons of a phase wrap onto more rows, under each other, rather than
    // hide past the edge; the current step highlighted) beside the gauge.
    const std::size_t currentStep = player.currentStep();
    ImGui::BeginChild("steps", ImVec2(-font * 21.0f, 0), false);
    // Compact rows, so a long lesson's last phases (stretch, aftercare) stay above the fold.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 2.0f));
    const float rightEdge = ImGui::GetWindowContentRegionMax().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    for (const Phase phase : technique::allValues<Phase>()) {
        bool any = false;
        float buttonsX = 0.0f;
        for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
            const Step& step = prepared.lesson.steps[prepared.steps[i].index];
            if (step.phase != phase)
                continue;
            const std::string number = std::to_string(i + 1);
            if (!any) {
                ImGui::TextDisabled("%-11s", phaseName(phase));
                ImGui::SameLine();
                buttonsX = ImGui::GetCursorPosX();
                any = true;
            } else {
                const float width = ImGui::CalcTextSize(number.c_str()).x + 2.0f * style.FramePadding.x;
                ImGui::SameLine();
                if (ImGui::GetCursorPosX() + width > rightEdge) {
                    ImGui::NewLine();
                    ImGui::SetCursorPosX(buttonsX);
                }
            }
            const std::string label = number + "##step" + std::to_string(i);
            const bool isCurrent = i == currentStep;
            if (isCurrent)
                ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button(label.c_str()))
                player.seekStep(i);
            if (isCurrent)
                ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) {
                // The audience's own title (patients read theirs in plain words).
                const std::string& title = textsFor(step, player.audience).title;
                ImGui::SetTooltip("%s (%s)", (title.empty() ? step.title : title).c_str(),
                    formatClock(prepared.steps[i].durationS).c_str());
            }
        }
    }
    ImGui::PopStyleVar(2);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("gauge", ImVec2(0, 0), true);
    drawPressureGauge(player, state.reach);
    ImGui::EndChild();
    ImGui::End();
}

void drawStepCard(LessonPlayer& player, const KnowledgeBase& knowledge)
{
    if (!player.loaded()) {
        wrappedText("No lesson is open. Pick one in the Lesson panel to see each step explained.");
        return;
    }
    const FrameState& frame = player.frame();
    if (!frame.valid || !frame.step) {
        ImGui::TextDisabled("This lesson has no steps.");
        return;
    }
    const Step& step = *frame.step;
    for (const Audience audience : technique::allValues<Audience>()) {
        if (audience != technique::allValues<Audience>().front())
            ImGui::SameLine();
        if (ImGui::RadioButton(capitalised(audienceName(audience)).c_str(), player.audience == audience))
            player.audience = audience;
    }
    ImGui::Separator();

    const StepCard card = stepCard(step, player.audience, knowledge);
    wrappedText(
        "Step %zu of %zu: %s", frame.stepIndex + 1, player.prepared().steps.size(), card.title.c_str());
    ImGui::TextDisabled("%s", card.phaseAndTool().c_str());
    if (!card.stroke.empty())
        ImGui::TextDisabled("%s", card.stroke.c_str());
    if (!card.targets.empty())
        wrappedText("On: %s", card.targets.c_str());
    for (const std::string& point : card.triggerPoints)
        wrappedText(
            "%s: %s", player.audience == Audience::Patient ? "Works on" : "Trigger point", point.c_str());
    ImGui::Separator();
    for (const CardSection& section : card.sections)
        drawCardSection(section);
    if (!card.sources.empty() && ImGui::TreeNode("Sources")) {
        for (const std::string& source : card.sources) {
            ImGui::Bullet();
            wrappedText("%s", source.c_str());
            // The full reference of each publication the line cites.
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            for (const Reference* reference : referencesCitedIn(source))
                wrappedText("%s", reference->full);
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
        ImGui::TreePop();
    }
}

void drawPressureGauge(const LessonPlayer& player, const std::string& reach)
{
    if (!player.loaded())
        return;
    const FrameState& frame = player.frame();
    if (!frame.valid)
        return;
    const float font = ImGui::GetFontSize();
    // Every line of the deepest step (a held point, the stress at the target) within the box: no
    // scrolling to find the discomfort or the point held.
    const bool patient = player.audience == Audience::Patient;
    if (!frame.toolInContact) {
        // An intake, a rest between passes: no force, pressure or discomfort to read as zeros.
        wrappedText(
            patient ? "No pressure at this moment." : "No contact: nothing is pressed at this moment.");
        wrappedText("%s", activityLine(frame, patient).c_str());
        return;
    }
    if (patient) {
        // Plain words: how it feels and how far in it goes, no units to decode.
        wrappedText("%s", feltPressure(frame.discomfortClass, frame.discomfort).c_str());
        wrappedText("The skin gives about %.0f cm under it.", std::max(0.5, frame.indentationDepthM * 100.0));
    } else {
        wrappedText(
            "Force %.0f N on %.1f cm2 = %.0f kPa", frame.forceN, frame.contactAreaCm2, frame.pressureKPa);
        ImGui::Text("Tissue indented %.1f mm", frame.indentationDepthM * 1000.0);
    }
    if (!reach.empty()) {
        wrappedText("%s", reach.c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "The vertical stress under a uniform round contact on a linear-elastic half-space\n"
                "(Boussinesq 1885; Love 1929), at the step's target straight under the tool:\n"
                "for comparing tools and forces, not a measurement. Real tissue is layered,\n"
                "nonlinear and slides.");
    }
    if (!patient && frame.fibreClass != FibreClass::None)
        ImGui::Text("Fibres: %s (%.0f deg)", fibreClassName(frame.fibreClass), frame.fibreAngleDeg);

    // Discomfort bar with the therapeutic band marked.
    const DiscomfortScale& scale = player.prepared().options.discomfort;
    if (!patient)
        wrappedText("Expected discomfort %.1f / 10: %s", frame.discomfort,
            discomfortClassName(frame.discomfortClass));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = font * 0.9f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), IM_COL32(60, 60, 70, 255));
    draw->AddRectFilled(ImVec2(origin.x + width * float(scale.bandLow / 10.0), origin.y),
        ImVec2(origin.x + width * float(scale.bandHigh / 10.0), origin.y + height),
        IM_COL32(60, 140, 80, 255));
    draw->AddRectFilled(origin,
        ImVec2(origin.x + width * float(std::clamp(frame.discomfort, 0.0, 10.0) / 10.0),
            origin.y + height * 0.45f),
        ImGui::GetColorU32(discomfortColor(frame.discomfortClass)));
    ImGui::Dummy(ImVec2(width, height));
    if (patient)
        ImGui::TextDisabled("green: %.0f-%.0f out of 10, firm but never pain", scale.bandLow, scale.bandHigh);
    else
        ImGui::TextDisabled("band %.0f-%.0f: mild discomfort, never pain", scale.bandLow, scale.bandHigh);

    const std::string activity = activityLine(frame, patient);
    const bool holding = activity.rfind("Holding", 0) == 0;
    if (holding)
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.5f, 0.3f, 1.0f));
    wrappedText("%s", activity.c_str());
    if (holding)
        ImGui::PopStyleColor();
}

} // namespace lumbar::app
