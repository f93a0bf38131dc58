// Referral questions.
#include "quiz/referral_questions.hpp"

#include "quiz/quiz_choices.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace lumbar::quiz {
namespace {

/// One taught muscle, both sides as one: the patterns of the two sides are mirror images.
struct Muscle {
    std::string name; ///< without the side: "Quadratus lumborum"
    std::string id; ///< the structure id of the side met first
    const ReferralPattern* pattern = nullptr;
    std::set<std::string> regions;
};

std::string withoutSide(const std::string& name)
{
    for (const char* suffix : {" (left)", " (right)"}) {
        const std::string s(suffix);
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0)
            return name.substr(0, name.size() - s.size());
    }
    return name;
}

std::vector<Muscle> taughtMuscles(const KnowledgeBase& knowledge)
{
    std::vector<Muscle> muscles;
    std::set<std::string> seen;
    for (const StructureInfo& structure : knowledge.structures) {
        if (structure.referral.empty() || !seen.insert(withoutSide(structure.name)).second)
            continue;
        Muscle muscle{withoutSide(structure.name), structure.id, &structure.referral, {}};
        for (const ReferralZone& zone : structure.referral.zones)
            muscle.regions.insert(referralRegion(zone.id));
        muscles.push_back(std::move(muscle));
    }
    return muscles;
}

std::string lowerFirst(std::string text)
{
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = char(text[0] - 'A' + 'a');
    return text;
}

std::string honestNote(const ReferralPattern& pattern)
{
    return " This is what clients commonly report (" + pattern.source
        + "), not an established mechanism (Quintner et al. 2015).";
}

/// "the iliac crest; the lateral hip; ...": every zone of a pattern, in its order.
std::string zoneList(const ReferralPattern& pattern)
{
    std::string all;
    for (const ReferralZone& each : pattern.zones)
        all += (all.empty() ? "" : "; ") + each.name;
    return all;
}

/// The zone a click weighs most in.
struct PlacedZoneHit {
    const technique::PlacedZone* zone = nullptr;
    float weight = 0.0f;
};

} // namespace

std::string referralRegion(const std::string& zoneId)
{
    static const std::map<std::string, std::string> regions{{"iliac_crest", "crest"},
        {"posterior_crest", "crest"}, {"buttock", "buttock"}, {"mid_buttock", "buttock"},
        {"lower_buttock", "buttock"}, {"sacrum", "sacral"}, {"sacroiliac_joint", "sacral"},
        {"coccyx", "sacral"}};
    const auto it = regions.find(zoneId);
    return it == regions.end() ? zoneId : it->second;
}

std::vector<Question> referralZoneQuestions(const KnowledgeBase& knowledge, std::mt19937& rng)
{
    const std::vector<Muscle> muscles = taughtMuscles(knowledge);
    std::vector<Question> questions;
    for (const Muscle& muscle : muscles)
        for (const ReferralZone& zone : muscle.pattern->zones) {
            // Wrong choices: zones of other muscles in regions this one does not reach, one per region.
            std::vector<std::string> distractors;
            std::set<std::string> regionsUsed;
            for (const Muscle& other : muscles)
                for (const ReferralZone& theirs : other.pattern->zones) {
                    const std::string region = referralRegion(theirs.id);
                    if (!muscle.regions.count(region) && regionsUsed.insert(region).second)
                        distractors.push_back(theirs.name);
                }
            shuffleInPlace(distractors, rng);
            Question question;
            question.kind = QuestionKind::ReferralZone;
            question.muscleId = muscle.id;
            question.zoneId = zone.id;
            question.prompt = "Where do clients commonly report pain from trigger points in "
                + lowerFirst(muscle.name) + "?";
            question.explanation = "Where clients commonly report pain from " + lowerFirst(muscle.name) + ": "
                + zoneList(*muscle.pattern) + ".";
            question.explanation += honestNote(*muscle.pattern);
            if (fillChoices(question, zone.name, distractors, rng))
                questions.push_back(std::move(question));
        }
    return questions;
}

std::vector<Question> referralMuscleQuestions(const KnowledgeBase& knowledge, std::mt19937& rng)
{
    const std::vector<Muscle> muscles = taughtMuscles(knowledge);
    std::vector<Question> questions;
    std::set<std::string> askedZones;
    for (const Muscle& muscle : muscles)
        for (const ReferralZone& zone : muscle.pattern->zones) {
            const std::string region = referralRegion(zone.id);
            // A region two muscles reach has no single right muscle.
            std::size_t reaching = 0;
            std::vector<std::string> distractors;
            for (const Muscle& other : muscles) {
                if (other.regions.count(region))
                    ++reaching;
                else
                    distractors.push_back(other.name);
            }
            if (reaching != 1 || !askedZones.insert(zone.id).second)
                continue;
            shuffleInPlace(distractors, rng);
            Question question;
            question.kind = QuestionKind::ReferralMuscle;
            question.muscleId = muscle.id;
            question.zoneId = zone.id;
            question.prompt = "A client feels pain here: " + zone.name
                + ". Trigger points in which muscle commonly refer pain there?";
            question.explanation = "Of the muscles taught here, only " + lowerFirst(muscle.name)
                + " commonly refers pain there (" + zone.name + ")." + honestNote(*muscle.pattern);
            if (fillChoices(question, muscle.name, distractors, rng))
                questions.push_back(std::move(question));
        }
    return questions;
}

std::vector<Question> referralClickQuestions(const KnowledgeBase& knowledge)
{
    std::vector<Question> questions;
    for (const StructureInfo& structure : knowledge.structures) {
        if (structure.referral.empty())
            continue;
        Question question;
        question.kind = QuestionKind::ReferralClick;
        question.muscleId = structure.id;
        const std::string name = lowerFirst(structure.name);
        question.prompt = "Where do clients commonly report pain from trigger points in " + name
            + "? Click the spot on the skin.";
        question.rightAnswerText = "anywhere in its zones: " + zoneList(structure.referral);
        question.explanation = "Where clients commonly report pain from " + name + ": "
            + zoneList(structure.referral) + " (shaded now)." + honestNote(structure.referral);
        questions.push_back(std::move(question));
    }
    return questions;
}

Answer referralClickAnswer(const technique::ReferralMap& map, const glm::vec3& point)
{
    const PlacedZoneHit inside = [&] {
        PlacedZoneHit best;
        for (const technique::PlacedZone& zone : map.zones) {
            const float weight = technique::referralWeight(zone.spots, point);
            if (weight > best.weight)
                best = {&zone, weight};
        }
        return best;
    }();
    if (inside.zone)
        return Answer::clickSkin(
            inside.zone->zone->id, "a spot inside a zone (" + inside.zone->zone->name + ")");
    const technique::PlacedZone* nearest = nullptr;
    float gapM = std::numeric_limits<float>::max();
    for (const technique::PlacedZone& zone : map.zones)
        for (const technique::PlacedSpot& spot : zone.spots)
            if (const float gap = glm::distance(spot.centre, point) - spot.radiusM; gap < gapM) {
                gapM = gap;
                nearest = &zone;
            }
    if (!nearest)
        return Answer::clickSkin("", "a spot where this muscle has no zone on this model");
    const long cm = std::max(1L, std::lround(gapM * 100.0f));
    return Answer::clickSkin(
        "", "a spot about " + std::to_string(cm) + " cm from the nearest zone (" + nearest->zone->name + ")");
}

} // namespace lumbar::quiz
