// Placing the panels and keeping them inside the window.
#include "gui/panel_layout.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <utility>

namespace lumbar::app {
namespace {

/// Set by requestLayoutReset(); the panels take their first places in the frame it is seen.
bool g_resetRequested = false;
bool g_resetting = false;
/// Whether the window was small at the last frame (the panels were collapsed for it).
bool g_wasSmall = false;

/// Below this width or height the panels are collapsed to their title bars (*convention*: the
/// side columns and the Lesson panel need about 1000 x 560 pixels beside a usable 3D view).
constexpr float kSmallWidthPx = 900.0f;
constexpr float kSmallHeightPx = 500.0f;

/// When the panel `upper` reaches down over the top of `lower` beside it (a short window pushes the
/// Layers panel up into the View panel), `upper` is shortened to end above it: its last sections
/// scroll into view instead of lying hidden under `lower`. While `lower` is fitted to its contents
/// (its first frames, or a reset) and they would push it up over the first `keptRows` rows of
/// `upper`, `lower` goes below those rows instead, down to the window's foot, and its own last
/// sections scroll (the Layers panel opened with the section's controls covered the View panel's
/// camera and study buttons).
void endAbove(const char* upper, const char* lower, float keptRows)
{
    ImGuiWindow* top = ImGui::FindWindowByName(upper);
    ImGuiWindow* bottom = ImGui::FindWindowByName(lower);
    if (!top || !bottom || !top->Active || !bottom->Active || top->Collapsed || bottom->Collapsed)
        return;
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    const float kept = ImGui::GetFrameHeightWithSpacing() * keptRows;
    const float foot = ImGui::GetMainViewport()->WorkPos.y + ImGui::GetMainViewport()->WorkSize.y;
    // Its last fitting frame has passed when this runs (ImGui counts down in Begin): one frame more.
    static bool wasFitting = false;
    const bool fitting = bottom->AutoFitFramesY > 0 || wasFitting || g_resetting;
    wasFitting = bottom->AutoFitFramesY > 0;
    if (fitting && bottom->Pos.y < top->Pos.y + kept + gap && top->Pos.y + kept + gap < foot - kept) {
        const float y = top->Pos.y + kept + gap;
        ImGui::SetWindowPos(bottom, ImVec2(bottom->Pos.x, y));
        ImGui::SetWindowSize(bottom, ImVec2(bottom->Size.x, foot - gap - y));
    }
    // Kept at least a title bar and a few rows tall: a panel dragged right over the other is left alone.
    if (const std::optional<float> height = heightEndingAbove({top->Pos.x, top->Pos.y},
            {top->Size.x, top->Size.y}, {bottom->Pos.x, bottom->Pos.y}, {bottom->Size.x, bottom->Size.y}, gap,
            ImGui::GetFrameHeight() * 5.0f))
        ImGui::SetWindowSize(top, ImVec2(top->Size.x, *height));
}

} // namespace

void placeInRightColumn(float widthEm)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    const float margin = font * 0.6f;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - font * widthEm - font * 0.5f,
                                viewport->WorkPos.y + margin),
        layoutCondition());
    ImGui::SetNextWindowSize(ImVec2(font * widthEm, viewport->WorkSize.y - 2.0f * margin), layoutCondition());
}

std::optional<float> heightEndingAbove(const glm::vec2& upperPosition, const glm::vec2& upperSize,
    const glm::vec2& lowerPosition, const glm::vec2& lowerSize, float gap, float minimum)
{
    const bool sideBySide
        = upperPosition.x < lowerPosition.x + lowerSize.x && lowerPosition.x < upperPosition.x + upperSize.x;
    const float room = lowerPosition.y - gap - upperPosition.y;
    if (!sideBySide || upperPosition.y >= lowerPosition.y
        || upperPosition.y + upperSize.y <= lowerPosition.y - gap || room < minimum)
        return std::nullopt;
    return room;
}

ImGuiCond layoutCondition()
{
    return g_resetting ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
}

void requestLayoutReset()
{
    g_resetRequested = true;
}

glm::vec2 keptInside(const glm::vec2& position, const glm::vec2& size, const glm::vec2& display)
{
    glm::vec2 kept = position;
    for (int axis = 0; axis < 2; ++axis)
        kept[axis] = std::max(0.0f, std::min(kept[axis], display[axis] - size[axis]));
    return kept;
}

bool isSmallWindow(const glm::vec2& display)
{
    return display.x < kSmallWidthPx || display.y < kSmallHeightPx;
}

void keepPanelsUsable()
{
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    const glm::vec2 display(context.IO.DisplaySize.x, context.IO.DisplaySize.y);
    if (display.x <= 1.0f || display.y <= 1.0f)
        return; // minimised: nothing to keep in view, and nothing to move
    const bool small = isSmallWindow(display);
    constexpr ImGuiWindowFlags kNotAPanel = ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip
        | ImGuiWindowFlags_Popup | ImGuiWindowFlags_NoTitleBar;
    for (ImGuiWindow* window : context.Windows) {
        if (!window->Active || window->Hidden || (window->Flags & kNotAPanel))
            continue;
        if (small != g_wasSmall)
            ImGui::SetWindowCollapsed(window, small);
        const glm::vec2 position(window->Pos.x, window->Pos.y);
        const glm::vec2 kept = keptInside(position, {window->Size.x, window->Size.y}, display);
        if (kept != position)
            ImGui::SetWindowPos(window, ImVec2(kept.x, kept.y));
    }
    // The View panel's title, frame time, model, camera header and buttons and the study buttons.
    endAbove("View", "Layers", 7.4f);
    // Grown back from small, the panels squeezed into the corner take their first places again.
    if (g_wasSmall && !small)
        g_resetRequested = true;
    g_wasSmall = small;
    g_resetting = std::exchange(g_resetRequested, false);
}

} // namespace lumbar::app
