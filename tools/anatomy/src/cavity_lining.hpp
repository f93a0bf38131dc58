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

/// Below the natal cleft's top the hollow's floor rises over a ridge along the midline: the deep
/// side of the fat folded into the cleft, which the ischioanal fat covers until it is peeled. Its
/// upper end looks up and back, at the viewer and into the key light, and drawn as a wall it read
/// as a bright red patch over the cleft; it is floor within this distance of the midline (the
/// ridge reaches |x| = 0.053 m at the hollow's lower end), fading to wall over the next 1.5 cm.
inline constexpr float kCleftRidgeHalfWidthM = 0.055f;
inline constexpr float kCleftRidgeFadeM = 0.015f;

/// Cut muscle shows its fascicles as a grain: paler streaks of the connective tissue between
/// them, along the fibres. The fibres of the back's muscles run along the trunk (y), so the grain
/// varies across x and z only, in cells of this size (*choice*: a few millimetres, as fascicles
/// are, and under the walls' vertex spacing, so neighbouring vertices differ).
inline constexpr float kGrainCellM = 0.006f;
/// How far a streak at its palest goes from the cut muscle towards the connective tissue's colour
/// (*choice*: subtle, about 12/255 in red and 23/255 in green, so the walls stay cut muscle).
inline constexpr float kGrainStrength = 0.30f;

/// The hollow's outward direction at `p` (out of the hollow, into the tissue round it).
glm::vec3 cavityOutward(const ClientBody& client, const glm::vec3& p);

/// 0 on the hollow's walls to 1 on its floor (the front of the hollow facing the back, and the
/// ridge under the natal cleft), at `p` where the hollow's outward direction is `outward`.
float cavityFloorWeight(const glm::vec3& p, const glm::vec3& outward);

/// The grain of the cut muscle on the walls at `p`: 0 (the muscle section) to 1 (the palest
/// streak); constant along the fibres (y), value noise across them.
float cavityWallGrain(const glm::vec3& p);

/// The colour (sRGB) of the hollow's lining at `p`: the muscle section on the walls, with its
/// grain, the visceral section on the floor, blended where the one turns into the other.
glm::vec3 cavityLiningColour(const ClientBody& client, const glm::vec3& p);

} // namespace lumbar
