// Small text layouts shared by the panels.
#pragma once

#include <imgui.h>

#include <string>

namespace lumbar::app {

/// A dim label with an indented, wrapped paragraph under it; nothing when `text` is empty.
void labelledParagraph(const char* label, const std::string& text);

/// The colour of error text, readable on the current theme: light red on the dark theme, dark red
/// on the light one.
ImVec4 errorTextColor();

} // namespace lumbar::app
