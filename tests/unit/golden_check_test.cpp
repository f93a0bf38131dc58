// The golden harness itself: missing baselines fail and get written, changes fail with a diff.
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

TEST(GoldenCheck, MissingBaselineIsWrittenAndFails)
{
    TempDir dir;
    writePng(dir.path() / "actual.png", solid(8, 100));
    const GoldenOutcome outcome = checkGolden(
        dir.path() / "golden" / "scene.png", dir.path() / "actual.png", dir.path() / "diff.png", {}, false);
    EXPECT_FALSE(outcome.passed);
    EXPECT_NE(outcome.message.find("no baseline existed"), std::string::npos) << outcome.message;
    EXPECT_EQ(readPng(dir.path() / "golden" / "scene.png").rgba, solid(8, 100).rgba);
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
