// The Palpation window (in the Inspector's place while a round runs): the landmark to find, the
// result of each click with how the landmark is found by hand, and the round's score.
#pragma once

namespace lumbar::app {

class PalpationTrainer;
class Viewer;

/// What the user asked for in the window, for the caller to carry out.
enum class PalpationRequest {
    None,
    NewRound, ///< start a new round (with the levels as set in the window)
    Close, ///< end the trainer
};

/// The levels the next round is started with.
struct PalpationLevels {
    bool timed = false;
};

/// Draws the window while the trainer runs; nothing otherwise.
PalpationRequest drawPalpationPanel(
    PalpationTrainer& trainer, PalpationLevels& levels, Viewer& viewer, double nowS);

} // namespace lumbar::app
