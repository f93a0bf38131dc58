// The depth table's rows and the gauge's line on the step's target.
#include "session/depth_table.hpp"

#include "session/viewer.hpp"
#include "technique/depth_profile.hpp"

#include <algorithm>
#include <cstdio>

namespace lumbar::app {
namespace {

/// The surfaces under the tool of `state`, or none when no tool presses.
std::vector<technique::DepthBoundary> underTheTool(const Model& model, const technique::FrameState& state)
{
    if (!state.valid || !state.toolInContact || state.forceN <= 0.0 || state.contactAreaCm2 <= 0.0)
        return {};
    // From well above the skin, straight in under the contact (against the surface's normal):
    // the vertical stress of the half-space estimate acts along it.
    constexpr float kAboveSkinM = 0.25f;
    const glm::vec3 axis = -glm::normalize(state.toolOrientation[1]);
    const Ray ray{state.toolPosition - axis * kAboveSkinM, axis};
    return technique::depthProfile(model, ray, state.forceN, state.contactAreaCm2, kDepthTableMaxM,
        [&](std::size_t mesh) { return model.meshes[mesh].name != "table"; });
}

} // namespace

std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state)
{
    const std::vector<technique::DepthBoundary> profile = underTheTool(model, state);
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

std::string reachAtTarget(const Model& model, const technique::FrameState& state,
    const std::function<bool(std::size_t)>& isTarget, const std::function<std::string(std::size_t)>& nameOf)
{
    for (const technique::DepthBoundary& boundary : underTheTool(model, state))
        if (boundary.entering && isTarget(boundary.mesh)) {
            char numbers[64];
            std::snprintf(numbers, sizeof numbers, ", %.1f cm deep: about %.0f kPa", boundary.depthM * 100.0,
                boundary.stressKPa);
            return "at " + nameOf(boundary.mesh) + numbers;
        }
    return {};
}

std::string reachAtTarget(const Viewer& viewer, const technique::FrameState& state)
{
    if (!state.step || state.step->targets.empty())
        return {};
    const AnatomyView& anatomy = viewer.anatomy();
    const std::vector<std::string>& targets = state.step->targets;
    return reachAtTarget(
        viewer.model(), state,
        [&](std::size_t mesh) {
            const StructureInfo* structure = anatomy.structureOf(mesh);
            return structure && std::find(targets.begin(), targets.end(), structure->id) != targets.end();
        },
        [&](std::size_t mesh) { return anatomy.structureOf(mesh)->name; });
}

} // namespace lumbar::app
