// The application's entry: one-frame renders and the interactive window.
#pragma once

#include "command_line.hpp"

namespace lumbar::app {

/// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< a file, the driver or a shader failed
inline constexpr int kExitUsage = 2; ///< the command line was wrong

/// Runs what `options` ask for and returns the process exit code. Errors are printed to stderr.
int runApplication(const Options& options);

} // namespace lumbar::app
