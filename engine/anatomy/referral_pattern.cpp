// Reading a muscle's referral pattern from the knowledge base.
#include "anatomy/referral_pattern.hpp"

#include <algorithm>
#include <set>

namespace lumbar {
namespace {

/// Zone spots are a few centimetres wide: a radius outside this is a slip of the unit.
constexpr double kMinSpotRadiusCm = 1.0;
constexpr double kMaxSpotRadiusCm = 20.0;
constexpr double kMaxOffsetCm = 40.0;

/// A non-empty id of lower-case letters, digits and underscores.
bool isId(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    });
}

std::string id(JsonReader& reader, const Json& object, const ProblemPath& where)
{
    const std::string value = reader.text(object, where, "id").value_or("");
    if (!value.empty() && !isId(value))
        reader.report(where.member("id"),
            "\"" + value + "\" is not an id (use lower-case letters, digits and underscores)");
    return value;
}

ReferralSpot parseSpot(JsonReader& reader, const Json& object, const ProblemPath& where)
{
    ReferralSpot spot;
    if (!reader.expectType(object, where, object.is_object(), "an object"))
        return spot;
    reader.checkKeys(object, where, {"landmark", "offset_cm", "radius_cm", "approach"});
    spot.landmark = reader.text(object, where, "landmark").value_or("");
    if (const Json* offset = reader.field(object, where, "offset_cm", false)) {
        const ProblemPath at = where.member("offset_cm");
        if (reader.expectType(*offset, at, offset->is_array() && offset->size() == 3,
                "an array of 3 numbers (lateral, superior, posterior)"))
            for (std::size_t i = 0; i < 3; ++i)
                spot.offsetCm[i] = reader.number((*offset)[i], at.index(i), -kMaxOffsetCm, kMaxOffsetCm, "cm")
                                       .value_or(0.0);
    }
    spot.radiusCm
        = reader.number(object, where, "radius_cm", kMinSpotRadiusCm, kMaxSpotRadiusCm, "cm").value_or(4.0);
    spot.approach = reader.oneOf(object, where, "approach", referralApproaches(), "an approach", false)
                        .value_or("posterior");
    return spot;
}

} // namespace

const TriggerPoint* ReferralPattern::findTriggerPoint(const std::string& id) const
{
    for (const TriggerPoint& point : triggerPoints)
        if (point.id == id)
            return &point;
    return nullptr;
}

const ReferralZone* ReferralPattern::findZone(const std::string& id) const
{
    for (const ReferralZone& zone : zones)
        if (zone.id == id)
            return &zone;
    return nullptr;
}

std::vector<const ReferralZone*> ReferralPattern::zonesFrom(const std::string& id) const
{
    std::vector<const ReferralZone*> found;
    for (const ReferralZone& zone : zones)
        if (zone.from.empty() || std::find(zone.from.begin(), zone.from.end(), id) != zone.from.end())
            found.push_back(&zone);
    return found;
}

const std::vector<std::string>& referralApproaches()
{
    static const std::vector<std::string> approaches{"posterior", "lateral", "anterior"};
    return approaches;
}

ReferralPattern parseReferralPattern(JsonReader& reader, const Json& object, const ProblemPath& where)
{
    ReferralPattern pattern;
    if (!reader.expectType(object, where, object.is_object(), "an object"))
        return pattern;
    reader.checkKeys(object, where, {"source", "trigger_points", "zones"});
    pattern.source = reader.text(object, where, "source").value_or("");

    std::set<std::string> pointIds;
    if (const Json* points = reader.field(object, where, "trigger_points", true)) {
        const ProblemPath at = where.member("trigger_points");
        if (reader.expectType(*points, at, points->is_array() && !points->empty(), "a non-empty array"))
            for (std::size_t i = 0; i < points->size(); ++i) {
                const Json& entry = (*points)[i];
                const ProblemPath place = at.index(i);
                if (!reader.expectType(entry, place, entry.is_object(), "an object"))
                    continue;
                reader.checkKeys(entry, place, {"id", "name", "u", "v"});
                TriggerPoint point;
                point.id = id(reader, entry, place);
                if (!point.id.empty() && !pointIds.insert(point.id).second)
                    reader.report(place.member("id"), "\"" + point.id + "\" appears twice");
                point.name = reader.text(entry, place, "name").value_or("");
                point.u = reader.number(entry, place, "u", 0.0, 1.0, "").value_or(0.5);
                point.v = reader.number(entry, place, "v", 0.0, 1.0, "").value_or(0.5);
                pattern.triggerPoints.push_back(point);
            }
    }

    std::set<std::string> zoneIds;
    if (const Json* zones = reader.field(object, where, "zones", true)) {
        const ProblemPath at = where.member("zones");
        if (reader.expectType(*zones, at, zones->is_array() && !zones->empty(), "a non-empty array"))
            for (std::size_t i = 0; i < zones->size(); ++i) {
                const Json& entry = (*zones)[i];
                const ProblemPath place = at.index(i);
                if (!reader.expectType(entry, place, entry.is_object(), "an object"))
                    continue;
                reader.checkKeys(entry, place, {"id", "name", "from", "spots"});
                ReferralZone zone;
                zone.id = id(reader, entry, place);
                if (!zone.id.empty() && !zoneIds.insert(zone.id).second)
                    reader.report(place.member("id"), "\"" + zone.id + "\" appears twice");
                zone.name = reader.text(entry, place, "name").value_or("");
                zone.from = reader.textList(entry, place, "from", false);
                for (std::size_t k = 0; k < zone.from.size(); ++k)
                    if (!pointIds.count(zone.from[k]))
                        reader.report(place.member("from").index(k),
                            "\"" + zone.from[k]
                                + "\" is not one of this pattern's trigger points (expected one of "
                                + joined({pointIds.begin(), pointIds.end()}) + ")");
                if (const Json* spots = reader.field(entry, place, "spots", true)) {
                    const ProblemPath spotsAt = place.member("spots");
                    if (reader.expectType(
                            *spots, spotsAt, spots->is_array() && !spots->empty(), "a non-empty array"))
                        for (std::size_t k = 0; k < spots->size(); ++k)
                            zone.spots.push_back(parseSpot(reader, (*spots)[k], spotsAt.index(k)));
                }
                pattern.zones.push_back(std::move(zone));
            }
    }
    return pattern;
}

} // namespace lumbar
