// The window's command queue: first in, first out, and commands pushed while it is emptied.
#include "gui/commands.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(CommandQueue, GivesCommandsBackInTheOrderTheyWereGiven)
{
    CommandQueue queue;
    EXPECT_TRUE(queue.empty());
    EXPECT_EQ(queue.take(), std::nullopt);
    queue.push(command::ShowPreset{ViewPreset::Left});
    queue.push(command::OpenLesson{"a.json"});
    queue.push(command::RestoreAutosave{2});
    EXPECT_TRUE(queue.holds<command::OpenLesson>());
    EXPECT_FALSE(queue.holds<command::Quit>());
    EXPECT_EQ(queue.take(), Command(command::ShowPreset{ViewPreset::Left}));
    // A command pushed while the queue is worked through comes after those already waiting.
    queue.push(command::Quit{});
    EXPECT_EQ(queue.take(), Command(command::OpenLesson{"a.json"}));
    EXPECT_EQ(queue.take(), Command(command::RestoreAutosave{2}));
    EXPECT_EQ(queue.take(), Command(command::Quit{}));
    EXPECT_TRUE(queue.empty());
    EXPECT_FALSE(queue.holds<command::OpenLesson>());
}

} // namespace
} // namespace lumbar::app
