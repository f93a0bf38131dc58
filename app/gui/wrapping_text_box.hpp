// A multi-line text box whose words wrap at its width: Dear ImGui 1.86's text boxes do not wrap,
// and a paragraph ran off the box's right edge while it was written.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace lumbar::app {

/// `text` laid out in lines no wider than `width` (as `measure` gives the width of a run of text):
/// every line break becomes a space, then, word by word, the space before a word that would run
/// past the width becomes a line break. Only spaces and breaks change places, so the length and
/// every other character stay where they were (a cursor in the text stays on its character). A
/// word wider than `width` has a line of its own.
std::string wrapAtSpaces(
    std::string text, float width, const std::function<float(std::string_view)>& measure);

/// A text box as wide as the panel, as tall as its wrapped text (at least `minLines` lines), whose
/// words wrap as they are typed (wrapAtSpaces; a line break typed becomes a space). `text` never
/// holds the breaks shown. True when the text changed.
bool wrappingTextBox(const char* id, std::string& text, float minLines = 3.0f);

} // namespace lumbar::app
