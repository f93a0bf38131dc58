// The window's render scale chooser: which scale for given frame times and movement, and its
// hysteresis. Frame times are given, never measured.
#include "render/renderer.hpp"
#include "session/render_scale.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

constexpr double kFrameS = 0.05;

/// Draws `frames` moving frames each costing `frameMs`, from `nowS` on; returns the scales chosen.
std::vector<float> moveFor(RenderScaleChooser& chooser, double& nowS, int frames, double frameMs,
    RenderScaleMode mode = RenderScaleMode::Automatic)
{
    std::vector<float> scales;
    for (int i = 0; i < frames; ++i) {
        scales.push_back(chooser.choose({nowS, true, false}, mode));
        chooser.recordFrame(frameMs);
        nowS += kFrameS;
    }
    return scales;
}

TEST(RenderScale, StartsAtFullResolutionAndStaysThereWhileStill)
{
    RenderScaleChooser chooser;
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(chooser.choose({i * kFrameS, false, false}, RenderScaleMode::Automatic), 1.0f);
        chooser.recordFrame(80.0); // slow, but nothing moves: never judged
    }
    EXPECT_EQ(chooser.movingScale(), 1.0f);
    EXPECT_FALSE(chooser.belowFull());
}

TEST(RenderScale, FramesWithinTheBudgetKeepFullResolutionInMotion)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    for (float scale : moveFor(chooser, nowS, 60, 33.0))
        EXPECT_EQ(scale, 1.0f);
}

TEST(RenderScale, SixSlowFramesStepDownOneScaleAtATime)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    const std::vector<float> first = moveFor(chooser, nowS, 6, 48.0);
    EXPECT_EQ(first, std::vector<float>(6, 1.0f)); // the sixth frame's time decides for the seventh
    const std::vector<float> second = moveFor(chooser, nowS, 6, 40.0);
    EXPECT_EQ(second, std::vector<float>(6, 0.75f));
    const std::vector<float> third = moveFor(chooser, nowS, 12, 40.0);
    EXPECT_EQ(third, std::vector<float>(12, 0.5f)); // the lowest scale is the floor
}

TEST(RenderScale, OneSlowFrameAmongFastOnesDoesNotStepDown)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 5, 20.0);
    moveFor(chooser, nowS, 1, 90.0); // mean of the six: 31.7 ms
    EXPECT_EQ(moveFor(chooser, nowS, 1, 20.0), std::vector<float>{1.0f});
}

TEST(RenderScale, StepsBackUpOnlyWhenTheFinerScaleWouldMeetTheBudgetAsPureFill)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 6, 50.0);
    ASSERT_EQ(chooser.movingScale(), 0.75f);
    // 30 ms at 0.75 would be 53.3 ms at full: stays.
    EXPECT_EQ(moveFor(chooser, nowS, 30, 30.0), std::vector<float>(30, 0.75f));
    // 18 ms at 0.75 would be 32 ms at full: back to full after six of them.
    EXPECT_EQ(moveFor(chooser, nowS, 6, 18.0), std::vector<float>(6, 0.75f));
    EXPECT_EQ(moveFor(chooser, nowS, 1, 18.0), std::vector<float>{1.0f});
}

TEST(RenderScale, StepsUpFromHalfToThreeQuarters)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 12, 60.0);
    ASSERT_EQ(chooser.movingScale(), 0.5f);
    moveFor(chooser, nowS, 6, 14.0); // 31.5 ms at 0.75
    EXPECT_EQ(chooser.movingScale(), 0.75f);
}

TEST(RenderScale, AFrameCostThatScalesWithPixelsSettlesWithoutFlicker)
{
    // 36 ms at full resolution, all of it fill: 20.25 ms at 0.75, 9 ms at 0.5.
    RenderScaleChooser chooser;
    double nowS = 0.0;
    int changes = 0;
    float previous = 1.0f;
    for (int i = 0; i < 200; ++i) {
        const float scale = chooser.choose({nowS, true, false}, RenderScaleMode::Automatic);
        changes += scale != previous ? 1 : 0;
        previous = scale;
        chooser.recordFrame(36.0 * double(scale) * double(scale));
        nowS += kFrameS;
    }
    EXPECT_EQ(previous, 0.75f);
    EXPECT_EQ(changes, 1);
}

TEST(RenderScale, FullResolutionReturnsAfterStillnessAndTheMovingScaleIsKept)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 6, 50.0);
    moveFor(chooser, nowS, 1, 25.0);
    const double lastMoveS = nowS - kFrameS;
    EXPECT_EQ(chooser.choose({lastMoveS + 0.29, false, false}, RenderScaleMode::Automatic), 0.75f);
    EXPECT_TRUE(chooser.belowFull());
    chooser.recordFrame(25.0);
    EXPECT_EQ(chooser.choose({lastMoveS + 0.31, false, false}, RenderScaleMode::Automatic), 1.0f);
    EXPECT_FALSE(chooser.belowFull());
    // Still frames at full resolution are slow but not judged.
    for (int i = 0; i < 10; ++i)
        chooser.recordFrame(45.0);
    EXPECT_EQ(chooser.movingScale(), 0.75f);
    EXPECT_EQ(chooser.choose({lastMoveS + 5.0, true, false}, RenderScaleMode::Automatic), 0.75f);
}

TEST(RenderScale, ExportsAreAlwaysFullAndNotJudged)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 6, 50.0);
    ASSERT_EQ(chooser.movingScale(), 0.75f);
    for (int i = 0; i < 12; ++i) {
        EXPECT_EQ(chooser.choose({nowS, true, true}, RenderScaleMode::Automatic), 1.0f);
        chooser.recordFrame(500.0); // a recording's frames drawn inside this one
        nowS += kFrameS;
    }
    EXPECT_EQ(chooser.movingScale(), 0.75f);
    EXPECT_EQ(chooser.choose({nowS, true, false}, RenderScaleMode::Automatic), 0.75f);
}

TEST(RenderScale, AlwaysFullNeverScalesAndForgetsTheMovingScale)
{
    RenderScaleChooser chooser;
    double nowS = 0.0;
    moveFor(chooser, nowS, 6, 50.0);
    ASSERT_EQ(chooser.movingScale(), 0.75f);
    EXPECT_EQ(moveFor(chooser, nowS, 30, 80.0, RenderScaleMode::AlwaysFull), std::vector<float>(30, 1.0f));
    EXPECT_EQ(chooser.movingScale(), 1.0f);
    EXPECT_EQ(moveFor(chooser, nowS, 1, 20.0), std::vector<float>{1.0f});
}

TEST(RenderScale, ModeNames)
{
    EXPECT_STREQ(renderScaleModeName(RenderScaleMode::Automatic), "automatic");
    EXPECT_STREQ(renderScaleModeName(RenderScaleMode::AlwaysFull), "full");
}

TEST(RenderScale, LevelsOfDetailMayShowMoreErrorOnlyBelowFullResolution)
{
    EXPECT_EQ(lodMaxErrorPxAt(1.0f), SceneDraw{}.lodMaxErrorPx);
    EXPECT_EQ(lodMaxErrorPxAt(1.0f), 0.75f);
    EXPECT_EQ(lodMaxErrorPxAt(0.75f), 2.0f);
    EXPECT_EQ(lodMaxErrorPxAt(0.5f), 2.0f);
}

} // namespace
} // namespace lumbar::app
