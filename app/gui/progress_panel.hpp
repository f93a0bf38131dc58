// The Progress window (in the Inspector's place while open): what the quiz and the palpation
// trainer remember, by structure and by lesson, and resetting it after a confirmation.
#pragma once

#include "gui/commands.hpp"

#include <cstdint>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

class ProgressKeeper;
struct LessonEntry;

/// State the window keeps between frames.
struct ProgressPanelState {
    bool open = false;
    bool confirmingReset = false; ///< "Reset progress" was pressed: Yes or Cancel are shown
};

/// Draws the window while `state.open`; names structures from `knowledge` and lessons from
/// `lessons`, judges what is due at `nowS` (seconds since the Unix epoch). Reset pushes
/// command::ResetProgress once confirmed.
void drawProgressPanel(ProgressPanelState& state, const ProgressKeeper& keeper,
    const KnowledgeBase& knowledge, const std::vector<LessonEntry>& lessons, std::int64_t nowS,
    CommandQueue& commands);

} // namespace lumbar::app
