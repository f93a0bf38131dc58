// Helpers shared by error messages.
#include "core/error.hpp"

namespace lumbar {

std::string quoted(const std::string& text)
{
    return "'" + text + "'";
}

} // namespace lumbar
