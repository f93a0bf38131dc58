// Recognisable 3D models of the therapist's tools: fingertip, thumb, knuckles of a soft fist,
// elbow with forearm, forearm, palm.
#pragma once

#include "scene/model.hpp"

#include <span>
#include <string_view>

namespace lumbar {

enum class ToolShape { Fingertip, Thumb, Knuckles, Elbow, Forearm, Palm };

/// Every tool shape, in the order of the lesson format's tool list.
std::span<const ToolShape> allToolShapes();
std::string_view toolShapeName(ToolShape shape);

/// The tool in its own frame, in metres: the contact patch is centred on the origin, +Y points
/// away from the skin (along the surface normal), +X is the stroke direction, +Z = X x Y. Parts
/// are closed meshes merged into one; nothing lies below y = -1 mm, so placed at a surface point
/// the tool touches the skin without sinking into it. Sizes are those of an average adult hand
/// and arm (estimates).
MeshData makeToolModel(ToolShape shape);

} // namespace lumbar
