// The window's shortcut table: the keys the README lists do what it says, in the right mode.
#include "window/key_bindings.hpp"

#include <gtest/gtest.h>

#include <set>
#include <utility>

namespace lumbar::app {
namespace {

TEST(KeyBindings, StepAndPlayKeysWorkInBothModes)
{
    for (KeyMode mode : {KeyMode::Normal, KeyMode::Presentation}) {
        EXPECT_EQ(keyAction(SDLK_PAGEDOWN, mode), KeyAction::NextStep);
        EXPECT_EQ(keyAction(SDLK_RIGHT, mode), KeyAction::NextStep);
        EXPECT_EQ(keyAction(SDLK_PAGEUP, mode), KeyAction::PreviousStep);
        EXPECT_EQ(keyAction(SDLK_LEFT, mode), KeyAction::PreviousStep);
        EXPECT_EQ(keyAction(SDLK_SPACE, mode), KeyAction::TogglePlay);
    }
}

TEST(KeyBindings, ClickerArrowsStepOnlyInAPresentation)
{
    EXPECT_EQ(keyAction(SDLK_DOWN, KeyMode::Presentation), KeyAction::NextStep);
    EXPECT_EQ(keyAction(SDLK_UP, KeyMode::Presentation), KeyAction::PreviousStep);
    // In the normal view the vertical arrows are the camera's.
    EXPECT_EQ(keyAction(SDLK_DOWN, KeyMode::Normal), std::nullopt);
    EXPECT_EQ(keyAction(SDLK_UP, KeyMode::Normal), std::nullopt);
}

TEST(KeyBindings, EscapeAndF11DependOnTheMode)
{
    EXPECT_EQ(keyAction(SDLK_F11, KeyMode::Normal), KeyAction::EnterPresentation);
    EXPECT_EQ(keyAction(SDLK_F11, KeyMode::Presentation), KeyAction::LeavePresentation);
    EXPECT_EQ(keyAction(SDLK_ESCAPE, KeyMode::Normal), KeyAction::ClearSelection);
    EXPECT_EQ(keyAction(SDLK_ESCAPE, KeyMode::Presentation), KeyAction::LeavePresentation);
    EXPECT_EQ(keyAction(SDLK_o, KeyMode::Presentation), KeyAction::ToggleAutoOrbit);
    EXPECT_EQ(keyAction(SDLK_o, KeyMode::Normal), std::nullopt);
}

TEST(KeyBindings, AnatomyKeysAreOffDuringAPresentation)
{
    const std::pair<SDL_Keycode, KeyAction> anatomyKeys[]
        = {{SDLK_h, KeyAction::HideSelected}, {SDLK_i, KeyAction::IsolateSelected},
            {SDLK_a, KeyAction::ShowAll}, {SDLK_x, KeyAction::ToggleXray}, {SDLK_l, KeyAction::ToggleLabels},
            {SDLK_RIGHTBRACKET, KeyAction::Faster}, {SDLK_LEFTBRACKET, KeyAction::Slower}};
    for (const auto& [key, action] : anatomyKeys) {
        EXPECT_EQ(keyAction(key, KeyMode::Normal), action) << SDL_GetKeyName(key);
        EXPECT_EQ(keyAction(key, KeyMode::Presentation), std::nullopt) << SDL_GetKeyName(key);
    }
}

TEST(KeyBindings, NoKeyIsBoundTwiceInOneMode)
{
    std::set<std::pair<SDL_Keycode, KeyMode>> seen;
    for (const KeyBinding& binding : keyBindings())
        EXPECT_TRUE(seen.insert({binding.key, binding.mode}).second) << SDL_GetKeyName(binding.key);
    EXPECT_EQ(seen.size(), 24u);
}

TEST(KeyBindings, TypingKeysAreTheCharactersWithoutCtrlAltOrSystem)
{
    // The shortcuts a stray word would fire while editing (x-ray, labels, play) are typing keys.
    for (const SDL_Keycode key : {SDLK_x, SDLK_l, SDLK_SPACE, SDLK_a, SDLK_0, SDLK_PERIOD, SDLK_z})
        EXPECT_TRUE(isTypingKey(key, KMOD_NONE)) << key;
    EXPECT_TRUE(isTypingKey(SDLK_x, KMOD_LSHIFT)); // a capital letter
    EXPECT_TRUE(isTypingKey(SDLK_x, KMOD_CAPS));
    // Ctrl, Alt or the system key make a command; function keys, arrows and Escape never type.
    EXPECT_FALSE(isTypingKey(SDLK_s, KMOD_LCTRL));
    EXPECT_FALSE(isTypingKey(SDLK_z, KMOD_RCTRL));
    EXPECT_FALSE(isTypingKey(SDLK_x, KMOD_LALT));
    EXPECT_FALSE(isTypingKey(SDLK_x, KMOD_LGUI));
    for (const SDL_Keycode key : {SDLK_F11, SDLK_ESCAPE, SDLK_LEFT, SDLK_PAGEDOWN, SDLK_DELETE})
        EXPECT_FALSE(isTypingKey(key, KMOD_NONE)) << key;
}

} // namespace
} // namespace lumbar::app
