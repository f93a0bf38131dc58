// Key taps shorter than a frame reach Dear ImGui: the release of a key pressed in the same frame
// waits for the next one.
#include "window/short_taps.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

SDL_Event keyEvent(Uint32 type, SDL_Scancode scancode)
{
    SDL_Event event{};
    event.type = type;
    event.key.keysym.scancode = scancode;
    return event;
}

TEST(ShortTaps, ATapWithinOneFrameIsReleasedInTheNext)
{
    // Ctrl+A typed between two frames at 5 fps: both keys down, both up, in one batch.
    ShortTaps taps;
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_LCTRL)));
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_A)));
    EXPECT_TRUE(taps.holdBack(keyEvent(SDL_KEYUP, SDL_SCANCODE_A)));
    EXPECT_TRUE(taps.holdBack(keyEvent(SDL_KEYUP, SDL_SCANCODE_LCTRL)));
    EXPECT_TRUE(taps.holding());
    const std::vector<SDL_Event> released = taps.nextFrame();
    ASSERT_EQ(released.size(), 2u);
    EXPECT_EQ(released[0].key.keysym.scancode, SDL_SCANCODE_A);
    EXPECT_EQ(released[1].key.keysym.scancode, SDL_SCANCODE_LCTRL);
    EXPECT_FALSE(taps.holding());
    EXPECT_TRUE(taps.nextFrame().empty());
}

TEST(ShortTaps, AKeyHeldAcrossFramesIsReleasedAtOnce)
{
    ShortTaps taps;
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_END)));
    EXPECT_TRUE(taps.nextFrame().empty());
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYUP, SDL_SCANCODE_END)));
    // Not a key: passed on.
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    EXPECT_FALSE(taps.holdBack(motion));
}

TEST(ShortTaps, ASecondTapOfTheSameKeyWaitsBehindTheFirstRelease)
{
    // End, End within one frame: the second press must not overtake the first release.
    ShortTaps taps;
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_END)));
    EXPECT_TRUE(taps.holdBack(keyEvent(SDL_KEYUP, SDL_SCANCODE_END)));
    EXPECT_TRUE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_END)));
    EXPECT_TRUE(taps.holdBack(keyEvent(SDL_KEYUP, SDL_SCANCODE_END)));
    EXPECT_FALSE(taps.holdBack(keyEvent(SDL_KEYDOWN, SDL_SCANCODE_HOME))); // another key goes on
    const std::vector<SDL_Event> released = taps.nextFrame();
    ASSERT_EQ(released.size(), 3u);
    EXPECT_EQ(released[0].type, SDL_KEYUP);
    EXPECT_EQ(released[1].type, SDL_KEYDOWN);
    EXPECT_EQ(released[2].type, SDL_KEYUP);
}

} // namespace
} // namespace lumbar::app
