// The presentation overlay: step card, gauge and step counter in large type.
#include "gui/presentation_view.hpp"

#include "gui/lesson_panel.hpp"
#include "gui/text_widgets.hpp"
#include "session/step_card.hpp"

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
    ImGui::TextDisabled("%s", heading);
    wrappedText("%s", text.c_str());
}

/// The card's sections the projector shows, in its own order (How before Why, as it has always been
/// shown); the avoid texts and cautions are left to the Lesson panel and the handout.
constexpr CardSectionKind kProjectedSections[]
    = {CardSectionKind::What, CardSectionKind::How, CardSectionKind::Why, CardSectionKind::CheckIn};

void drawStepCard(const LessonPlayer& player, const KnowledgeBase& knowledge, const ImVec2& display)
{
    const StepCard card = stepCard(*player.frame().step, player.audience, knowledge);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.02f, display.y * 0.03f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(display.x * 0.36f, 0.0f), ImVec2(display.x * 0.36f, display.y * 0.94f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    ImGui::Begin("##presentation-step", nullptr, kOverlayFlags);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::SetWindowFontScale(kBodyScale);
    ImGui::TextDisabled("%s", card.phaseAndTool().c_str());
    ImGui::SetWindowFontScale(1.0f);
    wrappedText("%s", card.title.c_str());
    ImGui::SetWindowFontScale(kBodyScale);
    if (!card.targets.empty())
        ImGui::TextDisabled("On %s", card.targets.c_str());
    ImGui::Separator();
    for (CardSectionKind kind : kProjectedSections) {
        const CardSection* section = card.section(kind);
        if (!section)
            continue;
        // The room watches the therapist ask, so the projector says who is asked.
        if (kind == CardSectionKind::CheckIn)
            paragraph("Ask the client", "\"" + section->text + "\"");
        else
            paragraph(section->label.c_str(), section->text);
    }
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

/// The view's name at the top middle, its place at the top right with the keys while the hint lasts.
void drawViewTitle(const PresentationState& state, const PresentedView& view, const ImVec2& display)
{
    // Centred, or right of the step card when the view shows a lesson moment.
    const float width = display.x * (view.withLesson ? 0.34f : 0.5f);
    ImGui::SetNextWindowPos(ImVec2(display.x * (view.withLesson ? 0.40f : 0.5f), display.y * 0.03f),
        ImGuiCond_Always, ImVec2(view.withLesson ? 0.0f : 0.5f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(width, display.y * 0.3f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    ImGui::Begin("##presentation-view", nullptr, kOverlayFlags);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetStyle().WindowPadding.x * 2.0f);
    ImGui::SetWindowFontScale(kBodyScale);
    ImGui::TextDisabled("%s", view.collection.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::TextUnformatted(view.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();

    ImGui::SetNextWindowPos(
        ImVec2(display.x * 0.98f, display.y * 0.03f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.6f);
    ImGui::Begin("##presentation-counter", nullptr, kOverlayFlags);
    ImGui::Text("%zu / %zu", view.index + 1, view.count);
    if (state.hintSeconds > 0.0f) {
        ImGui::SetWindowFontScale(kBodyScale);
        ImGui::TextDisabled("PageDown / Right: next view");
        ImGui::TextDisabled("PageUp / Left: previous view");
        ImGui::TextDisabled("F11 or Esc: leave presentation");
        ImGui::SetWindowFontScale(1.0f);
    }
    ImGui::End();
}

} // namespace

void drawPresentation(PresentationState& state, const LessonPlayer& player, const KnowledgeBase& knowledge,
    ImFont* largeFont, const PresentedView* view)
{
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    state.hintSeconds = std::max(0.0f, state.hintSeconds - ImGui::GetIO().DeltaTime);
    if (largeFont)
        ImGui::PushFont(largeFont);
    if (view) {
        drawViewTitle(state, *view, display);
        if (view->withLesson && player.loaded() && player.frame().valid && player.frame().step) {
            drawStepCard(player, knowledge, display);
            drawGauge(player, display);
        }
    } else if (!player.loaded() || !player.frame().valid || !player.frame().step) {
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
