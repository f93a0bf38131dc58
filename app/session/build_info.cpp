// The build's version and commit, from the header the build writes (cmake/BuildInfoScript.cmake).
// Compiled on its own, outside the unity batches, so a new commit recompiles only this file.
#include "session/build_info.hpp"

#include "lumbarlab_build_info.hpp"

namespace lumbar::app {

std::string buildVersion()
{
    return LUMBARLAB_BUILD_VERSION;
}

std::string buildCommit()
{
    return LUMBARLAB_BUILD_COMMIT;
}

} // namespace lumbar::app
