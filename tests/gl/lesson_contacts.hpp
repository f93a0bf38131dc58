// What the GL tests of the hands and the therapist sample: the moments of every built-in lesson
// when the hand is on the skin, and how deep a point lies inside the scene's meshes.
#pragma once

#include "scene/model.hpp"
#include "scene/ray_pick.hpp"
#include "technique/prepared_lesson.hpp"

#include <functional>
#include <string>

namespace lumbar::app {
class Viewer;
}

namespace lumbar::test {

/// Calls `visit` at the start, middle and end of every stroke and in the middle of every hold of
/// every built-in lesson, played on `viewer`, when the tool is on the skin; `where` names the
/// lesson file, the step and the time. Returns how many moments it visited.
int forEachContactMoment(app::Viewer& viewer,
    const std::function<void(const std::string& where, const technique::FrameState& state)>& visit);

/// The middle of `prepared`'s first stroke: the hand on the skin, drawn opaque.
technique::FrameState middleOfFirstStroke(const technique::PreparedLesson& prepared);

/// How deep `point` lies inside the meshes `which` of `model`: the distance to where a ray from
/// it along `direction` leaves them through a face turned the same way; 0 outside.
float depthInside(const MeshPicker& picker, const Model& model, const std::function<bool(std::size_t)>& which,
    const glm::vec3& point, const glm::vec3& direction);

} // namespace lumbar::test
