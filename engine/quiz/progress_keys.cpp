// Progress keys and groups of questions and palpation targets.
#include "quiz/progress_keys.hpp"

#include "quiz/question_kinds.hpp"

namespace lumbar::quiz {

const char* questionKindKey(QuestionKind kind)
{
    const QuestionKindWords* words = questionKindWords(kind);
    return words ? words->key : "unknown";
}

std::string progressKey(const Question& question)
{
    std::string about;
    switch (question.kind) {
    case QuestionKind::ClickStructure:
    case QuestionKind::NameStructure:
        about = question.structureId;
        break;
    case QuestionKind::StepTool:
    case QuestionKind::StepDirection:
    case QuestionKind::StepPressure:
        about = question.lessonId + "/" + question.stepTitle;
        break;
    case QuestionKind::StepOrder:
        about = question.lessonId;
        break;
    case QuestionKind::ReferralZone:
        about = question.muscleId + "/" + question.zoneId;
        break;
    case QuestionKind::ReferralMuscle:
        about = question.zoneId;
        break;
    case QuestionKind::ReferralClick:
        about = question.muscleId;
        break;
    }
    return std::string("question:") + questionKindKey(question.kind) + ":" + about;
}

ProgressGroup progressGroup(const Question& question)
{
    if (!question.lessonId.empty())
        return {ProgressGroup::Kind::Lesson, question.lessonId};
    if (!question.muscleId.empty())
        return {ProgressGroup::Kind::Structure, question.muscleId};
    return {ProgressGroup::Kind::Structure, question.structureId};
}

std::string progressKey(const PalpationTarget& target)
{
    return "palpation:" + target.id;
}

ProgressGroup progressGroup(const PalpationTarget& target)
{
    return {ProgressGroup::Kind::Structure, target.structure};
}

} // namespace lumbar::quiz
