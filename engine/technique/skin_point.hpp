// Points on the client's outer surface: the skin over the window and the body round it. Referral
// zones and palpation targets are found there by carrying a point out from the anatomy.
#pragma once

#include "scene/model.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct StructureInfo;
}

namespace lumbar::technique {

class AnatomySurface;

/// True for the meshes of the outer surface: the skin (the knowledge base's kind "skin") and the
/// body round the anatomy (the mesh named "body").
bool isBodySurface(const std::string& meshName, const StructureInfo* structure);

/// The model's outer-surface meshes (isBodySurface), in model order.
std::vector<const MeshData*> bodySurfaceMeshes(const AnatomySurface& surface);

/// Where the line through `point` along unit `direction` meets the first outer surface facing that
/// way (the skin's outside, never its inside or the far side of an arm beyond it): the point of
/// the line level with the nearest vertex of `skin` within 1.5 cm of the line (3 cm when none is
/// that close) and at most 3 cm short of `point`. Kept on the line so that a mesh's spacing does
/// not pull it aside (left and right mirror). nullopt when the line meets no such surface.
std::optional<glm::vec3> carryToSkin(
    const std::vector<const MeshData*>& skin, const glm::vec3& point, const glm::vec3& direction);

/// The point of the outer surface nearest to `point`; nullopt for a model without one.
std::optional<glm::vec3> nearestOnSkin(const AnatomySurface& surface, const glm::vec3& point);

/// The distance from `a` to `b` over the outer surface, near enough for a few centimetres: the
/// straight line between them in 16 pieces, each end moved to the nearest outer-surface point.
float distanceAlongSkin(const AnatomySurface& surface, const glm::vec3& a, const glm::vec3& b);

} // namespace lumbar::technique
