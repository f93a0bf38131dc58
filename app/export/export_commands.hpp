// The command-line exports, run without a window: --export-handout and --record. The window's
// buttons and keys for the same exports are window/export_controls.
#pragma once

#include "session/command_line.hpp"

#include <filesystem>

namespace lumbar::app {

class Viewer;

/// Writes the handout of `lesson` to options.handoutDir; returns the exit code. Throws lumbar::Error.
int exportHandoutCommand(Viewer& viewer, const std::filesystem::path& lesson, const Options& options);

/// Writes the handout of the saved views in options.viewsPath to options.handoutDir; returns the
/// exit code (the collection's problems, each with its place, and exit 1 when it cannot be read).
/// Throws lumbar::Error when the folder cannot be used.
int exportViewsHandoutCommand(Viewer& viewer, const Options& options);

/// Records `lesson` (or options.step) to options.recordPath with a progress bar on stderr; Ctrl+C
/// stops it, keeping and reporting what was written. Returns the exit code. Throws lumbar::Error.
int recordCommand(Viewer& viewer, const std::filesystem::path& lesson, const Options& options);

} // namespace lumbar::app
