// PNG writing: what encodePng writes reads back pixel for pixel, as RGB when opaque.
#include "image/png_encode.hpp"
#include "image/png_io.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <zlib.h>

namespace lumbar {
namespace {

/// A picture with what renders have: a vertical gradient, flat areas, sharp edges and noise, so
/// every row filter gets its turn.
Image samplePicture(int width, int height, bool translucent)
{
    Image image(width, height);
    std::mt19937 random(7); // fixed: the same picture every run
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.pixel(x, y);
            const bool noisy = x > width / 2 && y > height / 2;
            p[0] = std::uint8_t(noisy ? random() & 0xff : 40 + y);
            p[1] = std::uint8_t(x < width / 3 ? 200 : 60 + x % 7);
            p[2] = std::uint8_t((x * y) & 0xff);
            p[3] = translucent && x % 5 == 0 ? std::uint8_t(x * 3) : 255;
        }
    return image;
}

/// The colour type byte of a PNG's IHDR: 2 RGB, 6 RGBA.
int colourType(const std::vector<std::uint8_t>& png)
{
    return png.size() > 25 ? png[25] : -1;
}

TEST(PngEncode, OpaqueImagesAreWrittenAsRgbAndReadBackExactly)
{
    const Image image = samplePicture(97, 61, false);
    const std::vector<std::uint8_t> png = encodePng(image);
    EXPECT_EQ(colourType(png), 2);
    test::TempDir dir;
    writePng(dir.path() / "sub" / "opaque.png", image);
    const Image back = readPng(dir.path() / "sub" / "opaque.png");
    EXPECT_EQ(back.width, 97);
    EXPECT_EQ(back.height, 61);
    EXPECT_EQ(back.rgba, image.rgba);
}

TEST(PngEncode, TranslucentImagesKeepTheirAlpha)
{
    const Image image = samplePicture(64, 33, true);
    EXPECT_EQ(colourType(encodePng(image)), 6);
    test::TempDir dir;
    writePng(dir.path() / "translucent.png", image);
    EXPECT_EQ(readPng(dir.path() / "translucent.png").rgba, image.rgba);
}

TEST(PngEncode, ATallImageDeflatedInTwoHalvesIsOneValidZlibStream)
{
    // Tall enough to be encoded in two halves at once; zlib's own inflate checks the joined
    // stream's Adler-32, which stb's reader does not.
    for (const bool translucent : {false, true}) {
        const Image image = samplePicture(150, 201, translucent);
        const std::vector<std::uint8_t> png = encodePng(image);
        // The IDAT chunk follows the signature (8 bytes) and IHDR (25).
        ASSERT_GT(png.size(), 41u);
        ASSERT_EQ(std::string(png.begin() + 37, png.begin() + 41), "IDAT");
        const uLong idatSize = uLong(png[33]) << 24 | uLong(png[34]) << 16 | uLong(png[35]) << 8 | png[36];
        const std::size_t channels = translucent ? 4 : 3;
        std::vector<std::uint8_t> rows((150 * channels + 1) * 201 + 1); // one byte to spare
        uLongf rowsSize = uLongf(rows.size());
        ASSERT_EQ(::uncompress(rows.data(), &rowsSize, png.data() + 41, idatSize), Z_OK);
        EXPECT_EQ(rowsSize, (150 * channels + 1) * 201);
        test::TempDir dir;
        writePng(dir.path() / "tall.png", image);
        EXPECT_EQ(readPng(dir.path() / "tall.png").rgba, image.rgba);
    }
}

TEST(PngEncode, OnePixel)
{
    Image image(1, 1);
    image.rgba = {1, 2, 3, 255};
    test::TempDir dir;
    writePng(dir.path() / "one.png", image);
    EXPECT_EQ(readPng(dir.path() / "one.png").rgba, image.rgba);
}

} // namespace
} // namespace lumbar
