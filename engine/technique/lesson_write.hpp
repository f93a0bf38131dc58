// Writing a lesson back to its JSON file format (docs/lesson-format.md), the inverse of parseLesson.
#pragma once

#include "technique/lesson.hpp"

#include <string>

namespace lumbar::technique {

/// The lesson as "lumbarlab-lesson" JSON at kLessonFormatVersion: keys in the documented order,
/// 2-space indent, a trailing newline, numbers in their shortest form that reads back to the same
/// double. parseLesson(writeLesson(x)) gives back x field by field for every lesson it would accept;
/// a lesson with problems (an empty title, a step without targets) is written as it is, so that
/// parsing the text reports those problems at their places. A landmark anchor's u and v are not
/// written (the format has none). Throws lumbar::Error when a text is not valid UTF-8.
std::string writeLesson(const Lesson& lesson);

} // namespace lumbar::technique
