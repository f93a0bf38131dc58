// Where the therapist stands and how far they lean: the standing figure of models/therapist.glb
// placed beside the table so that its shoulders are an upper arm's length from the elbows of the
// hand pose of the moment (models/hands.glb), the upper arms drawn between the two. Body mechanics
// as taught (*convention* of massage teaching): a lunge beside the table, the weight leaning in over
// the hands.
#pragma once

#include "technique/lesson_vocabulary.hpp"
#include "technique/prepared_lesson.hpp"

#include <glm/glm.hpp>

#include <span>
#include <vector>

namespace lumbar::technique {

/// The figure's frame: the origin midway between the hip joints, +Y up, -Z the way it faces, +X
/// its right. Its hip joints stand this high above the floor in the lunge; the generator's tests
/// hold models/therapist.glb to these figures.
inline constexpr float kFigurePivotHeightM = 0.85f;

/// The figure's shoulder joint (right: the working arm's) in its frame.
glm::vec3 figureShoulder(bool right);

/// From the elbow joint to the shoulder joint: the acromion-radiale length, ANSUR II male mean
/// (Gordon et al. 2014), as the generator builds the arms.
inline constexpr float kUpperArmLengthM = 0.3352f;

/// Where one arm of a hand pose has its elbow and shoulder joints.
struct PoseArm {
    glm::vec3 elbow{0.0f}, shoulder{0.0f};
};

/// Each hand pose's arms in its tool frame, as models/hands.glb is generated: the working (right)
/// arm, then the supporting (left) arm where the pose uses both hands.
std::vector<PoseArm> poseArms(ToolKind tool);

/// The table in the model's frame: +Z up from the floor, the table's length along Y, centred on
/// X = 0.
struct TableSpace {
    float halfWidthM = 0.0f;
    float floorZ = 0.0f;
};

/// How far the figure's hip joints keep from the table's long edge, standing side-on to it
/// (*estimate*: half the distance between the hip joints and the thigh's radius).
inline constexpr float kHipClearanceM = 0.20f;
/// The most the figure bends forward at the hips (*convention*).
inline constexpr float kMaxLeanDeg = 70.0f;
/// The most the upper body turns from the legs to face the hands (*convention*).
inline constexpr float kMaxTwistDeg = 75.0f;
/// The most it bends to the side, to bring both shoulders to a two-handed pose (*convention*).
inline constexpr float kMaxSideBendDeg = 25.0f;

/// How the figure stands: `legs` takes the figure's frame to the model for the legs and shoes,
/// `upper` for what leans (hips, tunic, head, the other arm).
struct Stance {
    glm::mat4 legs{1.0f};
    glm::mat4 upper{1.0f};
    float side = 1.0f; ///< +1: beside the client's right (+X); -1: the left
    float leanDeg = 0.0f; ///< forward bend at the hips
    /// Per arm of the pose (model space): the figure's shoulder joint, where the upper arm from
    /// the pose's elbow ends.
    std::vector<glm::vec3> shoulders;
    float armErrorM = 0.0f; ///< the most any upper arm's length is off kUpperArmLengthM
};

/// The side of the table a point at `x` is on: +1 the client's right, -1 the left (the midline
/// counts as the left, where the oblique view stands too).
float tableSideOf(float x);

/// The side of the table the therapist works the step of `state` from, the same all through the
/// step so that the figure does not jump across between its holds or along a curving stroke: the
/// side of its first pressure point; else, for a stroke running more across the body than along
/// it, the side it starts from (the arm trails the stroke, pushed away from the therapist), and
/// for one along the body, the side its path lies on (the mean of its points); else the left.
/// Holds on the far side are reached across the table.
float workingSide(const FrameState& state);

/// The stance that puts the figure's shoulders an upper arm's length from the elbows of `arms`
/// (model space, working arm first; one or two), as near the pose's own shoulders as it can,
/// standing on the floor beside the table, side-on to it in a lunge facing along it towards the
/// hands, its hips kHipClearanceM off the edge, its upper body turned to the hands and leaning
/// within 0..kMaxLeanDeg, on `side` (+1 the client's right, -1 the left: workingSide).
Stance standFor(std::span<const PoseArm> arms, const glm::vec3& contact, const TableSpace& table, float side);

} // namespace lumbar::technique
