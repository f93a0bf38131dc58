// The colours of the hollow in the client's body where the modelled anatomy sits, once the layers
// are peeled: drawn as a box-cut dissection, whose walls are muscle cut across and whose floor is
// the cut through the abdomen deep to the kidneys and psoas, never as the inside of a shell.
#pragma once

#include "client_body.hpp"

#include <glm/glm.hpp>

namespace lumbar {

/// How near the hollow round the anatomy the body's surface takes the lining's colours.
inline constexpr float kCavityLiningM = 0.002f;
/// The lining turns from wall to floor as the hollow's outward direction turns to face forwards:
/// between these cosines with the anterior direction (*choice*: the flanks up to about 45 degrees
/// from the front are walls).
inline constexpr float kCavityFloorFromCos = 0.55f;
inline constexpr float kCavityFloorToCos = 0.80f;

/// The hollow's outward direction at `p` (out of the hollow, into the tissue round it).
glm::vec3 cavityOutward(const ClientBody& client, const glm::vec3& p);

/// 0 on the hollow's walls to 1 on its floor, the front of the hollow facing the back.
float cavityFloorWeight(const glm::vec3& outward);

/// The colour (sRGB) of the hollow's lining at `p`: the muscle section on the walls, the visceral
/// section on the floor, blended where the one turns into the other.
glm::vec3 cavityLiningColour(const ClientBody& client, const glm::vec3& p);

} // namespace lumbar
