// The therapist's hand and arm, one pose per tool, written to models/hands.glb as closed meshes
// named hand.<tool> (hand.fingertip, hand.thumb, hand.knuckles, hand.elbow, hand.forearm,
// hand.palm), each with its nails (hand.<tool>.nails).
//
// Each pose is given in the tool's frame, the frame the app places it in: the origin is the centre
// of the contact patch on the skin, +Y the skin's outward normal, +X the direction of the stroke,
// +Z = X cross Y. Nothing of the pose lies below the skin plane y = 0; the arm rises behind the
// contact (towards -X), where the therapist stands.
#pragma once

#include "contact_patch.hpp"
#include "generator.hpp"

#include <glm/glm.hpp>

#include <array>
#include <string_view>
#include <vector>

namespace lumbar {

/// The tools in the lesson format's order.
inline constexpr std::array<std::string_view, 6> kHandTools{
    "fingertip", "thumb", "knuckles", "elbow", "forearm", "palm"};

/// How far a pose is pressed into the skin when its contact patch is measured (*convention*: the
/// depth at which the skin has wrapped the contact surface under working pressure). The patch is
/// the part of the surface lying within this distance of the skin plane.
inline constexpr float kWorkingIndentationM = 0.004f;

/// Where one arm of a pose has its elbow, shoulder and wrist joints, in the pose's tool frame.
struct PoseArm {
    glm::vec3 elbow, shoulder, wrist;
};
/// A pose's arms: the working arm, then the supporting arm where the pose uses both hands.
using PoseArms = std::vector<PoseArm>;

/// The six poses, in kHandTools' order, as structures named hand.<tool>, then their nails in the
/// same order (hand.<tool>.nails: closed plates on the distal phalanges, drawn with the pose in
/// their own colour). Deterministic; the options' cellScale coarsens the grid as for the anatomy. Where
/// `arms` is given, each pose's arm joints go there, in the same order.
Model buildHands(const BuildOptions& options = {}, std::vector<PoseArms>* arms = nullptr);

} // namespace lumbar
