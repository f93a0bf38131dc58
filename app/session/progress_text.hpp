// The Progress panel's words for times: how long ago an item was answered and when it is due.
#pragma once

#include <cstdint>
#include <string>

namespace lumbar::app {

/// How long ago, in the largest whole unit: "just now" (under a minute, or in the future), "5 min
/// ago", "3 h ago", "1 day ago", "12 days ago".
std::string timeAgoText(std::int64_t elapsedS);

/// When an item is due, short for a table column headed "Due": "now" when `dueS` <= `nowS`, else
/// "5 min", "3 h", "6 d" (rounded up, so an item is never shown due sooner than it is).
std::string dueText(std::int64_t dueS, std::int64_t nowS);

/// An item of the progress file in words: "Click it", "Tool of \"Warm-up\"", "Order of the steps",
/// "Where it refers: buttock", "Find the spinous process of L4"; the key itself when it is none
/// of these (quiz/progress_keys.hpp).
std::string progressItemText(const std::string& key);

} // namespace lumbar::app
