// Comparing a rendered image with a baseline: the metric of the golden tests.
#pragma once

#include "image/image.hpp"

#include <string>

namespace lumbar {

/// Tolerances of a comparison. A pixel fails when any channel differs by more than
/// `channelTolerance`; the images match when at most `maxFailingFraction` of pixels fail.
/// Defaults follow Filament's renderdiff (5/255 on at most 0.1% of pixels), loosened slightly for
/// the rasteriser's antialiasing along silhouettes.
struct CompareTolerance {
    int channelTolerance = 6;
    double maxFailingFraction = 0.002;
};

struct CompareResult {
    bool sameSize = false;
    long failingPixels = 0;
    double failingFraction = 1.0;
    int maxChannelDifference = 255;
    bool matches = false;
    /// Failing pixels in red over a darkened copy of the baseline; empty when sizes differ.
    Image diff;

    /// One line for logs: "1234 of 90000 pixels (1.37%) differ by more than 6/255; max 87".
    std::string summary(const CompareTolerance& tolerance) const;
};

CompareResult compareImages(const Image& baseline, const Image& actual, const CompareTolerance& tolerance);

} // namespace lumbar
