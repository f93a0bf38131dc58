// Holding back the release of a key pressed in the same frame.
#include "window/short_taps.hpp"

#include <utility>

namespace lumbar::app {

bool ShortTaps::holdBack(const SDL_Event& event)
{
    const bool key = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP;
    // Once a key's release is held, what follows for that key waits behind it, in order.
    for (const SDL_Event& held : m_held)
        if (key && held.key.keysym.scancode == event.key.keysym.scancode) {
            m_held.push_back(event);
            return true;
        }
    if (event.type == SDL_KEYDOWN) {
        m_pressedThisFrame.insert(event.key.keysym.scancode);
        return false;
    }
    if (event.type == SDL_KEYUP && m_pressedThisFrame.count(event.key.keysym.scancode) != 0) {
        m_held.push_back(event);
        return true;
    }
    return false;
}

std::vector<SDL_Event> ShortTaps::nextFrame()
{
    m_pressedThisFrame.clear();
    return std::exchange(m_held, {});
}

} // namespace lumbar::app
