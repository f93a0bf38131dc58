// Where clients commonly report pain from a muscle's trigger points: the points on the muscle and the
// zones on the skin, as the knowledge base gives them (docs/structures-format.md, "referral").
#pragma once

#include "core/json_reader.hpp"

#include <array>
#include <string>
#include <vector>

namespace lumbar {

/// One round patch of a zone: centred on the skin over a landmark moved by an offset.
struct ReferralSpot {
    /// A landmark of technique::landmarkNames; "iliac_crest" and the other paired ones without their
    /// side take the structure's side.
    std::string landmark;
    /// Added to the landmark before it is carried to the skin: lateral (away from the midline on the
    /// structure's side), superior, posterior; centimetres.
    std::array<double, 3> offsetCm{};
    double radiusCm = 4.0;
    /// From where the spot is carried onto the skin: "posterior" (the back), "lateral" (the
    /// structure's flank) or "anterior" (the front of the body).
    std::string approach = "posterior";

    bool operator==(const ReferralSpot&) const = default;
};

/// A region where the pain is commonly felt, made of round spots.
struct ReferralZone {
    std::string id; ///< the same id names the same region in every pattern ("lower_buttock")
    std::string name; ///< in words: "the lateral hip, over the greater trochanter"
    std::vector<std::string> from; ///< the trigger points that refer here (ids); empty: all of them
    std::vector<ReferralSpot> spots;

    bool operator==(const ReferralZone&) const = default;
};

/// A common trigger-point location on the muscle: a spot of its posterior surface, u inferior to
/// superior and v medial to lateral, both 0..1 of its extent (as lesson anchors).
struct TriggerPoint {
    std::string id;
    std::string name;
    double u = 0.5;
    double v = 0.5;

    bool operator==(const TriggerPoint&) const = default;
};

struct ReferralPattern {
    std::string source; ///< the publication, as the bibliography cites it
    std::vector<TriggerPoint> triggerPoints;
    std::vector<ReferralZone> zones;

    bool empty() const { return zones.empty(); }
    const TriggerPoint* findTriggerPoint(const std::string& id) const;
    const ReferralZone* findZone(const std::string& id) const;
    /// The zones trigger point `id` refers to.
    std::vector<const ReferralZone*> zonesFrom(const std::string& id) const;
    bool operator==(const ReferralPattern&) const = default;
};

/// The approaches a spot may name.
const std::vector<std::string>& referralApproaches();

/// Reads the "referral" object of a knowledge-base entry at `where`; problems go to `reader`.
ReferralPattern parseReferralPattern(JsonReader& reader, const Json& object, const ProblemPath& where);

} // namespace lumbar
