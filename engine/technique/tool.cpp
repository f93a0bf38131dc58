// Tool defaults and poses.
#include "technique/tool.hpp"

#include <cmath>

namespace lumbar::technique {

ToolSpec defaultToolSpec(ToolKind kind)
{
    switch (kind) {
    case ToolKind::Fingertip:
        return {kind, "fingertip pad", 1.3, 1.0, 2.0, 60.0};
    case ToolKind::Thumb:
        return {kind, "thumb pad", 1.3, 1.0, 2.0, 45.0};
    case ToolKind::Knuckles:
        return {kind, "knuckle row", 2.0, 1.0, 3.0, 60.0};
    case ToolKind::Elbow:
        return {kind, "olecranon", 3.5, 2.0, 5.0, 80.0};
    case ToolKind::Forearm:
        return {kind, "forearm ulnar border", 25.0, 15.0, 40.0, 10.0};
    case ToolKind::Palm:
        return {kind, "palm", 80.0, 60.0, 100.0, 5.0};
    }
    return {};
}

ToolTable defaultToolTable()
{
    ToolTable table;
    for (const ToolKind kind : allValues<ToolKind>())
        table[static_cast<std::size_t>(kind)] = defaultToolSpec(kind);
    return table;
}

glm::mat3 toolFrame(const glm::vec3& strokeDirection, const glm::vec3& normal, const glm::vec3& fallback)
{
    const glm::vec3 y = glm::length(normal) > 1e-6f ? glm::normalize(normal) : glm::vec3(0, 0, 1);
    glm::vec3 x = strokeDirection - y * glm::dot(strokeDirection, y);
    if (glm::length(x) < 1e-4f)
        x = fallback - y * glm::dot(fallback, y);
    if (glm::length(x) < 1e-4f) { // fallback along the normal too: any perpendicular will do
        const glm::vec3 other = std::abs(y.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
        x = other - y * glm::dot(other, y);
    }
    x = glm::normalize(x);
    return glm::mat3(x, y, glm::cross(x, y));
}

glm::vec3 toolAxis(const glm::mat3& frame, double attackAngleDeg)
{
    const double radians = attackAngleDeg * M_PI / 180.0;
    return glm::normalize(
        frame[0] * static_cast<float>(std::cos(radians)) - frame[1] * static_cast<float>(std::sin(radians)));
}

} // namespace lumbar::technique
