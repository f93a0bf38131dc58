// The shortcut table (README.md's Controls section lists the same keys for users).
#include "window/key_bindings.hpp"

#include <algorithm>
#include <array>

namespace lumbar::app {
namespace {

using enum KeyAction;
constexpr KeyMode N = KeyMode::Normal;
constexpr KeyMode P = KeyMode::Presentation;

constexpr std::array kBindings{
    // Stepping and playback: the same keys in both modes; in a presentation the vertical arrows
    // step too, since clickers send them.
    KeyBinding{SDLK_PAGEDOWN, N, NextStep},
    KeyBinding{SDLK_RIGHT, N, NextStep},
    KeyBinding{SDLK_PAGEUP, N, PreviousStep},
    KeyBinding{SDLK_LEFT, N, PreviousStep},
    KeyBinding{SDLK_SPACE, N, TogglePlay},
    KeyBinding{SDLK_PAGEDOWN, P, NextStep},
    KeyBinding{SDLK_RIGHT, P, NextStep},
    KeyBinding{SDLK_DOWN, P, NextStep},
    KeyBinding{SDLK_PAGEUP, P, PreviousStep},
    KeyBinding{SDLK_LEFT, P, PreviousStep},
    KeyBinding{SDLK_UP, P, PreviousStep},
    KeyBinding{SDLK_SPACE, P, TogglePlay},
    // Normal view only: speed, the anatomy, the selection.
    KeyBinding{SDLK_RIGHTBRACKET, N, Faster},
    KeyBinding{SDLK_LEFTBRACKET, N, Slower},
    KeyBinding{SDLK_h, N, HideSelected},
    KeyBinding{SDLK_i, N, IsolateSelected},
    KeyBinding{SDLK_a, N, ShowAll},
    KeyBinding{SDLK_x, N, ToggleXray},
    KeyBinding{SDLK_l, N, ToggleLabels},
    KeyBinding{SDLK_ESCAPE, N, ClearSelection},
    // Into and out of a presentation.
    KeyBinding{SDLK_F11, N, EnterPresentation},
    KeyBinding{SDLK_F11, P, LeavePresentation},
    KeyBinding{SDLK_ESCAPE, P, LeavePresentation},
    KeyBinding{SDLK_o, P, ToggleAutoOrbit},
};

} // namespace

std::span<const KeyBinding> keyBindings()
{
    return kBindings;
}

std::optional<KeyAction> keyAction(SDL_Keycode key, KeyMode mode)
{
    const auto it = std::find_if(kBindings.begin(), kBindings.end(),
        [&](const KeyBinding& binding) { return binding.key == key && binding.mode == mode; });
    if (it == kBindings.end())
        return std::nullopt;
    return it->action;
}

bool isTypingKey(SDL_Keycode key, std::uint16_t modifiers)
{
    if (modifiers & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))
        return false;
    return key >= SDLK_SPACE && key <= SDLK_z;
}

} // namespace lumbar::app
