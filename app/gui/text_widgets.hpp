// Small text layouts shared by the panels.
#pragma once

#include <string>

namespace lumbar::app {

/// A dim label with an indented, wrapped paragraph under it; nothing when `text` is empty.
void labelledParagraph(const char* label, const std::string& text);

} // namespace lumbar::app
