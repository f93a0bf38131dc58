// Fitting a hand pose to the body it works on: the pose is turned about its contact (pitched
// about its z axis, rolled about its x axis) so that its underside clears the surface around the
// contact (a straight forearm laid in the hollow of the lower back would otherwise sink into the
// buttock, fingers spread over the flank into the flank). Pure: no GL, no model access.
#pragma once

#include "scene/model.hpp"

#include <vector>

namespace lumbar::app {

/// The underside of a pose in its own frame (see session/hand_models): the lowest point of the
/// mesh in each 3 cm column over the skin plane, outside the contact patch and the 3 cm around it
/// where the tissue dents under the hand, and low enough to meet the body when the pose turns.
struct Underside {
    std::vector<glm::vec3> points;
    float contactReachM = 0.0f; ///< how far from the origin the contact patch reaches
};

/// The contact patch is the surface within 4 mm of the skin plane (as the generator measures it).
Underside undersideOf(const MeshData& pose);

/// The shape of a pose's contact patch on the skin plane: its long axis (unit, in the pose's x and
/// z) and how much longer than wide it is (the ratio of its spreads along and across that axis,
/// 1 for a round patch, at most 6).
struct ContactShape {
    glm::vec2 axis{1.0f, 0.0f};
    float elongation = 1.0f;
};

/// The patch is the surface within 4 mm of the skin plane, as for Underside.
ContactShape contactShapeOf(const MeshData& pose);

/// Area (cm2) of the pose's contact patch: its underside within 4 mm of the skin plane, each
/// triangle facing the skin clipped to that slab and projected onto the plane (as the generator
/// measures it against the taught contact areas, *estimates*: pad 1-2 cm2, a knuckle 1-3, the
/// olecranon 2-5, the forearm's ulnar border 15-40, the palm 60-100).
double contactPatchAreaCm2(const MeshData& pose);

/// The surface's height above the contact's tangent plane on a grid over it, in the pose's x and
/// z: heights[ix + columns * iz] at (firstX + ix * stepM, firstZ + iz * stepM); NaN where no
/// surface lies under a point.
struct SurfaceGrid {
    float firstX = -0.44f, firstZ = -0.16f, stepM = 0.04f;
    int columns = 17, rows = 9;
    std::vector<float> heights;

    glm::vec2 pointAt(int ix, int iz) const
    {
        return {firstX + float(ix) * stepM, firstZ + float(iz) * stepM};
    }
    /// The highest of the grid's four points around (x, z) (clamped at its edges); NaN next to a
    /// point without surface.
    float heightAt(float x, float z) const;
};

/// The largest pitch and roll tried either way (radians).
inline constexpr float kMaxHandPitchRad = 0.7f; // 40 degrees
inline constexpr float kMaxHandRollRad = 0.35f; // 20 degrees

/// The turn of a pose about its contact: positive pitch lifts the part behind it (-x), positive
/// roll the part on its -z side.
struct HandTurn {
    float pitchRad = 0.0f;
    float rollRad = 0.0f;
};

/// The rotation of `turn` in the pose's frame.
glm::mat3 turnMatrix(const HandTurn& turn);

/// How far the underside sinks below the surface after `turn`; 0 when it clears it everywhere.
float sinkDepth(const Underside& underside, const SurfaceGrid& surface, const HandTurn& turn);

/// The turn within the limits that sinks the pose least (the smallest such, in steps of two
/// degrees); no turn when the pose as it is sinks no more than 2 mm.
HandTurn fitTurn(const Underside& underside, const SurfaceGrid& surface);

} // namespace lumbar::app
