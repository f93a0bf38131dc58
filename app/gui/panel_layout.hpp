// Where the panels first appear (the user may move them; ImGui remembers where in layout.ini).
#pragma once

namespace lumbar::app {

/// Places the next window in the right-hand column, `widthEm` font sizes wide and as tall as the
/// viewport: the Inspector's place, which the Quiz and the Lesson editor take while they run.
void placeInRightColumn(float widthEm = 22.0f);

} // namespace lumbar::app
