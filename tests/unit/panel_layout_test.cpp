// Keeping the panels inside the window: wholly when they fit, by the title bar when they do not.
#include "gui/panel_layout.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(PanelLayout, APanelInsideStaysWhereItIs)
{
    EXPECT_EQ(keptInside({100.0f, 50.0f}, {300.0f, 400.0f}, {1600.0f, 900.0f}), glm::vec2(100.0f, 50.0f));
}

TEST(PanelLayout, APanelPastAnEdgeComesBackWhole)
{
    // Saved at -18,-18 by an earlier tiny window: back to the corner.
    EXPECT_EQ(keptInside({-18.0f, -18.0f}, {300.0f, 400.0f}, {1600.0f, 900.0f}), glm::vec2(0.0f, 0.0f));
    // Left past the right and bottom edges when the window shrank: moved in until it fits.
    EXPECT_EQ(keptInside({1500.0f, 800.0f}, {300.0f, 400.0f}, {1280.0f, 720.0f}), glm::vec2(980.0f, 320.0f));
}

TEST(PanelLayout, APanelLargerThanTheWindowStartsAtItsEdge)
{
    // 1000 px tall in a 600 px window: at the top, its title bar and most of it in view; along x,
    // where it fits, it stays.
    EXPECT_EQ(keptInside({50.0f, 300.0f}, {400.0f, 1000.0f}, {1280.0f, 600.0f}), glm::vec2(50.0f, 0.0f));
    EXPECT_EQ(keptInside({1270.0f, 10.0f}, {1400.0f, 200.0f}, {1280.0f, 720.0f}), glm::vec2(0.0f, 10.0f));
}

TEST(PanelLayout, APanelReachingIntoThePanelBelowEndsAboveIt)
{
    // The View panel (10..340) over the Layers panel pushed up to 210 in a 720 px window.
    EXPECT_EQ(
        heightEndingAbove({10.0f, 10.0f}, {340.0f, 330.0f}, {10.0f, 210.0f}, {320.0f, 500.0f}, 4.0f, 100.0f),
        std::optional<float>(196.0f));
    // Already above it, beside it in another column, or dragged so far over it that too little
    // would be left: as it is.
    EXPECT_EQ(
        heightEndingAbove({10.0f, 10.0f}, {340.0f, 190.0f}, {10.0f, 210.0f}, {320.0f, 500.0f}, 4.0f, 100.0f),
        std::nullopt);
    EXPECT_EQ(
        heightEndingAbove({900.0f, 10.0f}, {340.0f, 330.0f}, {10.0f, 210.0f}, {320.0f, 500.0f}, 4.0f, 100.0f),
        std::nullopt);
    EXPECT_EQ(
        heightEndingAbove({10.0f, 150.0f}, {340.0f, 330.0f}, {10.0f, 210.0f}, {320.0f, 500.0f}, 4.0f, 100.0f),
        std::nullopt);
    // Below the other panel: the rule is for the upper one only.
    EXPECT_EQ(
        heightEndingAbove({10.0f, 300.0f}, {340.0f, 330.0f}, {10.0f, 210.0f}, {320.0f, 500.0f}, 4.0f, 100.0f),
        std::nullopt);
}

TEST(PanelLayout, SmallWindowsCollapseThePanels)
{
    EXPECT_FALSE(isSmallWindow({1280.0f, 720.0f}));
    EXPECT_FALSE(isSmallWindow({1600.0f, 900.0f}));
    EXPECT_TRUE(isSmallWindow({320.0f, 240.0f}));
    EXPECT_TRUE(isSmallWindow({1280.0f, 400.0f}));
    EXPECT_TRUE(isSmallWindow({800.0f, 720.0f}));
}

} // namespace
} // namespace lumbar::app
