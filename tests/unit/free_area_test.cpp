// The free area: the default panel layout leaves the middle above the Lesson panel.
#include "session/free_area.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(FreeArea, SideColumnsAndTheBottomPanelFrameTheMiddle)
{
    const glm::vec2 viewport(1280.0f, 720.0f);
    // The default layout at 1280 x 720: View and Layers on the left, Inspector on the right,
    // Lesson along the bottom between them.
    const std::vector<ScreenRect> panels{
        {{10.0f, 10.0f}, {330.0f, 290.0f}}, // View
        {{10.0f, 296.0f}, {330.0f, 716.0f}}, // Layers
        {{920.0f, 10.0f}, {1272.0f, 710.0f}}, // Inspector
        {{336.0f, 505.0f}, {920.0f, 712.0f}}, // Lesson
    };
    EXPECT_EQ(freeArea(panels, viewport), (ScreenRect{{330.0f, 0.0f}, {920.0f, 505.0f}}));
    // No panels (presentation mode): everything.
    EXPECT_EQ(freeArea({}, viewport), (ScreenRect{{0.0f, 0.0f}, viewport}));
}

TEST(FreeArea, FloatingPanelsAreIgnoredAndTooLittleLeftGivesTheWholeViewport)
{
    const glm::vec2 viewport(1000.0f, 800.0f);
    // A panel in the middle of the view, a wide one across its middle and a tall one at the bottom
    // do not frame it.
    EXPECT_EQ(freeArea({{{400.0f, 300.0f}, {600.0f, 500.0f}}, {{0.0f, 300.0f}, {900.0f, 400.0f}},
                           {{300.0f, 300.0f}, {700.0f, 800.0f}}},
                  viewport),
        (ScreenRect{{0.0f, 0.0f}, viewport}));
    // A top band shortens the area from above.
    EXPECT_EQ(
        freeArea({{{100.0f, 0.0f}, {800.0f, 120.0f}}}, viewport), (ScreenRect{{0.0f, 120.0f}, viewport}));
    // Columns leaving less than a quarter of the width: frame into everything instead.
    EXPECT_EQ(freeArea({{{0.0f, 0.0f}, {420.0f, 800.0f}}, {{620.0f, 0.0f}, {1000.0f, 800.0f}}}, viewport),
        (ScreenRect{{0.0f, 0.0f}, viewport}));
}

} // namespace
} // namespace lumbar::app
