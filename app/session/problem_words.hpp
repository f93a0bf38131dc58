// A lesson problem's place in words for the Lesson editor: "Step 3, student's text, What" rather
// than the path `--check-routine` prints ("steps[2].explain.student.what").
#pragma once

#include <string>

namespace lumbar::app {

/// `where` (a problem path: members joined by '.', array elements as [i]) in words, each member by
/// the editor's label for it and each element counted from 1; an empty path is "The lesson".
std::string problemPlaceInWords(const std::string& where);

} // namespace lumbar::app
