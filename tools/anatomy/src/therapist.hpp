// The therapist standing at the table, written to models/therapist.glb: a figure built with the
// client's own body parts (ClientBody: the same trunk, head, arms and legs from the same surveys),
// standing in a lunge, dressed in a tunic and trousers. Its working arm is not part of it: the
// app joins the figure to the hand pose of the moment (models/hands.glb) at the shoulder.
//
// The figure is in its own frame: the origin midway between the hip joints, +Y up, -Z the way it
// faces, +X its right. Meshes named therapist.<part>; the app moves the lower ones (legs, shoes)
// with the stance and turns the upper ones (tunic, hips, head, hair, arm) about the origin as the
// figure leans over the table.
#pragma once

#include "generator.hpp"

#include <glm/glm.hpp>

#include <array>
#include <string_view>

namespace lumbar {

/// The figure's parts, the legs and shoes first (they stand on the floor), then what leans.
inline constexpr std::array<std::string_view, 7> kTherapistParts{
    "legs", "shoes", "hips", "tunic", "head", "hair", "arm"};

/// Height of the hip joints above the floor in the lunge (*convention*: a light lunge, about 5 cm
/// below the standing hip joint).
inline constexpr float kTherapistPivotHeightM = 0.85f;

/// The figure's shoulder joints (the heads of the humeri) in its frame: where the arms of the hand
/// poses begin. Right: the working arm's.
glm::vec3 therapistShoulder(bool right);

/// The standing figure, one structure per part in kTherapistParts' order.
Model buildTherapist(const BuildOptions& options = {});

} // namespace lumbar
