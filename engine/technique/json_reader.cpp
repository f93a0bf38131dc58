// Shared helpers of the JSON reader.
#include "technique/json_reader.hpp"

namespace lumbar::technique {

std::string joined(const std::vector<std::string>& names)
{
    std::string list;
    for (const std::string& name : names)
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

std::string formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return Json(value).dump();
}

} // namespace lumbar::technique
