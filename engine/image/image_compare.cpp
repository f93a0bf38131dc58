// Per-channel threshold comparison with a failing-pixel budget.
#include "image/image_compare.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace lumbar {

CompareResult compareImages(const Image& baseline, const Image& actual, const CompareTolerance& tolerance)
{
    CompareResult result;
    result.sameSize = baseline.width == actual.width && baseline.height == actual.height && baseline.width > 0
        && baseline.height > 0;
    if (!result.sameSize)
        return result;

    result.diff = Image(baseline.width, baseline.height);
    result.maxChannelDifference = 0;
    for (int y = 0; y < baseline.height; ++y) {
        for (int x = 0; x < baseline.width; ++x) {
            const std::uint8_t* a = baseline.pixel(x, y);
            const std::uint8_t* b = actual.pixel(x, y);
            int worst = 0;
            for (int c = 0; c < 4; ++c)
                worst = std::max(worst, std::abs(int(a[c]) - int(b[c])));
            result.maxChannelDifference = std::max(result.maxChannelDifference, worst);
            std::uint8_t* d = result.diff.pixel(x, y);
            if (worst > tolerance.channelTolerance) {
                ++result.failingPixels;
                d[0] = 255;
                d[1] = 0;
                d[2] = 0;
            } else {
                d[0] = d[1] = d[2] = std::uint8_t((a[0] + a[1] + a[2]) / 12);
            }
            d[3] = 255;
        }
    }
    const double total = double(baseline.width) * double(baseline.height);
    result.failingFraction = double(result.failingPixels) / total;
    result.matches = result.failingFraction <= tolerance.maxFailingFraction;
    return result;
}

std::string CompareResult::summary(const CompareTolerance& tolerance) const
{
    if (!sameSize)
        return "the images differ in size";
    char text[160];
    std::snprintf(text, sizeof text,
        "%ld pixels (%.3f%%) differ by more than %d/255 (allowed %.3f%%); largest difference %d",
        failingPixels, failingFraction * 100.0, tolerance.channelTolerance,
        tolerance.maxFailingFraction * 100.0, maxChannelDifference);
    return text;
}

} // namespace lumbar
