// The part of the view the panels leave in sight, and that part in a scaled target's pixels.
#include "session/seen_area.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

// The default layout at 1280 x 720 (as free_area_test.cpp): View and Layers on the left with a
// 6-pixel gap between them, Inspector on the right, Lesson along the bottom between the columns.
const std::vector<ScreenRect> kDefaultPanels{
    {{10.0f, 10.0f}, {330.0f, 290.0f}}, // View
    {{10.0f, 296.0f}, {330.0f, 716.0f}}, // Layers
    {{920.0f, 10.0f}, {1272.0f, 710.0f}}, // Inspector
    {{336.0f, 505.0f}, {920.0f, 712.0f}}, // Lesson
};

TEST(SeenArea, TheMiddleAboveTheLessonPanelWithoutTheGapsAroundThePanels)
{
    // The middle: from the left column's edge (330, within the 8-pixel cell from 328) to the
    // Inspector's (920), from the top to the Lesson panel (505, within the cell to 512). The
    // 10-pixel margins at the window's edges, the 6-pixel gaps between the panels and the
    // 6-pixel gap between the left column and the Lesson panel are left out.
    EXPECT_EQ(seenArea(kDefaultPanels, {1280.0f, 720.0f}), (ScreenRect{{328.0f, 0.0f}, {920.0f, 512.0f}}));
}

TEST(SeenArea, WithoutPanelsOrWithNoRoomLeftEverything)
{
    const glm::vec2 viewport(1280.0f, 720.0f);
    EXPECT_EQ(seenArea({}, viewport), (ScreenRect{{0.0f, 0.0f}, viewport}));
    // Panels leaving only strips of 40 pixels: nothing as large as 48 x 48 is in sight.
    EXPECT_EQ(seenArea({{{0.0f, 0.0f}, {600.0f, 720.0f}}, {{640.0f, 0.0f}, {1280.0f, 720.0f}}}, viewport),
        (ScreenRect{{0.0f, 0.0f}, viewport}));
    // A viewport smaller than the square: all of it.
    EXPECT_EQ(seenArea({}, {40.0f, 30.0f}), (ScreenRect{{0.0f, 0.0f}, {40.0f, 30.0f}}));
}

TEST(SeenArea, APanelInTheMiddleLeavesTheBoxAroundIt)
{
    // A floating panel hides part of the view, but the view goes on all round it.
    const glm::vec2 viewport(1000.0f, 600.0f);
    EXPECT_EQ(
        seenArea({{{300.0f, 200.0f}, {700.0f, 400.0f}}}, viewport), (ScreenRect{{0.0f, 0.0f}, viewport}));
    // A collapsed panel (its title bar) at the top left: the view below it is seen to the edges.
    EXPECT_EQ(seenArea({{{10.0f, 10.0f}, {330.0f, 30.0f}}}, viewport), (ScreenRect{{0.0f, 0.0f}, viewport}));
    // Columns at both sides: between them, at the cells' grain (an edge at 305 lies in the cell
    // from 304, one at 697 in the cell to 704); the last cell ends at the viewport's edge.
    EXPECT_EQ(
        seenArea({{{0.0f, 0.0f}, {305.0f, 600.0f}}, {{697.0f, 0.0f}, {1000.0f, 600.0f}}}, {1000.0f, 597.0f}),
        (ScreenRect{{304.0f, 0.0f}, {704.0f, 597.0f}}));
}

TEST(TargetPart, WindowPixelsFromTheTopToTargetPixelsFromTheBottomGrownByOne)
{
    // The default layout's seen area in a half-scale target (640 x 360).
    EXPECT_EQ(targetPart({{328.0f, 0.0f}, {920.0f, 512.0f}}, {1280, 720}, {640, 360}),
        (PixelRect{163, 103, 298,
            257})); // x 164 to 460 and rows 104 to 360 from the bottom, one more each way but the top
    // Edges between pixels grow to whole ones (101 -> 50.5 -> 50, 203 -> 101.5 -> 102), then by one.
    EXPECT_EQ(targetPart({{101.0f, 101.0f}, {203.0f, 203.0f}}, {400, 400}, {200, 200}),
        (PixelRect{49, 97, 54, 54}));
    // The whole window at full scale is the whole target.
    EXPECT_EQ(
        targetPart({{0.0f, 0.0f}, {320.0f, 180.0f}}, {320, 180}, {320, 180}), (PixelRect{0, 0, 320, 180}));
}

} // namespace
} // namespace lumbar::app
