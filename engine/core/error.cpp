// Helpers shared by error messages.
#include "core/error.hpp"

namespace lumbar {

std::string inQuotes(const std::string& text)
{
    return "'" + text + "'";
}

} // namespace lumbar
