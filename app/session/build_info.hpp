// Which release and which commit this program was built from (--version, --help).
#pragma once

#include <string>

namespace lumbar::app {

/// The release, e.g. "0.1.0" (project(VERSION) in CMakeLists.txt).
std::string buildVersion();
/// `git describe --always --dirty` of the source tree at build time, e.g. "4f5d2d2c1a2b" or
/// "4f5d2d2c1a2b-dirty"; "unknown" when built outside a git checkout.
std::string buildCommit();

} // namespace lumbar::app
