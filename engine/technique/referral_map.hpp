// A muscle's referral pattern placed on the body: its trigger points on the muscle and its zones as
// round spots on the skin, ready to draw (render/renderer.hpp, SceneDraw::referralSpots).
#pragma once

#include "anatomy/referral_pattern.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct StructureInfo;
}

namespace lumbar::technique {

class AnatomySurface;

/// The most spots one pattern may place: the mesh shader holds this many (shaders/mesh.frag).
inline constexpr std::size_t kMaxReferralSpots = 12;

/// One spot on the skin: what lies within `radiusM` of `centre` (model space) is in the zone.
struct PlacedSpot {
    glm::vec3 centre{0.0f};
    float radiusM = 0.0f;
};

struct PlacedZone {
    const ReferralZone* zone = nullptr; ///< into the knowledge base the map was placed from
    std::vector<PlacedSpot> spots;
};

struct PlacedTriggerPoint {
    const TriggerPoint* point = nullptr;
    glm::vec3 position{0.0f}; ///< on the muscle's posterior surface
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
};

struct ReferralMap {
    std::vector<PlacedZone> zones;
    std::vector<PlacedTriggerPoint> triggerPoints;
    /// What could not be placed, in words ("the lateral hip: no landmark \"greater_trochanter.left\"").
    std::vector<std::string> problems;

    /// Every zone's spots, in zone order.
    std::vector<PlacedSpot> spots() const;
};

/// Places `structure`'s pattern on the model behind `surface`. A spot's landmark (with the
/// structure's side for the paired ones) moved by its offset is carried onto the skin along its
/// approach (carryToSkin, technique/skin_point.hpp). Zones are drawn on the outer surface
/// (isBodySurface).
ReferralMap placeReferral(const StructureInfo& structure, const AnatomySurface& surface);

/// One trigger point of `structure`'s pattern on the muscle's posterior surface (its u, v as a
/// lesson anchor, brought onto the surface); nullopt when the model has no mesh for it.
std::optional<PlacedTriggerPoint> placeTriggerPoint(
    const StructureInfo& structure, const TriggerPoint& point, const AnatomySurface& surface);

/// How much `point` lies in the spots, 0..1: 1 within 60% of a spot's radius, a smoothstep to 0 at
/// its radius, the largest over the spots (shaders/mesh.frag draws the same).
float referralWeight(const std::vector<PlacedSpot>& spots, const glm::vec3& point);

} // namespace lumbar::technique
