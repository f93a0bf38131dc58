// The hollow round the anatomy as the cut faces of a box-cut dissection. The client's body is
// solid beyond the modelled region, so what a peeled window shows round and under the deep
// structures must read as tissue cut open: its colours are baked per vertex like the skin and
// fat at the window's edge, so they cost nothing per frame.
#include "cavity_lining.hpp"

#include "structure.hpp"

namespace lumbar {

glm::vec3 cavityOutward(const ClientBody& client, const glm::vec3& p)
{
    // Central differences at the body's grid scale: fine enough for the hollow's large curves.
    constexpr float kStepM = 0.003f;
    const glm::vec3 gradient(
        client.core(p + glm::vec3(kStepM, 0, 0)) - client.core(p - glm::vec3(kStepM, 0, 0)),
        client.core(p + glm::vec3(0, kStepM, 0)) - client.core(p - glm::vec3(0, kStepM, 0)),
        client.core(p + glm::vec3(0, 0, kStepM)) - client.core(p - glm::vec3(0, 0, kStepM)));
    const float length = glm::length(gradient);
    return length < 1e-9f ? glm::vec3(0.0f, 0.0f, -1.0f) : gradient / length;
}

float cavityFloorWeight(const glm::vec3& outward)
{
    // The floor faces the back (+z is posterior, so the tissue beyond it lies towards -z); the
    // flanks and the flat ends of the hollow are its walls.
    return glm::smoothstep(kCavityFloorFromCos, kCavityFloorToCos, -outward.z);
}

glm::vec3 cavityLiningColour(const ClientBody& client, const glm::vec3& p)
{
    return glm::mix(glm::vec3(colours::kMuscleSection), glm::vec3(colours::kVisceralSection),
        cavityFloorWeight(cavityOutward(client, p)));
}

} // namespace lumbar
