// The application's entry: one-frame renders and the interactive window.
#pragma once

#include "session/command_line.hpp"

namespace lumbar::app {

/// Runs what `options` ask for and returns the process exit code. Errors are printed to stderr.
int runApplication(const Options& options);

} // namespace lumbar::app
