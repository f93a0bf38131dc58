// The Compare tools window: the current step's force at its place worked with every tool, side by
// side (contact, surface pressure, how it feels, the stress at the step's target), and the same at
// the step's feel, so a student sees why a thumb is sharp and shallow and a forearm broad and deep.
#pragma once

namespace lumbar::app {

class LessonPlayer;
class Viewer;

/// Draws the window while `open`; its close box clears `open`.
void drawToolComparison(bool& open, const Viewer& viewer, const LessonPlayer& player);

} // namespace lumbar::app
