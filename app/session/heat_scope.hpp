// Which heat map the anatomy shows: a choice of the lesson panel that the headless exports and
// the window's frame both read.
#pragma once

namespace lumbar::app {

/// Heat map shown on the anatomy.
enum class HeatScope { Off, CurrentStep, SessionSoFar };

} // namespace lumbar::app
