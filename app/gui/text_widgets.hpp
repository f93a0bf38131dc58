// Small text layouts shared by the panels.
#pragma once

#include <imgui.h>

#include <string>

namespace lumbar::app {

/// "Student" for "student": a file spelling of the lesson vocabulary as a label.
std::string capitalised(const char* spelling);

/// A dim label with an indented, wrapped paragraph under it; nothing when `text` is empty.
void labelledParagraph(const char* label, const std::string& text);

/// The colour of error text, readable on the current theme: light red on the dark theme, dark red
/// on the light one.
ImVec4 errorTextColor();

/// Feedback colours told apart with every common colour vision deficiency (Okabe-Ito): sky blue
/// and orange on the dark theme, their darker blue and vermillion on the light one, each at least
/// 4.5:1 against the window.
ImVec4 rightAnswerColor();
ImVec4 wrongAnswerColor();

} // namespace lumbar::app
