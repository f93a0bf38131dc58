// What lies under the tool at a moment of a lesson: the surfaces crossed along its axis, their
// depth under the skin and the estimated vertical stress there (the table `--depth` prints, the
// gauge's line, the depth bar and the tool comparison).
#pragma once

#include "scene/model.hpp"
#include "technique/depth_profile.hpp"
#include "technique/lesson_vocabulary.hpp"
#include "technique/prepared_lesson.hpp"
#include "technique/tool_comparison.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

class Viewer;

/// How deep the table looks (the lumbar anatomy lies within 15 cm of the skin).
inline constexpr double kDepthTableMaxM = 0.15;

/// The surfaces crossed straight in under the tool of `state` on `model` (the table the client
/// lies on left out), nearest first; empty when no tool presses on the body at that moment.
std::vector<technique::DepthBoundary> depthUnderTool(const Model& model, const technique::FrameState& state);

/// The table for `state`: a header line "depth_mm  stress_kPa  structure", then one row per
/// surface crossed, nearest first, numbers first and the mesh's id last. nullopt when no tool
/// presses on the body at that moment.
std::optional<std::string> depthTable(const Model& model, const technique::FrameState& state);

/// Where the pressure of a moment meets the first of the step's targets that lies under the tool.
struct TargetReach {
    std::size_t mesh = 0;
    double depthM = 0.0;
    double stressKPa = 0.0;
    double surfacePressureKPa = 0.0;
};

/// The reach at the first mesh `isTarget` accepts under the tool, entered 2 mm or more below the
/// surface (the skin a step travels on is not where its pressure reaches); nullopt when no tool
/// presses or no such target lies under it.
std::optional<TargetReach> reachAtTarget(
    const Model& model, const technique::FrameState& state, const std::function<bool(std::size_t)>& isTarget);
/// The same on the viewer's model, for the targets of the step `state` is in, by their names in
/// the knowledge base.
std::optional<TargetReach> reachAtTarget(const Viewer& viewer, const technique::FrameState& state);

/// The gauge's line for `audience`, the target named `name`: in figures for students and
/// instructors ("Stress at Muscle, 1.5 cm deep: about 49 kPa (estimate)"), in plain words for
/// patients, short enough for the gauge ("It reaches the deep muscles, about 1.5 cm in, with about
/// half of what you feel on the skin.").
std::string describeReach(const TargetReach& reach, const std::string& name, technique::Audience audience);

/// describeReach at the step's target on the viewer's model, the target named for `audience`
/// (patients: its layer, "the deep muscles"); empty when no target lies under the tool.
std::string reachLine(const Viewer& viewer, const technique::FrameState& state, technique::Audience audience);

/// The step of `state` as the tool comparison measures it: its force and surface pressure, and
/// the depth and stress of `reach` when there is one.
technique::ComparedStep comparedStep(
    const technique::FrameState& state, const std::optional<TargetReach>& reach);

} // namespace lumbar::app
