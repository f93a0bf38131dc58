// Turns a signed-distance field into a closed triangle mesh.
//
// Marching tetrahedra rather than marching cubes: splitting every grid cube into six
// tetrahedra around its main diagonal has no ambiguous cases, so the zero set of the
// piecewise-linear field is always a closed 2-manifold (the tests rely on that), and it
// needs no 256-entry tables. It makes more triangles than marching cubes; the generator
// decimates afterwards anyway to meet its triangle budget.
#pragma once

#include "mesh.hpp"

#include <glm/glm.hpp>

#include <functional>

namespace lumbar {

struct Box {
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};

    Box expanded(float margin) const { return {min - glm::vec3(margin), max + glm::vec3(margin)}; }
    bool contains(const glm::vec3& p) const
    {
        return p.x >= min.x && p.y >= min.y && p.z >= min.z && p.x <= max.x && p.y <= max.y && p.z <= max.z;
    }
    /// Distance from p to the box (0 inside): a lower bound on the distance to anything inside it.
    float distance(const glm::vec3& p) const
    {
        return glm::length(glm::max(glm::max(min - p, p - max), glm::vec3(0.0f)));
    }
    Box unite(const Box& o) const { return {glm::min(min, o.min), glm::max(max, o.max)}; }
    Box intersect(const Box& o) const { return {glm::max(min, o.min), glm::min(max, o.max)}; }
};

using DistanceField = std::function<float(const glm::vec3&)>;

/// Samples `field` on a regular grid of spacing `cellSizeM` covering `box` (plus a margin whose
/// samples are forced outside, so the result is closed even where the shape touches the box)
/// and returns the triangulated zero set with outward CCW winding.
Mesh polygonise(const DistanceField& field, const Box& box, float cellSizeM);

} // namespace lumbar
