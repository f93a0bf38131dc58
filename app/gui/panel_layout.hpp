// Where the panels first appear (the user may move them; ImGui remembers where in layout.ini), and
// keeping them usable: inside the window at every size, collapsed when the window gets small, and
// back in their first places on request.
#pragma once

#include <glm/glm.hpp>
#include <imgui.h>

#include <optional>

namespace lumbar::app {

/// Places the next window in the right-hand column, `widthEm` font sizes wide and as tall as the
/// viewport: the Inspector's place, which the Quiz and the Lesson editor take while they run.
void placeInRightColumn(float widthEm = 22.0f);

/// The height a panel at `upperPosition` of `upperSize` takes to end `gap` above a panel below it
/// in the same column that it reaches into; nullopt when it does not reach it, the two are not
/// side by side, or less than `minimum` would be left (the panel was dragged over the other).
std::optional<float> heightEndingAbove(const glm::vec2& upperPosition, const glm::vec2& upperSize,
    const glm::vec2& lowerPosition, const glm::vec2& lowerSize, float gap, float minimum);

/// The condition panels give their first position and size with: ImGuiCond_FirstUseEver, or
/// ImGuiCond_Always in the frame after requestLayoutReset().
ImGuiCond layoutCondition();
/// Puts every panel back in its first place and size at the next frame ("Reset layout").
void requestLayoutReset();

/// Where a panel at `position` of `size` goes so that it stays in a `display`-sized window: wholly
/// inside along each axis it fits in, else at that axis's start, its title bar and as much of it
/// as fits in view. The window's origin is its top-left corner.
glm::vec2 keptInside(const glm::vec2& position, const glm::vec2& size, const glm::vec2& display);
/// True when the window is too small for the panels and the 3D view together.
bool isSmallWindow(const glm::vec2& display);

/// Once a frame after the panels are drawn: moves any panel outside the window back in, collapses
/// the panels when the window becomes small (and, when it grows again, opens them in their first
/// places), and ends the frame of a layout reset.
void keepPanelsUsable();

} // namespace lumbar::app
