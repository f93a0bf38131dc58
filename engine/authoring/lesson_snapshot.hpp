// Reading back a lesson that writeLesson wrote, problems and all, for autosave recovery.
#pragma once

#include "technique/lesson.hpp"

#include <string>

namespace lumbar::authoring {

/// Reads `jsonText`, written by writeLesson, back into the lesson exactly as it was, even when the
/// lesson has problems parseLesson would refuse (an empty title, a speed out of range): an autosave
/// keeps unfinished work as it was. Missing fields take Lesson's defaults and unknown names the
/// first value of their enumeration; throws lumbar::FileError when the text is not a JSON object.
/// Files from people go through parseLesson, never through this.
technique::Lesson readLessonSnapshot(const std::string& jsonText);

} // namespace lumbar::authoring
