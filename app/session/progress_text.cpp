// Times in the Progress panel's words.
#include "session/progress_text.hpp"

#include "quiz/palpation_round.hpp"

#include <algorithm>
#include <map>

namespace lumbar::app {
namespace {

constexpr std::int64_t kMinuteS = 60;
constexpr std::int64_t kHourS = 60 * kMinuteS;
constexpr std::int64_t kDayS = 24 * kHourS;

std::string days(std::int64_t count)
{
    return std::to_string(count) + (count == 1 ? " day" : " days");
}

} // namespace

std::string timeAgoText(std::int64_t elapsedS)
{
    if (elapsedS < kMinuteS)
        return "just now";
    if (elapsedS < kHourS)
        return std::to_string(elapsedS / kMinuteS) + " min ago";
    if (elapsedS < kDayS)
        return std::to_string(elapsedS / kHourS) + " h ago";
    return days(elapsedS / kDayS) + " ago";
}

std::string dueText(std::int64_t dueS, std::int64_t nowS)
{
    const std::int64_t leftS = dueS - nowS;
    if (leftS <= 0)
        return "now";
    const auto roundedUp = [&](std::int64_t unitS) { return std::to_string((leftS + unitS - 1) / unitS); };
    if (leftS <= kHourS)
        return roundedUp(kMinuteS) + " min";
    if (leftS <= kDayS)
        return roundedUp(kHourS) + " h";
    return roundedUp(kDayS) + " d";
}

std::string progressItemText(const std::string& key)
{
    const std::string palpation = "palpation:";
    if (key.rfind(palpation, 0) == 0) {
        for (const quiz::PalpationTarget& target : quiz::palpationTargets())
            if (key.compare(palpation.size(), std::string::npos, target.id) == 0)
                return "Find " + target.name;
        return key;
    }
    const std::string question = "question:";
    const std::size_t kindEnd = key.find(':', question.size());
    if (key.rfind(question, 0) != 0 || kindEnd == std::string::npos)
        return key;
    const std::string kind = key.substr(question.size(), kindEnd - question.size());
    const std::string about = key.substr(kindEnd + 1);
    // Step questions are about "<lesson id>/<step title>": the lesson is the group already.
    const std::size_t slash = about.find('/');
    std::string step = slash == std::string::npos ? about : about.substr(slash + 1);
    static const std::map<std::string, std::string> kStepWords{
        {"tool", "Tool of"}, {"direction", "Direction of"}, {"pressure", "Force of"}};
    if (kind == "click")
        return "Click it";
    if (kind == "name")
        return "Name it";
    if (const auto words = kStepWords.find(kind); words != kStepWords.end())
        return words->second + " \"" + step + "\"";
    if (kind == "order")
        return "Order of the steps";
    // Zone ids are written with underscores ("mid_buttock").
    std::replace(step.begin(), step.end(), '_', ' ');
    if (kind == "referral_zone")
        return "Where it refers: " + step;
    if (kind == "referral_muscle")
        return "Which muscle refers to the " + step;
    if (kind == "referral_click")
        return "Click where it refers";
    return key;
}

} // namespace lumbar::app
