// Presentation mode: the 3D view full screen with the step card and the gauge in large type over
// it, and nothing else; for projecting a lesson to a class.
#pragma once

#include "session/lesson_player.hpp"

struct ImFont;

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

struct PresentationState {
    bool active = false;
    bool autoOrbit = false; ///< the camera circles slowly around the anatomy
    float hintSeconds = 0.0f; ///< how much longer the key hint stays on screen
};

/// Degrees per second of the auto-orbit: a full turn in a minute.
inline constexpr float kAutoOrbitDegPerS = 6.0f;

/// Draws the step card (left), the gauge (bottom right) and the step counter (top right) over
/// the whole display with `largeFont`; a short key hint fades out after entering.
void drawPresentation(
    PresentationState& state, const LessonPlayer& player, const KnowledgeBase& knowledge, ImFont* largeFont);

} // namespace lumbar::app
