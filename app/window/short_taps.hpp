// Key taps shorter than a frame. Dear ImGui 1.86 reads each key's state once per frame, so a key
// pressed and released between two frames never reaches it: at the few frames a second of
// software rendering, End or Ctrl+A in a text field were lost. The release of a key pressed in the
// same frame is held back and handed on at the start of the next frame.
#pragma once

#include <SDL.h>

#include <set>
#include <vector>

namespace lumbar::app {

class ShortTaps {
public:
    /// Called for each event of a frame, in order: true when the event is a key's release that
    /// follows its press in this frame (or any later event of that key), which it keeps for the
    /// next frame instead.
    bool holdBack(const SDL_Event& event);
    /// At the start of the next frame: the releases held back, in their order; the frame's
    /// presses are forgotten.
    std::vector<SDL_Event> nextFrame();
    /// True while releases are held: the loop must not wait for input before handing them on.
    bool holding() const { return !m_held.empty(); }

private:
    std::set<SDL_Scancode> m_pressedThisFrame;
    std::vector<SDL_Event> m_held;
};

} // namespace lumbar::app
