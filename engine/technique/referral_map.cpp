// Placing referral zones and trigger points on the model.
#include "technique/referral_map.hpp"

#include "anatomy/knowledge_base.hpp"
#include "technique/anatomy_surface.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lumbar::technique {
namespace {

/// Landmarks of technique::landmarkNames that come in pairs: a spot names them without the side.
const char* const kPairedLandmarks[]
    = {"psis", "iliac_crest", "greater_trochanter", "ischial_tuberosity", "rib_11_tip", "rib_12_tip"};

constexpr float kStartShortM = 0.03f;
constexpr float kNearLineM = 0.015f;
constexpr float kFarLineM = 0.03f;
/// A vertex faces the approach when its normal is within about 78 degrees of it: the skin's
/// outer side, never its inner side or the far side of an arm beyond it.
constexpr float kFacingCos = 0.2f;

std::string sidedLandmark(const std::string& landmark, const std::string& side)
{
    for (const char* paired : kPairedLandmarks)
        if (landmark == paired)
            return landmark + "." + side;
    return landmark;
}

/// Where the line through `from` along `direction` meets the first surface of `meshes` facing that
/// way: the point of the line level with the nearest such vertex within `nearM` of the line, at
/// most kStartShortM behind `from` (on the line, so that a mesh's spacing does not pull it aside).
std::optional<glm::vec3> firstFacing(const std::vector<const MeshData*>& meshes, const glm::vec3& from,
    const glm::vec3& direction, float nearM)
{
    std::optional<glm::vec3> best;
    float bestAlong = 0.0f;
    for (const MeshData* mesh : meshes)
        for (std::size_t i = 0; i < mesh->positions.size(); ++i) {
            const glm::vec3 offset = mesh->positions[i] - from;
            const float along = glm::dot(offset, direction);
            if (along < -kStartShortM || glm::length(offset - along * direction) > nearM)
                continue;
            if (i < mesh->normals.size() && glm::dot(mesh->normals[i], direction) < kFacingCos)
                continue;
            if (!best || along < bestAlong) {
                best = from + along * direction;
                bestAlong = along;
            }
        }
    return best;
}

} // namespace

std::vector<PlacedSpot> ReferralMap::spots() const
{
    std::vector<PlacedSpot> all;
    for (const PlacedZone& zone : zones)
        all.insert(all.end(), zone.spots.begin(), zone.spots.end());
    return all;
}

bool isReferralSurface(const std::string& meshName, const StructureInfo* structure)
{
    return structure ? structure->kind == "skin" : meshName == "body";
}

ReferralMap placeReferral(const StructureInfo& structure, const AnatomySurface& surface)
{
    ReferralMap map;
    const ReferralPattern& pattern = structure.referral;
    const std::string side = structure.side == "left" ? "left" : "right";
    const float lateralSign = structure.side == "left" ? -1.0f : 1.0f;

    for (const TriggerPoint& point : pattern.triggerPoints) {
        Anchor anchor;
        anchor.structure = structure.id;
        anchor.u = point.u;
        anchor.v = point.v;
        const std::optional<glm::vec3> position = surface.anchorPoint(anchor);
        const std::optional<SurfacePoint> onSurface
            = position ? surface.closestPoint(structure.id, *position) : std::nullopt;
        if (!onSurface) {
            map.problems.push_back(point.name + ": the model has no " + structure.id);
            continue;
        }
        map.triggerPoints.push_back({&point, onSurface->position, onSurface->normal});
    }

    std::vector<const MeshData*> skin;
    for (const MeshData& mesh : surface.model().meshes)
        if (isReferralSurface(mesh.name, surface.structureInfo(mesh.name)))
            skin.push_back(&mesh);
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
            std::optional<glm::vec3> centre = firstFacing(skin, *bone + offsetM, direction, kNearLineM);
            if (!centre)
                centre = firstFacing(skin, *bone + offsetM, direction, kFarLineM);
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
