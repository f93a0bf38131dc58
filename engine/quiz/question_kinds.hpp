// Every question kind once, with its short display word and the key progress.json stores it by:
// adding a kind is one row here (and its generator).
#pragma once

#include "quiz/quiz_question.hpp"

#include <array>

namespace lumbar::quiz {

struct QuestionKindWords {
    QuestionKind kind;
    const char* name; ///< shown to the student; may change with the wording
    const char* key; ///< stored in progress.json: never changes once released
};

inline constexpr std::array<QuestionKindWords, 9> kQuestionKinds{{
    {QuestionKind::ClickStructure, "click", "click"},
    {QuestionKind::NameStructure, "name", "name"},
    {QuestionKind::StepTool, "tool", "tool"},
    {QuestionKind::StepDirection, "direction", "direction"},
    {QuestionKind::StepPressure, "pressure", "pressure"},
    {QuestionKind::StepOrder, "order", "order"},
    {QuestionKind::ReferralZone, "refers to", "referral_zone"},
    {QuestionKind::ReferralMuscle, "referred from", "referral_muscle"},
    {QuestionKind::ReferralClick, "click the zone", "referral_click"},
}};

/// The row of `kind`; null for a value outside the enumeration.
inline const QuestionKindWords* questionKindWords(QuestionKind kind)
{
    for (const QuestionKindWords& words : kQuestionKinds)
        if (words.kind == kind)
            return &words;
    return nullptr;
}

} // namespace lumbar::quiz
