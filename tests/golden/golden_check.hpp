// The golden-test decision: compare a render with its baseline, or create / rewrite the baseline.
#pragma once

#include "image/image_compare.hpp"

#include <filesystem>
#include <string>

namespace lumbar::test {

/// Name of the environment variable that rewrites baselines on purpose when set to 1.
inline constexpr const char* kUpdateGoldenVariable = "LUMBARLAB_UPDATE_GOLDEN";

struct GoldenOutcome {
    bool passed = false;
    std::string message;
};

/// Compares `actual` with `baseline`. A missing baseline fails, naming the render to review; the
/// source tree is written only with `update`, which rewrites the baseline and passes.
/// On a mismatch the diff image is written to `diffPath`.
GoldenOutcome checkGolden(const std::filesystem::path& baseline, const std::filesystem::path& actual,
    const std::filesystem::path& diffPath, const CompareTolerance& tolerance, bool update);

} // namespace lumbar::test
