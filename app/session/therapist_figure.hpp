// The therapist standing at the table: the figure of models/therapist.glb, placed each frame by
// the stance that reaches the elbows of the hand pose on the skin (technique/therapist_stance),
// with an upper arm drawn from each elbow to the figure's shoulder.
#pragma once

#include "render/gpu_mesh.hpp"
#include "render/renderer.hpp"
#include "scene/model.hpp"
#include "session/hand_tone.hpp"
#include "technique/therapist_stance.hpp"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace lumbar::app {

/// File name of the figure in models/.
inline constexpr const char* kTherapistModelFile = "therapist.glb";

/// The figure's parts, as the meshes therapist.<part> (the legs and shoes stand on the floor; the
/// rest leans with the trunk).
enum class FigurePart { Legs, Shoes, Hips, Tunic, Head, Hair, Arm };
inline constexpr std::size_t kFigurePartCount = 7;

/// "legs", "shoes", "hips", "tunic", "head", "hair", "arm".
const char* figurePartName(FigurePart part);

using FigureMeshes = std::array<MeshData, kFigurePartCount>;

/// The parts out of `model`. Throws ImportError naming the first part it lacks.
FigureMeshes figureMeshesFrom(const Model& model);

/// The parts of models/therapist.glb, read on first use and kept for the process. Throws
/// ImportError naming the file and the folders searched when it is missing.
const FigureMeshes& figureMeshes();

/// The table of `model` (the mesh named "table" of the built-in scene), if it has one.
std::optional<technique::TableSpace> tableSpaceOf(const Model& model);

/// The figure's parts on the GPU. Needs a current GL context.
class TherapistFigure {
public:
    TherapistFigure();

    /// Draw items for the figure in `stance` and the upper arms from the pose's `arms` (model
    /// space) to its shoulders: the skin in `tone`, the other arm only where the pose leaves it
    /// free, everything at opacity `alpha` (faint while the hand is lifted).
    std::vector<DrawItem> items(const technique::Stance& stance, std::span<const technique::PoseArm> arms,
        HandTone tone, float alpha) const;

private:
    std::array<std::unique_ptr<GpuMesh>, kFigurePartCount> m_parts;
    std::array<glm::vec4, kFigurePartCount> m_colors{};
    /// An upper arm kUpperArmLengthM long up +Y from the origin, the elbow's end at the origin.
    std::unique_ptr<GpuMesh> m_upperArm;
};

/// Where the pose's own upper arm is cut away when the figure's is drawn (DrawItem::cuts): a
/// cylinder round it from 3 cm above the elbow to beyond the shoulder, wider than the arm and its
/// deltoid; the forearm and hand, on the elbow's other side, stay. `arm` in model space.
DrawCut upperArmCut(const technique::PoseArm& arm);

/// Without the figure: where the pose's own upper arm fades out, from a third of the way up from
/// the elbow (opaque) to near the shoulder (gone), in a cylinder round it as wide as upperArmCut's.
/// Drawn by a translucent copy of the hand with this fade, the hand itself cut by
/// upperArmFadeCut. `arm` in model space.
DrawFade upperArmFade(const technique::PoseArm& arm);
/// The cut that leaves upperArmFade's part to the fading copy: the same cylinder, run on past the
/// shoulder over its round cap.
DrawCut upperArmFadeCut(const technique::PoseArm& arm);

/// The arms of `tool`'s pose placed by `model` (model space).
std::vector<technique::PoseArm> armsPlacedBy(technique::ToolKind tool, const glm::mat4& model);

/// Without the figure: cuts `hand` (the pose of `tool`, placed) by upperArmFadeCut for each of its
/// pose's arms and returns the copies that fade those upper arms out (front faces only).
std::vector<DrawItem> fadeUpperArms(DrawItem& hand, technique::ToolKind tool);

} // namespace lumbar::app
