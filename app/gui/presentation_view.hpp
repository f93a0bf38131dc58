// Presentation mode: the 3D view full screen with the step card and the gauge in large type over
// it, and nothing else; for projecting a lesson to a class.
#pragma once

#include "session/lesson_player.hpp"

#include <cstddef>
#include <string>

struct ImFont;

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

struct PresentationState {
    bool active = false;
    bool autoOrbit = false; ///< the camera circles slowly around the anatomy
    float hintSeconds = 0.0f; ///< how much longer the key hint stays on screen
    bool views = false; ///< stepping through saved views (the Views tab's Present) instead of steps
};

/// The saved view a views presentation shows.
struct PresentedView {
    std::string collection; ///< the collection's title
    std::string name;
    std::size_t index = 0; ///< from 0
    std::size_t count = 0;
    bool withLesson = false; ///< the view shows a lesson moment: its step card is shown too
};

/// Degrees per second of the auto-orbit: a full turn in a minute.
inline constexpr float kAutoOrbitDegPerS = 6.0f;

/// Draws the step card (left), the gauge (bottom right) and the step counter (top right) over
/// the whole display with `largeFont`; a short key hint fades out after entering.
/// With `view`, a views presentation: the view's name (top middle) and its place in the collection
/// (top right), and the step card and gauge only when the view shows a lesson moment.
void drawPresentation(PresentationState& state, const LessonPlayer& player, const KnowledgeBase& knowledge,
    ImFont* largeFont, const PresentedView* view = nullptr);

} // namespace lumbar::app
