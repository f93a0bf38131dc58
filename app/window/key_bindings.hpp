// The window's keyboard shortcuts in one table: which key does what in the normal view and which
// during a presentation (where a presentation clicker sends Page Up/Down and the arrows).
#pragma once

#include <SDL.h>

#include <cstdint>
#include <optional>
#include <span>

namespace lumbar::app {

/// What a shortcut does; InteractiveLoop::applyKeyAction carries it out.
enum class KeyAction {
    NextStep,
    PreviousStep,
    TogglePlay,
    Faster,
    Slower,
    EnterPresentation,
    LeavePresentation,
    ToggleAutoOrbit,
    HideSelected,
    IsolateSelected,
    ShowAll,
    ToggleXray,
    ToggleLabels,
    ClearSelection,
};

/// Which of the window's two key maps a binding belongs to.
enum class KeyMode { Normal, Presentation };

struct KeyBinding {
    SDL_Keycode key;
    KeyMode mode;
    KeyAction action;
};

/// Every binding, each key at most once per mode.
std::span<const KeyBinding> keyBindings();

/// The action `key` is bound to in `mode`, or nothing.
std::optional<KeyAction> keyAction(SDL_Keycode key, KeyMode mode);

/// True for a key that types a character (letters, digits, punctuation, space) pressed without
/// Ctrl, Alt or the system key: while the Lesson editor is open such keys are the author's words,
/// never the window's shortcuts, even when no text field has the focus (a click that missed one).
bool isTypingKey(SDL_Keycode key, std::uint16_t modifiers);

} // namespace lumbar::app
