// The golden-image metric catches real change and tolerates rasteriser noise.
#include "core/error.hpp"
#include "image/image_compare.hpp"
#include "image/png_io.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

Image gradient(int width, int height)
{
    Image image(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.pixel(x, y);
            p[0] = std::uint8_t(x * 255 / width);
            p[1] = std::uint8_t(y * 255 / height);
            p[2] = 128;
            p[3] = 255;
        }
    return image;
}

TEST(ImageCompare, IdenticalImagesMatch)
{
    const Image image = gradient(300, 300);
    const CompareResult result = compareImages(image, image, {});
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.failingPixels, 0);
    EXPECT_EQ(result.maxChannelDifference, 0);
}

TEST(ImageCompare, SmallNoiseEverywhereMatches)
{
    const Image baseline = gradient(300, 300);
    Image actual = baseline;
    for (std::size_t i = 0; i < actual.rgba.size(); i += 4)
        actual.rgba[i] = std::uint8_t(std::min(255, actual.rgba[i] + 5)); // under the 6/255 limit
    EXPECT_TRUE(compareImages(baseline, actual, {}).matches);
}

TEST(ImageCompare, AChangedShapeFails)
{
    const Image baseline = gradient(300, 300);
    Image actual = baseline;
    // A 20x20 patch (0.44% of the image) changed clearly: what a moved or missing part looks like.
    for (int y = 100; y < 120; ++y)
        for (int x = 100; x < 120; ++x)
            actual.pixel(x, y)[1] = std::uint8_t(actual.pixel(x, y)[1] ^ 0x80);
    const CompareResult result = compareImages(baseline, actual, {});
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.failingPixels, 400);
    EXPECT_EQ(result.maxChannelDifference, 128);
    // The diff marks exactly the changed pixels in red.
    EXPECT_EQ(result.diff.pixel(110, 110)[0], 255);
    EXPECT_EQ(result.diff.pixel(110, 110)[1], 0);
    EXPECT_NE(result.diff.pixel(10, 10)[1], 0);
}

TEST(ImageCompare, AGlobalColourShiftFails)
{
    const Image baseline = gradient(64, 64);
    Image actual = baseline;
    for (std::size_t i = 2; i < actual.rgba.size(); i += 4)
        actual.rgba[i] = 160; // blue 128 -> 160 everywhere: a lighting change
    EXPECT_FALSE(compareImages(baseline, actual, {}).matches);
}

TEST(ImageCompare, DifferentSizesFail)
{
    const CompareResult result = compareImages(gradient(10, 10), gradient(10, 11), {});
    EXPECT_FALSE(result.sameSize);
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.summary({}), "the images differ in size");
}

TEST(PngIo, RoundTripIsExact)
{
    test::TempDir dir;
    const Image image = gradient(33, 17);
    writePng(dir.path() / "sub" / "image.png", image);
    const Image back = readPng(dir.path() / "sub" / "image.png");
    EXPECT_EQ(back.width, 33);
    EXPECT_EQ(back.height, 17);
    EXPECT_EQ(back.rgba, image.rgba);
}

TEST(PngIo, UnreadableFileNamesThePath)
{
    test::TempDir dir;
    const auto path = dir.write("not.png", "hello");
    try {
        readPng(path);
        FAIL() << "expected an ImageError";
    } catch (const ImageError& error) {
        EXPECT_EQ(std::string(error.what()).rfind("cannot read image '" + path.string() + "': ", 0), 0u);
    }
}

} // namespace
} // namespace lumbar
