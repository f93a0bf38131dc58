// The middle joint of a two-bone limb (knee, elbow) from its two ends.
#pragma once

#include <glm/glm.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

namespace lumbar {

/// The joint between a bone of length `first` from `root` and one of length `second` to `end`,
/// bent towards `bend` (any direction not along root-end). Throws std::logic_error naming `limb`
/// when the end is out of the limb's reach.
inline glm::vec3 middleJoint(const glm::vec3& root, const glm::vec3& end, float first, float second,
    const glm::vec3& bend, const std::string& limb)
{
    const glm::vec3 along = end - root;
    const float d = glm::length(along);
    if (d >= first + second || d <= std::abs(first - second))
        throw std::logic_error(limb + ": the end is out of the limb's reach");
    const glm::vec3 axis = along / d;
    const glm::vec3 side = glm::normalize(bend - axis * glm::dot(bend, axis));
    const float a = (first * first - second * second + d * d) / (2.0f * d);
    return root + axis * a + side * std::sqrt(first * first - a * a);
}

} // namespace lumbar
