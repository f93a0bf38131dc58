// The table `--depth` prints: the surfaces crossed along the tool's axis at a moment of a lesson,
// their depth under the skin and the estimated vertical stress there.
#pragma once

#include "scene/model.hpp"
#include "technique/prepared_lesson.hpp"

#include <functional>
#include <optional>
#include <string>

namespace lumbar::app {

class Viewer;

/// How deep the table looks (the lumbar anatomy lies within 15 cm of the skin).
inline constexpr double kDepthTableMaxM = 0.15;

/// The table for `state` on `model` (the table the client lies on left out): a header line
/// "depth_mm  stress_kPa  structure", then one row per surface crossed, nearest first, numbers
/// first and the mesh's id last. nullopt when no tool presses on the body at that moment.
std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state);

/// Where the pressure of `state` meets the step's first target that lies under the tool, in words
/// for the gauge: "at Longissimus thoracis (left), 3.1 cm deep: about 24 kPa"; empty when no tool
/// presses or no target lies under it. `nameOf` gives a mesh's display name, `isTarget` whether a
/// mesh is one of the step's targets.
std::string reachAtTarget(const Model& model, const technique::FrameState& state,
    const std::function<bool(std::size_t)>& isTarget, const std::function<std::string(std::size_t)>& nameOf);
/// The same on the viewer's model, for the targets of the step `state` is in, by their names in
/// the knowledge base.
std::string reachAtTarget(const Viewer& viewer, const technique::FrameState& state);

} // namespace lumbar::app
