// Camera-facing marker dots.
#include "session/marker_dots.hpp"

#include "shapes/primitives.hpp"

namespace lumbar::app {

MarkerDots::MarkerDots()
    : m_disc(std::make_unique<GpuMesh>(makeDisc(glm::vec3(0.0f), glm::vec3(0, 1, 0), 1.0f)))
{
}

void MarkerDots::add(SceneExtras& extras, const glm::vec3& position, const glm::vec3& eye, float radiusM,
    const glm::vec4& colour) const
{
    constexpr float kRing = 1.55f;
    constexpr float kLiftM = 0.002f;
    const glm::vec3 y = glm::normalize(eye - position);
    const glm::vec3 x = anyPerpendicular(y);
    const glm::vec3 z = glm::cross(x, y);
    for (const auto& [radius, fill, lift] :
        {std::tuple{radiusM * kRing, glm::vec4(1.0f), kLiftM}, std::tuple{radiusM, colour, kLiftM * 1.25f}}) {
        DrawItem item;
        item.mesh = m_disc.get();
        item.model = glm::mat4(glm::vec4(x * radius, 0.0f), glm::vec4(y * radius, 0.0f),
            glm::vec4(z * radius, 0.0f), glm::vec4(position + y * lift, 1.0f));
        item.color = fill;
        item.overlay = true;
        extras.items.push_back(item);
    }
}

} // namespace lumbar::app
