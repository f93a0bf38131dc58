// Referral texts for the info card.
#include "session/referral_text.hpp"

#include <algorithm>

namespace lumbar::app {

std::vector<std::size_t> stepsWorking(const technique::Lesson& lesson, const std::string& structureId)
{
    std::vector<std::size_t> steps;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const std::vector<std::string>& targets = lesson.steps[i].targets;
        if (std::find(targets.begin(), targets.end(), structureId) != targets.end())
            steps.push_back(i + 1);
    }
    return steps;
}

std::vector<std::size_t> stepsTreating(
    const technique::Lesson& lesson, const std::string& structureId, const std::string& pointId)
{
    std::vector<std::size_t> steps;
    for (const std::size_t step : stepsWorking(lesson, structureId)) {
        const std::vector<std::string>& named = lesson.steps[step - 1].triggerPoints;
        if (std::find(named.begin(), named.end(), pointId) != named.end())
            steps.push_back(step);
    }
    return steps;
}

std::string stepListText(const std::vector<std::size_t>& steps)
{
    if (steps.empty())
        return {};
    std::string text = steps.size() == 1 ? "step " : "steps ";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0)
            text += i + 1 == steps.size() ? " and " : ", ";
        text += std::to_string(steps[i]);
    }
    return text;
}

std::string referralIntro(technique::Audience audience)
{
    if (audience == technique::Audience::Patient)
        return "People with tender knots in this muscle often feel the pain somewhere else, most "
               "often:";
    return "Where clients commonly report the pain (red on the body):";
}

std::string zoneLine(const ReferralPattern& pattern, const ReferralZone& zone, technique::Audience audience)
{
    if (audience == technique::Audience::Patient || zone.from.empty()
        || zone.from.size() == pattern.triggerPoints.size())
        return zone.name;
    std::vector<std::size_t> numbers;
    for (std::size_t i = 0; i < pattern.triggerPoints.size(); ++i)
        if (std::find(zone.from.begin(), zone.from.end(), pattern.triggerPoints[i].id) != zone.from.end())
            numbers.push_back(i + 1);
    std::string list = stepListText(numbers); // "step 1" / "steps 1 and 2"
    list.replace(0, list.find(' '), numbers.size() == 1 ? "point" : "points");
    return zone.name + " (from " + list + ")";
}

std::string referralHonesty(const ReferralPattern& pattern, technique::Audience audience)
{
    const std::string source = pattern.source.empty() ? "the trigger-point manuals" : pattern.source;
    if (audience == technique::Audience::Patient)
        return "These are the places people commonly describe (" + source
            + "), not a test: why such knots send pain elsewhere is still debated (Quintner et al. "
              "2015), and therapists often disagree on where they are (Lucas et al. 2009). Pain in "
              "these places can have other causes: tell your therapist or doctor about it.";
    return "Taught as the patterns clients commonly report (" + source
        + "), not as established mechanism: the trigger-point model is contested (Quintner et al. "
          "2015) and examiners agree poorly on locating trigger points by palpation (Lucas et al. "
          "2009). Use the map to ask better questions, not to diagnose.";
}

} // namespace lumbar::app
