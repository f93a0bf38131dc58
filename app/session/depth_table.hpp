// The table `--depth` prints: the surfaces crossed along the tool's axis at a moment of a lesson,
// their depth under the skin and the estimated vertical stress there.
#pragma once

#include "scene/model.hpp"
#include "technique/prepared_lesson.hpp"

#include <optional>
#include <string>

namespace lumbar::app {

/// How deep the table looks (the lumbar anatomy lies within 15 cm of the skin).
inline constexpr double kDepthTableMaxM = 0.15;

/// The table for `state` on `model` (the table the client lies on left out): a header line
/// "depth_mm  stress_kPa  structure", then one row per surface crossed, nearest first, numbers
/// first and the mesh's id last. nullopt when no tool presses on the body at that moment.
std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state);

} // namespace lumbar::app
