// The presentation overlay: step card, gauge and step counter in large type.
#include "gui/presentation_view.hpp"

#include "anatomy/knowledge_base.hpp"
#include "gui/lesson_panel.hpp"

#include <imgui.h>

#include <algorithm>

namespace lumbar::app {
namespace {

using namespace technique;

constexpr ImGuiWindowFlags kOverlayFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove
    | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav
    | ImGuiWindowFlags_AlwaysAutoResize;
/// Body text relative to the large font: titles at full size, paragraphs a little smaller.
constexpr float kBodyScale = 0.62f;

/// A heading in the secondary colour, then the paragraph wrapped to the window.
void paragraph(const char* heading, const std::string& text)
{
    if (text.empty())
        return;
    ImGui::TextDisabled("%s", heading);
    ImGui::TextWrapped("%s", text.c_str());
}

void drawStepCard(const LessonPlayer& player, const KnowledgeBase& knowledge, const ImVec2& display)
{
    const FrameState& frame = player.frame();
    const Step& step = *frame.step;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.02f, display.y * 0.03f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(display.x * 0.36f, 0.0f), ImVec2(display.x * 0.36f, display.y * 0.94f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    ImGui::Begin("##presentation-step", nullptr, kOverlayFlags);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::SetWindowFontScale(kBodyScale);
    ImGui::TextDisabled("%s  |  %s", phaseName(step.phase), toolName(step.tool));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextWrapped("%s", step.title.c_str());
    ImGui::SetWindowFontScale(kBodyScale);
    if (!step.targets.empty()) {
        std::string targets;
        for (const std::string& id : step.targets)
            targets += (targets.empty() ? "" : ", ") + structureName(knowledge, id);
        ImGui::TextDisabled("On %s", targets.c_str());
    }
    ImGui::Separator();
    const Explanation& texts = textsFor(step, player.audience);
    const bool patient = player.audience == Audience::Patient;
    paragraph(patient ? "What happens" : "What", texts.what);
    paragraph("How", texts.how);
    paragraph("Why", texts.why);
    if (!step.checkIn.empty())
        paragraph("Ask the client", "\"" + step.checkIn + "\"");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

void drawGauge(const LessonPlayer& player, const ImVec2& display)
{
    ImGui::SetNextWindowPos(
        ImVec2(display.x * 0.98f, display.y * 0.97f), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(display.x * 0.34f, 0.0f), ImVec2(display.x * 0.34f, display.y * 0.5f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    ImGui::Begin("##presentation-gauge", nullptr, kOverlayFlags);
    ImGui::SetWindowFontScale(kBodyScale);
    drawPressureGauge(player);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::End();
}

void drawCounter(const PresentationState& state, const LessonPlayer& player, const ImVec2& display)
{
    const FrameState& frame = player.frame();
    ImGui::SetNextWindowPos(
        ImVec2(display.x * 0.98f, display.y * 0.03f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.6f);
    ImGui::Begin("##presentation-counter", nullptr, kOverlayFlags);
    ImGui::Text("%zu / %zu", frame.stepIndex + 1, player.prepared().steps.size());
    ImGui::SetWindowFontScale(kBodyScale);
    ImGui::TextDisabled("%s  %s / %s", player.playing() ? "playing" : "paused",
        formatClock(frame.stepTimeS).c_str(),
        formatClock(player.prepared().steps[frame.stepIndex].durationS).c_str());
    if (state.hintSeconds > 0.0f) {
        ImGui::TextDisabled("PageDown / Right: next step");
        ImGui::TextDisabled("PageUp / Left: previous step");
        ImGui::TextDisabled("Space: play or pause   O: orbit");
        ImGui::TextDisabled("F11 or Esc: leave presentation");
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::End();
}

} // namespace

void drawPresentation(
    PresentationState& state, const LessonPlayer& player, const KnowledgeBase& knowledge, ImFont* largeFont)
{
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    state.hintSeconds = std::max(0.0f, state.hintSeconds - ImGui::GetIO().DeltaTime);
    if (largeFont)
        ImGui::PushFont(largeFont);
    if (!player.loaded() || !player.frame().valid || !player.frame().step) {
        ImGui::SetNextWindowPos(
            ImVec2(display.x * 0.5f, display.y * 0.9f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
        ImGui::Begin("##presentation-empty", nullptr, kOverlayFlags);
        ImGui::Text("No lesson is open");
        ImGui::SetWindowFontScale(kBodyScale);
        ImGui::TextDisabled("Leave with F11 or Esc and pick one in the Lesson panel.");
        ImGui::SetWindowFontScale(1.0f);
        ImGui::End();
    } else {
        drawStepCard(player, knowledge, display);
        drawGauge(player, display);
        drawCounter(state, player, display);
    }
    if (largeFont)
        ImGui::PopFont();
}

} // namespace lumbar::app
