// The therapist's tools: contact areas, attack angles and the tool's pose on the surface.
#pragma once

#include "technique/lesson.hpp"

#include <glm/glm.hpp>

#include <array>

namespace lumbar::technique {

/// One tool's shape and contact. Areas are *estimates* of massage teaching (configurable); a pain
/// algometer's probe, for scale, is 1 cm2 (Fischer 1987).
struct ToolSpec {
    ToolKind kind = ToolKind::Palm;
    const char* shape = ""; ///< what the renderer draws: "pad", "knuckle row", "olecranon", ...
    double contactAreaCm2 = 1.0; ///< default area in contact
    double minContactAreaCm2 = 1.0; ///< the published range the default is taken from
    double maxContactAreaCm2 = 1.0;
    double attackAngleDeg = 90.0; ///< between the tool's axis and the surface; 90 is straight in
};

/// Default tool table: fingertip and thumb 1.3 cm2 (pad, range 1-2), knuckles 2 cm2 (1-3), elbow
/// 3.5 cm2 (2-5), forearm 25 cm2 (15-40), palm 80 cm2 (60-100); the default is the middle of the
/// range except the pads, for which the estimate is 1.3 cm2 itself. Attack angles are a convention:
/// fingertip 60, thumb 45, knuckles 60, elbow 80, forearm 10 (lying along the surface), palm 5.
ToolSpec defaultToolSpec(ToolKind kind);

/// One spec per tool kind, indexed by ToolKind.
using ToolTable = std::array<ToolSpec, valueCount<ToolKind>()>;

/// Every tool kind's default spec, indexed by ToolKind; a caller may edit its copy (PrepareOptions::tools).
ToolTable defaultToolTable();

/// The tool's frame at a surface point, as the columns of a matrix: x the stroke direction (in the
/// tangent plane), y the outward surface normal, z = x cross y. When the stroke direction is
/// (nearly) parallel to the normal, `fallback` (e.g. the fibre direction or superior) is used.
glm::mat3 toolFrame(const glm::vec3& strokeDirection, const glm::vec3& normal, const glm::vec3& fallback);

/// The direction the tool pushes into the tissue (unit): into the surface (-y), leaning along the
/// stroke direction (+x) so that it makes `attackAngleDeg` with the surface.
glm::vec3 toolAxis(const glm::mat3& frame, double attackAngleDeg);

} // namespace lumbar::technique
