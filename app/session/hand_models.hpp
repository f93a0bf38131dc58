// The therapist's hands and arms, one pose per tool, from models/hands.glb (written by
// lumbarlab-anatomygen next to the anatomy).
#pragma once

#include "scene/model.hpp"
#include "technique/lesson_vocabulary.hpp"
#include "technique/prepared_lesson.hpp"

#include <array>
#include <string>

namespace lumbar::app {

/// File name of the hands in models/.
inline constexpr const char* kHandModelFile = "hands.glb";

/// One pose per tool, indexed by ToolKind, each in its tool's frame: the origin on the skin at the
/// centre of the contact, +Y the skin's outward normal, +X the stroke's direction, +Z = X cross Y;
/// the arm rises behind the contact (-X), towards the therapist.
using HandModels = std::array<MeshData, technique::valueCount<technique::ToolKind>()>;

/// The poses of models/hands.glb, read on first use and kept for the process. Throws ImportError
/// naming the file and the folders searched when it is missing, or the pose it lacks.
const HandModels& handModels();
/// Each pose's nails (hand.<tool>.nails), from the same file, in the poses' frames.
const HandModels& handNailModels();

/// The poses out of `model`: the mesh named hand.<tool> for each tool ("hand.fingertip", ...),
/// or with `suffix` (".nails") the meshes named hand.<tool><suffix>. Throws ImportError naming
/// the first the model lacks.
HandModels handModelsFrom(const Model& model, const std::string& suffix = "");

/// The tool table lessons are prepared with: each tool's default contact area is its pose's
/// contact patch (contactPatchAreaCm2), so the pressure follows from the hand drawn; a lesson's
/// contact_area_cm2 still overrides it. Without models/hands.glb, the default contact areas
/// (technique::defaultToolTable, *estimates* of massage teaching).
technique::ToolTable handToolTable();

/// PrepareOptions with handToolTable().
technique::PrepareOptions lessonPrepareOptions();

} // namespace lumbar::app
