// The colours the section view gives the cut faces of the client's body and of the skin over the
// window: the generator bakes the same tissues into the model's vertex colours (its colours::
// namespace, authored in sRGB), so these are those colours in linear RGB, and the anatomy
// generator's tests hold the two together.
#pragma once

#include <glm/glm.hpp>

namespace lumbar {

/// Where a plane cuts the skin over the window, the cut shows mostly subcutaneous fat: the
/// generator's colours::kFat.
inline constexpr glm::vec3 kFatSectionColor{0.89f, 0.68f, 0.24f};
/// Where a plane cuts the client's body round the window, it passes through the trunk's interior
/// in front of the dissection's floor (or the solid limbs and head of the stand-in figure): drawn
/// as the floor is, the generator's colours::kVisceralSection, so the cut and the floor read as one
/// slice through the abdomen.
inline constexpr glm::vec3 kBodySectionColor{0.237f, 0.071f, 0.061f};

} // namespace lumbar
