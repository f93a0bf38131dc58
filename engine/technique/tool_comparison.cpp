// Every tool at the step's force and at its feel.
#include "technique/tool_comparison.hpp"

#include "technique/depth_profile.hpp"

namespace lumbar::technique {

std::vector<ToolComparison> compareTools(
    const ToolTable& tools, const ComparedStep& step, const DiscomfortScale& scale)
{
    std::vector<ToolComparison> rows;
    rows.reserve(tools.size());
    const bool target = step.targetDepthM > 0.0;
    for (const ToolSpec& spec : tools) {
        ToolComparison row;
        row.kind = spec.kind;
        row.contactAreaCm2 = spec.contactAreaCm2;
        row.contactRadiusM = contactRadiusM(spec.contactAreaCm2);
        row.surfacePressureKPa = pressureKPa(step.forceN, spec.contactAreaCm2);
        row.discomfort = expectedDiscomfort(scale, row.surfacePressureKPa);
        row.halfPressureDepthM
            = axialDepthAtStressM(row.surfacePressureKPa, row.contactRadiusM, 0.5 * row.surfacePressureKPa);
        // N/cm2 * 10 = kPa, so the force for a pressure is kPa * cm2 / 10.
        row.sameFeelForceN = step.surfacePressureKPa * spec.contactAreaCm2 / 10.0;
        if (target) {
            row.targetStressKPa
                = axialStressKPa(row.surfacePressureKPa, row.contactRadiusM, step.targetDepthM);
            row.sameFeelTargetStressKPa
                = axialStressKPa(step.surfacePressureKPa, row.contactRadiusM, step.targetDepthM);
            row.sameFeelReachM
                = axialDepthAtStressM(step.surfacePressureKPa, row.contactRadiusM, step.targetStressKPa);
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace lumbar::technique
