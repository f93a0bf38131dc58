// The lesson panels: the lesson and its steps grouped by phase with the timeline; the step card in
// the chosen audience's language; the tool and pressure gauge.
#pragma once

#include "gui/commands.hpp"
#include "session/heat_scope.hpp"
#include "session/lesson_library.hpp"
#include "session/lesson_player.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

struct LessonPanelState {
    std::vector<LessonEntry> library;
    std::string openPathInput;
    std::string message; ///< load problems, shown in red; or a notice (a draft kept), in plain text
    bool messageIsError = true;
    HeatScope heat = HeatScope::Off;
    bool showSafetySites = false;
    std::optional<float> recordProgress; ///< 0..1 while a recording runs, set by the app
    std::string recordStatus; ///< "frame 12 of 300" beside the progress bar
    /// Where the pressure meets the step's target, in the audience's words (reachLine), set by
    /// the app each frame; empty when no tool presses on it.
    std::string reach;
    bool compareTools = false; ///< the Compare tools window is open
};

/// The lesson picker, timeline and steps by phase; the buttons push their commands.
void drawLessonPanel(LessonPanelState& state, LessonPlayer& player, CommandQueue& commands);
/// What the current step is and how it is done, for the player's audience.
void drawStepCard(LessonPlayer& player, const KnowledgeBase& knowledge);
/// Force, contact area, pressure and the expected discomfort against the therapeutic band.
/// `reach`: LessonPanelState::reach, shown under the indentation when not empty.
void drawPressureGauge(const LessonPlayer& player, const std::string& reach = {});

using technique::textsFor;

} // namespace lumbar::app
