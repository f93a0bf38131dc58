// Small text layouts shared by the panels.
#pragma once

#include <imgui.h>

#include <string>

namespace lumbar::app {

/// "Student" for "student": a file spelling of the lesson vocabulary as a label.
std::string capitalised(const char* spelling);

/// `text` with the decimal point of every number (a '.' between two digits) written as U+2024 ONE
/// DOT LEADER, which looks the same: Dear ImGui 1.86 wraps a line after any '.', and split "1.5"
/// into "1." and "5" at a line's end. Full stops are kept.
std::string keepNumbersWhole(const std::string& text);

/// ImGui::TextWrapped with the numbers kept whole (where the font has the dot leader): every
/// wrapped text of the panels goes through it.
void wrappedText(const char* format, ...) IM_FMTARGS(1);

/// A dim label with an indented, wrapped paragraph under it (numbers kept whole where the font has
/// the dot leader); nothing when `text` is empty.
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
