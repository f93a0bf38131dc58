// Placing referral zones and trigger points on the model.
#include "technique/referral_map.hpp"

#include "anatomy/knowledge_base.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/skin_point.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lumbar::technique {
namespace {

/// Landmarks of technique::landmarkNames that come in pairs: a spot names them without the side.
const char* const kPairedLandmarks[]
    = {"psis", "iliac_crest", "greater_trochanter", "ischial_tuberosity", "rib_11_tip", "rib_12_tip"};

std::string sidedLandmark(const std::string& landmark, const std::string& side)
{
    for (const char* paired : kPairedLandmarks)
        if (landmark == paired)
            return landmark + "." + side;
    return landmark;
}

} // namespace

std::vector<PlacedSpot> ReferralMap::spots() const
{
    std::vector<PlacedSpot> all;
    for (const PlacedZone& zone : zones)
        all.insert(all.end(), zone.spots.begin(), zone.spots.end());
    return all;
}

std::optional<PlacedTriggerPoint> placeTriggerPoint(
    const StructureInfo& structure, const TriggerPoint& point, const AnatomySurface& surface)
{
    Anchor anchor;
    anchor.structure = structure.id;
    anchor.u = point.u;
    anchor.v = point.v;
    const std::optional<glm::vec3> position = surface.anchorPoint(anchor);
    const std::optional<SurfacePoint> onSurface
        = position ? surface.closestPoint(structure.id, *position) : std::nullopt;
    if (!onSurface)
        return std::nullopt;
    return PlacedTriggerPoint{&point, onSurface->position, onSurface->normal};
}

ReferralMap placeReferral(const StructureInfo& structure, const AnatomySurface& surface)
{
    ReferralMap map;
    const ReferralPattern& pattern = structure.referral;
    const std::string side = structure.side == "left" ? "left" : "right";
    const float lateralSign = structure.side == "left" ? -1.0f : 1.0f;

    for (const TriggerPoint& point : pattern.triggerPoints) {
        if (std::optional<PlacedTriggerPoint> placed = placeTriggerPoint(structure, point, surface))
            map.triggerPoints.push_back(*placed);
        else
            map.problems.push_back(point.name + ": the model has no " + structure.id);
    }

    const std::vector<const MeshData*> skin = bodySurfaceMeshes(surface);
    for (const ReferralZone& zone : pattern.zones) {
        PlacedZone placed{&zone, {}};
        for (const ReferralSpot& spot : zone.spots) {
            const std::string landmark = sidedLandmark(spot.landmark, side);
            const std::optional<glm::vec3> bone = surface.landmark(landmark);
            if (!bone) {
                map.problems.push_back(zone.name + ": the model has no landmark \"" + landmark + "\"");
                continue;
            }
            const glm::vec3 offsetM = glm::vec3(float(spot.offsetCm[0]) * lateralSign,
                                          float(spot.offsetCm[1]), float(spot.offsetCm[2]))
                * 0.01f;
            const glm::vec3 direction = spot.approach == "lateral" ? glm::vec3(lateralSign, 0.0f, 0.0f)
                : spot.approach == "anterior"                      ? glm::vec3(0.0f, 0.0f, -1.0f)
                                                                   : glm::vec3(0.0f, 0.0f, 1.0f);
            const std::optional<glm::vec3> centre = carryToSkin(skin, *bone + offsetM, direction);
            if (!centre) {
                map.problems.push_back(zone.name + ": no skin " + spot.approach + " of " + landmark);
                continue;
            }
            placed.spots.push_back({*centre, float(spot.radiusCm) * 0.01f});
        }
        if (!placed.spots.empty())
            map.zones.push_back(std::move(placed));
    }
    std::size_t count = 0;
    for (PlacedZone& zone : map.zones) {
        const std::size_t room = kMaxReferralSpots - std::min(count, kMaxReferralSpots);
        if (zone.spots.size() > room) {
            map.problems.push_back(zone.zone->name + ": more than " + std::to_string(kMaxReferralSpots)
                + " spots in the pattern; the rest are not drawn");
            zone.spots.resize(room);
        }
        count += zone.spots.size();
    }
    return map;
}

float referralWeight(const std::vector<PlacedSpot>& spots, const glm::vec3& point)
{
    float weight = 0.0f;
    for (const PlacedSpot& spot : spots) {
        const float edge0 = 0.6f * spot.radiusM;
        const float t
            = std::clamp((glm::length(point - spot.centre) - edge0) / (spot.radiusM - edge0), 0.0f, 1.0f);
        weight = std::max(weight, 1.0f - t * t * (3.0f - 2.0f * t));
    }
    return weight;
}

} // namespace lumbar::technique
