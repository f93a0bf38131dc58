// Wrapped text keeps its decimals whole: the point of a number becomes a one dot leader, which Dear
// ImGui does not break a line after; full stops and other dots stay.
#include "gui/text_widgets.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

constexpr const char* kLeader = "\xE2\x80\xA4";

TEST(KeepNumbersWhole, TheDecimalPointOfANumberBecomesALeader)
{
    EXPECT_EQ(keepNumbersWhole("at about 1.5 cm/s"), std::string("at about 1") + kLeader + "5 cm/s");
    EXPECT_EQ(keepNumbersWhole("1.1 / 10 and 22.75 kPa"),
        std::string("1") + kLeader + "1 / 10 and 22" + kLeader + "75 kPa");
}

TEST(KeepNumbersWhole, FullStopsAndOtherDotsStay)
{
    EXPECT_EQ(keepNumbersWhole("Ease off at L5. Then stop."), "Ease off at L5. Then stop.");
    EXPECT_EQ(keepNumbersWhole(".5 and 5. and e.g. x.y"), ".5 and 5. and e.g. x.y");
    EXPECT_EQ(keepNumbersWhole(""), "");
    EXPECT_EQ(keepNumbersWhole("."), ".");
}

} // namespace
} // namespace lumbar::app
