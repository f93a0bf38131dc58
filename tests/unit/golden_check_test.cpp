// The golden harness itself: missing baselines fail (nothing written beside them), changes fail with a diff.
#include "golden_check.hpp"
#include "image/png_io.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {
namespace {

Image solid(int size, std::uint8_t value)
{
    Image image(size, size);
    for (std::size_t i = 0; i < image.rgba.size(); ++i)
        image.rgba[i] = (i % 4 == 3) ? 255 : value;
    return image;
}

TEST(GoldenCheck, MissingBaselineFailsNamingTheRenderAndWritesNothingInTheSourceTree)
{
    TempDir dir;
    writePng(dir.path() / "actual.png", solid(8, 100));
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "golden" / "scene.png", dir.path() / "actual.png", dir.path() / "diff.png", {}, false);
    EXPECT_FALSE(outcome.passed);
    EXPECT_EQ(outcome.message,
        "no baseline " + (dir.path() / "golden" / "scene.png").string() + "; this render is "
            + (dir.path() / "actual.png").string()
            + ": look at it, and if it is right copy it there (or set LUMBARLAB_UPDATE_GOLDEN=1) and commit "
              "it");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "golden"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "diff.png"));
}

TEST(GoldenCheck, AtTheGoldenBudgetOneMovedPixelFails)
{
    // The golden tier's tolerance: 6/255 per channel, no pixel beyond it.
    TempDir dir;
    Image moved = solid(300, 100);
    writePng(dir.path() / "baseline.png", moved);
    moved.pixel(150, 150)[1] = 107;
    writePng(dir.path() / "actual.png", moved);
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "baseline.png", dir.path() / "actual.png", dir.path() / "diff.png", {6, 0.0}, false);
    EXPECT_FALSE(outcome.passed);
    EXPECT_NE(outcome.message.find("1 pixels (0.001%) differ by more than 6/255"), std::string::npos)
        << outcome.message;
}

TEST(GoldenCheck, ChangedRenderFailsAndWritesTheDiff)
{
    TempDir dir;
    writePng(dir.path() / "baseline.png", solid(8, 100));
    writePng(dir.path() / "actual.png", solid(8, 140));
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "baseline.png", dir.path() / "actual.png", dir.path() / "diff.png", {}, false);
    EXPECT_FALSE(outcome.passed);
    EXPECT_NE(outcome.message.find("64 pixels (100.000%) differ"), std::string::npos) << outcome.message;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "diff.png"));
    // The baseline is left alone.
    EXPECT_EQ(readPng(dir.path() / "baseline.png").rgba, solid(8, 100).rgba);
}

TEST(GoldenCheck, MatchingRenderPasses)
{
    TempDir dir;
    writePng(dir.path() / "baseline.png", solid(8, 100));
    writePng(dir.path() / "actual.png", solid(8, 103));
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "baseline.png", dir.path() / "actual.png", dir.path() / "diff.png", {}, false);
    EXPECT_TRUE(outcome.passed) << outcome.message;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "diff.png"));
}

TEST(GoldenCheck, UpdateRewritesTheBaseline)
{
    TempDir dir;
    writePng(dir.path() / "baseline.png", solid(8, 100));
    writePng(dir.path() / "actual.png", solid(8, 200));
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "baseline.png", dir.path() / "actual.png", dir.path() / "diff.png", {}, true);
    EXPECT_TRUE(outcome.passed);
    EXPECT_EQ(readPng(dir.path() / "baseline.png").rgba, solid(8, 200).rgba);
}

TEST(GoldenCheck, UnreadableRenderFailsWithTheReason)
{
    TempDir dir;
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "baseline.png", dir.path() / "missing.png", dir.path() / "diff.png", {}, false);
    EXPECT_FALSE(outcome.passed);
    EXPECT_NE(outcome.message.find("cannot read image"), std::string::npos) << outcome.message;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "baseline.png"));
}

} // namespace
} // namespace lumbar::test
