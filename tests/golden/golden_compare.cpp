// golden_compare BASELINE ACTUAL DIFF: exit 0 when ACTUAL matches BASELINE within the golden
// tolerance, 1 otherwise (see golden_check.hpp for missing baselines and rewriting).
#include "golden_check.hpp"

#include <cstdlib>
#include <cstring>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: golden_compare BASELINE.png ACTUAL.png DIFF.png\n";
        return 2;
    }
    const char* update = std::getenv(lumbar::test::kUpdateGoldenVariable);
    // Renders of llvmpipe on the same Mesa are deterministic (every baseline matches to the last
    // bit), so no pixel may move by more than 6/255: a budget of pixels let a pressure-point disc
    // (about 100 pixels at 300 x 300) or a stroke's chevrons (5 to 90) vanish unnoticed. A new
    // Mesa that moves silhouettes by a sample means rendering the baselines again.
    const lumbar::CompareTolerance tolerance{6, 0.0};
    const auto outcome = lumbar::test::checkGolden(
        argv[1], argv[2], argv[3], tolerance, update && std::strcmp(update, "1") == 0);
    (outcome.passed ? std::cout : std::cerr) << outcome.message << "\n";
    return outcome.passed ? 0 : 1;
}
