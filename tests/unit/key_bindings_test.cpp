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

} // namespace
} // namespace lumbar::app
