// The depth table's rows, the reach at the step's target and its words.
#include "session/depth_table.hpp"

#include "session/viewer.hpp"
#include "technique/pressure.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace lumbar::app {

std::vector<technique::DepthBoundary> depthUnderTool(const Model& model, const technique::FrameState& state)
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

std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state)
{
    const std::vector<technique::DepthBoundary> profile = depthUnderTool(model, state);
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

std::optional<TargetReach> reachAtTarget(
    const Model& model, const technique::FrameState& state, const std::function<bool(std::size_t)>& isTarget)
{
    // A step's first target is often the skin it travels on: the surface under the tool is not
    // where the pressure reaches, so targets entered within 2 mm of it are passed over.
    constexpr double kSurfaceM = 0.002;
    for (const technique::DepthBoundary& boundary : depthUnderTool(model, state))
        if (boundary.entering && boundary.depthM >= kSurfaceM && isTarget(boundary.mesh))
            return TargetReach{boundary.mesh, boundary.depthM, boundary.stressKPa,
                technique::pressureKPa(state.forceN, state.contactAreaCm2)};
    return std::nullopt;
}

std::optional<TargetReach> reachAtTarget(const Viewer& viewer, const technique::FrameState& state)
{
    if (!state.step || state.step->targets.empty())
        return std::nullopt;
    const AnatomyView& anatomy = viewer.anatomy();
    const std::vector<std::string>& targets = state.step->targets;
    return reachAtTarget(viewer.model(), state, [&](std::size_t mesh) {
        const StructureInfo* structure = anatomy.structureOf(mesh);
        return structure && std::find(targets.begin(), targets.end(), structure->id) != targets.end();
    });
}

namespace {

/// A share of the surface pressure in words a patient reads at a glance.
const char* shareInWords(double share)
{
    if (share > 0.85)
        return "nearly all";
    if (share > 0.6)
        return "about two thirds";
    if (share > 0.42)
        return "about half";
    if (share > 0.28)
        return "about a third";
    if (share > 0.18)
        return "about a quarter";
    if (share > 0.07)
        return "about a tenth";
    return "only a small part";
}

} // namespace

std::string describeReach(const TargetReach& reach, const std::string& name, technique::Audience audience)
{
    char words[256];
    if (audience == technique::Audience::Patient) {
        const double share
            = reach.surfacePressureKPa > 0.0 ? reach.stressKPa / reach.surfacePressureKPa : 0.0;
        std::snprintf(words, sizeof words,
            "It reaches the %s, about %g cm in, with %s of what you feel on the skin.", name.c_str(),
            std::max(0.5, std::round(reach.depthM * 200.0) / 2.0), shareInWords(share));
        return words;
    }
    std::snprintf(words, sizeof words, "Stress at %s, %.1f cm deep: about %.0f kPa (estimate)", name.c_str(),
        reach.depthM * 100.0, reach.stressKPa);
    return words;
}

std::string reachLine(const Viewer& viewer, const technique::FrameState& state, technique::Audience audience)
{
    const std::optional<TargetReach> reach = reachAtTarget(viewer, state);
    if (!reach)
        return {};
    const StructureInfo* structure = viewer.anatomy().structureOf(reach->mesh);
    std::string name = structure->name;
    if (audience == technique::Audience::Patient) {
        const LayerInfo* layer = viewer.knowledgeBase().findLayer(structure->layer);
        if (layer && !layer->name.empty()) {
            name = layer->name;
            name[0] = char(std::tolower(static_cast<unsigned char>(name[0])));
        }
    }
    return describeReach(*reach, name, audience);
}

technique::ComparedStep comparedStep(
    const technique::FrameState& state, const std::optional<TargetReach>& reach)
{
    technique::ComparedStep step;
    step.forceN = state.forceN;
    step.surfacePressureKPa = technique::pressureKPa(state.forceN, state.contactAreaCm2);
    if (reach) {
        step.targetDepthM = reach->depthM;
        step.targetStressKPa = reach->stressKPa;
    }
    return step;
}

} // namespace lumbar::app
