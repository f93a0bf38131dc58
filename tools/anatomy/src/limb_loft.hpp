// A limb lying along the table as a loft of elliptical cross-sections: each section is given at
// a height along the body by where it lies, how broad and how deep it is, and how much narrower
// its upper (posterior) side is than its lower one, and the sections in between are interpolated.
// Girths set a section's size (the perimeter of its ellipse), so a limb meets the surveyed girths
// where they were measured and tapers between them as a limb does rather than as a cone.
#pragma once

#include <glm/glm.hpp>

#include <span>

namespace lumbar {

/// One cross-section of a limb lying along the table (+Y superior, +Z posterior, up from it).
struct LimbSection {
    float y = 0.0f; ///< height along the body (m)
    float x = 0.0f; ///< the section's middle across the body (m)
    float frontZ = 0.0f; ///< its lowest point, towards the table (m)
    float halfWidth = 0.0f; ///< across the body (m)
    float halfDepth = 0.0f; ///< from the table up (m)
    /// How much narrower the section is at its top than at its middle (its bottom is as much
    /// wider): positive for an egg whose narrow end is up (the ankle, the Achilles tendon
    /// behind it), negative for one whose narrow end is on the table (the shin under the calf).
    float egg = 0.0f;
};

/// A section of the given girth (cm, as a tape measures it), width over depth and egg, its front
/// at `frontZ`.
LimbSection sectionOfGirth(
    float y, float x, float frontZ, float girthCm, float widthOverDepth, float egg = 0.0f);

/// Perimeter of an ellipse with the given half-axes (Ramanujan's second approximation).
float ellipsePerimeter(float halfWidth, float halfDepth);

/// Approximate signed distance to the loft through `sections` (ordered from the limb's root to
/// its end, y decreasing), Catmull-Rom interpolated, cut off flat at the first and last sections.
float limbLoft(std::span<const LimbSection> sections, const glm::vec3& p);

} // namespace lumbar
