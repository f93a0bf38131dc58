// Baseline comparison, creation and rewriting for the golden tier.
#include "golden_check.hpp"

#include "core/error.hpp"
#include "image/png_io.hpp"

namespace lumbar::test {

GoldenOutcome checkGolden(const std::filesystem::path& baseline, const std::filesystem::path& actual,
    const std::filesystem::path& diffPath, const CompareTolerance& tolerance, bool update)
{
    try {
        const Image rendered = readPng(actual);
        if (update) {
            writePng(baseline, rendered);
            return {true, "rewrote baseline " + baseline.string()};
        }
        if (!std::filesystem::exists(baseline))
            return {false,
                "no baseline " + baseline.string() + "; this render is " + actual.string()
                    + ": look at it, and if it is right copy it there (or set " + kUpdateGoldenVariable
                    + "=1) and commit it"};
        const CompareResult result = compareImages(readPng(baseline), rendered, tolerance);
        if (result.matches)
            return {true, "matches " + baseline.string() + ": " + result.summary(tolerance)};
        if (result.sameSize)
            writePng(diffPath, result.diff);
        return {false,
            "differs from " + baseline.string() + ": " + result.summary(tolerance) + "\n  actual: "
                + actual.string() + (result.sameSize ? "\n  diff:   " + diffPath.string() : std::string())
                + "\n  (set " + kUpdateGoldenVariable + "=1 to accept the new render)"};
    } catch (const Error& error) {
        return {false, error.what()};
    }
}

} // namespace lumbar::test
