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
    // Renders of llvmpipe on the same Mesa are deterministic; the tolerance leaves room for the
    // antialiasing of silhouettes to shift by a sample between driver builds.
    const lumbar::CompareTolerance tolerance{6, 0.002};
    const auto outcome = lumbar::test::checkGolden(
        argv[1], argv[2], argv[3], tolerance, update && std::strcmp(update, "1") == 0);
    (outcome.passed ? std::cout : std::cerr) << outcome.message << "\n";
    return outcome.passed ? 0 : 1;
}
