// Compare tools: the current step's force at its place, worked with every tool, and how deep
// each one's pressure reaches (the half-space estimate of depth_profile). Pure CPU code.
#pragma once

#include "technique/pressure.hpp"
#include "technique/tool.hpp"

#include <vector>

namespace lumbar::technique {

/// What the comparison is measured against: the step's force and surface pressure, and the depth
/// of its target under the tool with the stress its own tool puts there (the threshold the other
/// tools are held to). targetDepthM <= 0: no target lies under the tool.
struct ComparedStep {
    double forceN = 0.0;
    double surfacePressureKPa = 0.0;
    double targetDepthM = 0.0;
    double targetStressKPa = 0.0;
};

/// One tool, worked at the step's force and at the step's feel (the same surface pressure).
struct ToolComparison {
    ToolKind kind = ToolKind::Palm;
    double contactAreaCm2 = 0.0;
    double contactRadiusM = 0.0;
    /// At the step's force.
    double surfacePressureKPa = 0.0;
    double discomfort = 0.0; ///< expectedDiscomfort of that pressure
    double targetStressKPa = 0.0; ///< on the axis at the target's depth
    /// Where the stress on the axis falls to half the surface pressure (1.305 contact radii):
    /// the depth scale of the tool, whatever the force.
    double halfPressureDepthM = 0.0;
    /// At the step's feel: the force that gives the step's surface pressure with this tool, the
    /// stress it puts at the target, and the depth down to which the stress stays at or above
    /// the step's own stress at its target.
    double sameFeelForceN = 0.0;
    double sameFeelTargetStressKPa = 0.0;
    double sameFeelReachM = 0.0;
};

/// Every tool of `tools`, in ToolKind order, at `step`, with the discomfort of `scale`.
std::vector<ToolComparison> compareTools(
    const ToolTable& tools, const ComparedStep& step, const DiscomfortScale& scale = {});

} // namespace lumbar::technique
