// View preset names round-trip and unknown names are refused.
#include "render/view_preset.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(ViewPreset, EveryPresetParsesBackFromItsName)
{
    for (ViewPreset preset : allViewPresets())
        EXPECT_EQ(parseViewPreset(viewPresetName(preset)), preset);
    EXPECT_EQ(allViewPresets().size(), 7u);
}

TEST(ViewPreset, UnknownNamesAreRefused)
{
    EXPECT_FALSE(parseViewPreset("Posterior")); // names are lower case, as on the command line
    EXPECT_FALSE(parseViewPreset(""));
    EXPECT_FALSE(parseViewPreset("back"));
}

TEST(ViewPreset, NamesListForMessages)
{
    EXPECT_EQ(viewPresetNames(), "posterior, anterior, left, right, superior, inferior, oblique");
}

} // namespace
} // namespace lumbar
