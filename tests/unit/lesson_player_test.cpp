// The lesson clock: play, pause, end and loop, speeds, stepping, seeking, audiences.
#include "session/lesson_player.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

/// Three steps of 10, 20 and 30 s on the timeline (no anatomy needed for the clock).
technique::PreparedLesson threeSteps()
{
    technique::PreparedLesson prepared;
    prepared.lesson.id = "clock";
    prepared.lesson.steps.resize(3);
    double start = 0.0;
    for (std::size_t i = 0; i < 3; ++i) {
        technique::PreparedStep step;
        step.index = i;
        step.startS = start;
        step.durationS = 10.0 * double(i + 1);
        start += step.durationS;
        prepared.steps.push_back(step);
    }
    prepared.totalDurationS = start;
    return prepared;
}

TEST(LessonPlayer, PlaysAtTheChosenSpeedAndStopsAtTheEnd)
{
    LessonPlayer player;
    player.load(threeSteps());
    EXPECT_FALSE(player.playing());
    player.advance(5.0); // paused: the clock stands still
    EXPECT_DOUBLE_EQ(player.time(), 0.0);
    player.play();
    player.advance(5.0);
    EXPECT_DOUBLE_EQ(player.time(), 5.0);
    player.setSpeed(2.0);
    player.advance(5.0);
    EXPECT_DOUBLE_EQ(player.time(), 15.0);
    EXPECT_EQ(player.currentStep(), 1u);
    player.advance(100.0);
    EXPECT_DOUBLE_EQ(player.time(), 60.0);
    EXPECT_FALSE(player.playing());
    player.play(); // a finished lesson starts again
    EXPECT_DOUBLE_EQ(player.time(), 0.0);
}

TEST(LessonPlayer, LoopWrapsAround)
{
    LessonPlayer player;
    player.load(threeSteps());
    player.loop = true;
    player.seek(55.0);
    player.play();
    player.advance(10.0);
    EXPECT_DOUBLE_EQ(player.time(), 5.0);
    EXPECT_TRUE(player.playing());
}

TEST(LessonPlayer, StepsAndSeeking)
{
    LessonPlayer player;
    player.load(threeSteps());
    player.nextStep();
    EXPECT_DOUBLE_EQ(player.time(), 10.0);
    player.nextStep();
    EXPECT_DOUBLE_EQ(player.time(), 30.0);
    player.nextStep(); // already on the last step
    EXPECT_DOUBLE_EQ(player.time(), 30.0);
    player.seek(31.0); // within 1.5 s of the step start: previous goes to the step before
    player.previousStep();
    EXPECT_DOUBLE_EQ(player.time(), 10.0);
    player.seek(25.0); // well into step 2: previous restarts it
    player.previousStep();
    EXPECT_DOUBLE_EQ(player.time(), 10.0);
    player.seek(-4.0);
    EXPECT_DOUBLE_EQ(player.time(), 0.0);
    player.seek(1000.0);
    EXPECT_DOUBLE_EQ(player.time(), 60.0);
    player.seekStep(99);
    EXPECT_DOUBLE_EQ(player.time(), 30.0);
}

TEST(LessonPlayer, SpeedStepsThroughTheFixedList)
{
    LessonPlayer player;
    EXPECT_DOUBLE_EQ(player.speed(), 1.0);
    player.faster();
    EXPECT_DOUBLE_EQ(player.speed(), 2.0);
    for (int i = 0; i < 10; ++i)
        player.faster();
    EXPECT_DOUBLE_EQ(player.speed(), 8.0);
    for (int i = 0; i < 10; ++i)
        player.slower();
    EXPECT_DOUBLE_EQ(player.speed(), 0.25);
    player.setSpeed(100.0);
    EXPECT_DOUBLE_EQ(player.speed(), 8.0);
}

TEST(LessonPlayer, NothingLoadedIsHarmless)
{
    LessonPlayer player;
    player.play();
    player.advance(3.0);
    player.nextStep();
    player.previousStep();
    EXPECT_FALSE(player.playing());
    EXPECT_DOUBLE_EQ(player.time(), 0.0);
    EXPECT_FALSE(player.frame().valid);
}

TEST(LessonPlayer, AudiencesParse)
{
    EXPECT_EQ(parseAudience("patient"), Audience::Patient);
    EXPECT_EQ(parseAudience("instructor"), Audience::Instructor);
    EXPECT_EQ(parseAudience("student"), Audience::Student);
    EXPECT_FALSE(parseAudience("Patient"));
    EXPECT_STREQ(audienceName(Audience::Instructor), "instructor");
}

} // namespace
} // namespace lumbar::app
