// Sanity checks on geometry from outside: what a renderer cannot draw meaningfully.
#pragma once

#include "scene/model.hpp"

namespace lumbar {

/// Largest model extent accepted, in model units; a bigger model is almost certainly corrupt or in
/// the wrong units (a lumbar region is about 0.5 m; even millimetre files stay far below this).
inline constexpr float kMaxModelExtent = 1.0e5f;
/// Smallest extent accepted: below this nothing would be visible after framing.
inline constexpr float kMinModelExtent = 1.0e-6f;
/// Most triangles accepted in one model; beyond this software rendering is hopeless.
inline constexpr std::size_t kMaxModelTriangles = 20'000'000;

/// Throws ImportError naming `sourceName` when the model has no triangles, an index out of range,
/// a non-finite position, or an absurd size.
void checkModel(const Model& model, const std::string& sourceName);

} // namespace lumbar
