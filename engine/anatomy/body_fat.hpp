// The client's body fat: the thickness of the subcutaneous layer, which the built-in model is made
// with at one value and the user can set thinner or thicker. The skin and the body round the
// anatomy carry per-vertex fat offsets (MeshData::fatOffsets); every other structure stays where
// it is, so the skin moves and the depths under it follow. Pure CPU code.
#pragma once

#include "scene/model.hpp"

namespace lumbar {

/// The subcutaneous layer beside the spine (over the erector spinae) in the built-in model: 15 mm.
/// On lumbar MRI it measures from a few millimetres to over 4 cm between adults: Berikol et al. (Eur Radiol
/// 2022;32(9):6504-13) measured it at L1-L2 and found low back pain and disc degeneration more common above
/// about 8.5 mm in women and 9.4 mm in men; Poot-Franco et al. (Tomography 2024;10(2):277-85) measured it at
/// every lumbar level in 174 adults with low back pain.
inline constexpr double kModelFatThicknessM = 0.015;
/// The range the control offers: lean to high body fat.
inline constexpr double kLeanFatThicknessM = 0.005;
inline constexpr double kHighFatThicknessM = 0.045;

/// Whether any mesh of `model` carries fat offsets (the built-in anatomy does; other files not).
bool hasFatOffsets(const Model& model);

/// `base`'s positions with the subcutaneous layer `thicknessM` thick instead of
/// kModelFatThicknessM: each vertex moves by its fat offset times (thickness / model's - 1), so the
/// layer's thickness scales everywhere by the same factor and its deep side stays. A mesh without
/// fat offsets keeps its positions. `thicknessM` is clamped to the control's range.
std::vector<glm::vec3> positionsWithFat(const MeshData& base, double thicknessM);
/// The same for positions `base` with their `fatOffsets` (as many, or none: `base` unchanged).
std::vector<glm::vec3> positionsWithFat(
    const std::vector<glm::vec3>& base, const std::vector<glm::vec3>& fatOffsets, double thicknessM);

/// `thicknessM` in words for the control: "thin" below 1 cm, "medium" to 2.5 cm, "thick" to
/// 3.5 cm, "very thick" beyond (a convention for the label, not a clinical class).
const char* bodyFatWords(double thicknessM);

} // namespace lumbar
