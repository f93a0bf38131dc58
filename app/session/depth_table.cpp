// The depth table's rows.
#include "session/depth_table.hpp"

#include "technique/depth_profile.hpp"

#include <cstdio>

namespace lumbar::app {

std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state)
{
    if (!state.valid || !state.toolInContact || state.forceN <= 0.0 || state.contactAreaCm2 <= 0.0)
        return std::nullopt;
    // From well above the skin, straight in under the contact (against the surface's normal):
    // the vertical stress of the half-space estimate acts along it.
    constexpr float kAboveSkinM = 0.25f;
    const glm::vec3 axis = -glm::normalize(state.toolOrientation[1]);
    const Ray ray{state.toolPosition - axis * kAboveSkinM, axis};
    const std::vector<technique::DepthBoundary> profile
        = technique::depthProfile(model, ray, state.forceN, state.contactAreaCm2, kDepthTableMaxM,
            [&](std::size_t mesh) { return model.meshes[mesh].name != "table"; });
    if (profile.empty())
        return std::nullopt;
    std::string table = "depth_mm  stress_kPa  structure\n";
    for (const technique::DepthBoundary& boundary : profile) {
        char numbers[64];
        std::snprintf(
            numbers, sizeof numbers, "%8.1f  %10.1f  ", boundary.depthM * 1000.0, boundary.stressKPa);
        table += numbers + model.meshes[boundary.mesh].name + "\n";
    }
    return table;
}

} // namespace lumbar::app
