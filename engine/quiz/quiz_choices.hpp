// Multiple-choice options: the right answer among distinct distractors at a seeded place.
#pragma once

#include "quiz/quiz_question.hpp"
#include "quiz/quiz_random.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// The number of distinct choices every multiple-choice question offers.
inline constexpr std::size_t kChoiceCount = 4;

/// Puts `right` among `distractors` (already in preference order, first kChoiceCount - 1 used) at a
/// seeded place. False when there are not enough distinct distractors.
inline bool fillChoices(Question& question, const std::string& right,
    const std::vector<std::string>& distractors, std::mt19937& rng)
{
    std::vector<std::string> chosen;
    for (const std::string& text : distractors) {
        if (chosen.size() + 1 == kChoiceCount)
            break;
        if (text != right && std::find(chosen.begin(), chosen.end(), text) == chosen.end())
            chosen.push_back(text);
    }
    if (chosen.size() + 1 != kChoiceCount)
        return false;
    chosen.push_back(right);
    shuffleInPlace(chosen, rng);
    question.choices = chosen;
    question.correctChoice = std::size_t(std::find(chosen.begin(), chosen.end(), right) - chosen.begin());
    question.rightAnswerText = right;
    return true;
}

} // namespace lumbar::quiz
