// The Structures panel: a searchable tree by layer and region, hide / show / isolate, and the
// info card of the selected structure.
#pragma once

#include "gui/commands.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace lumbar::app {

class LessonPlayer;
class Viewer;

struct StructuresPanelState {
    std::string filter; ///< search text, matched against names, Latin names, ids and FMA ids
    /// The structure the info card showed last frame: another one starts at the card's top.
    std::optional<std::size_t> cardShown;
};

/// Draws the tree and the info card inside the current window (the Inspector's Structures tab);
/// hovering a row highlights the structure in the view. The card's referral section names the
/// steps of `player`'s lesson that work the structure.
void drawStructuresTab(
    StructuresPanelState& state, Viewer& viewer, LessonPlayer& player, CommandQueue& commands);

/// True when `filter` (case-insensitive, any word) matches the structure's searchable texts.
bool matchesFilter(const std::string& filter, const std::string& name, const std::string& latin,
    const std::string& id, const std::string& fma);

} // namespace lumbar::app
