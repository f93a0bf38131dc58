// Grading and the quiz session's bookkeeping.
#include "quiz/quiz_session.hpp"

#include <cassert>

namespace lumbar::quiz {
namespace {

std::string orderText(const Question& question, const std::vector<std::size_t>& order)
{
    std::string text;
    for (std::size_t n = 0; n < order.size(); ++n)
        text += (n == 0 ? "" : ", then ")
            + (order[n] < question.choices.size() ? question.choices[order[n]] : std::string("?"));
    return text;
}

/// The student's answer in words.
std::string givenText(const Question& question, const Answer& given)
{
    switch (given.type) {
    case Answer::Type::Choice:
        return given.choice < question.choices.size() ? question.choices[given.choice] : "(no such choice)";
    case Answer::Type::Order:
        return orderText(question, given.order);
    case Answer::Type::Structure:
        if (given.structureId.empty())
            return "(clicked on nothing)";
        return given.structureName.empty() ? given.structureId : given.structureName;
    case Answer::Type::Skin:
        return given.placeText.empty() ? "(clicked off the body)" : given.placeText;
    case Answer::Type::Skip:
        break;
    }
    return "(skipped)";
}

bool isCorrect(const Question& question, const Answer& given)
{
    switch (given.type) {
    case Answer::Type::Choice:
        return question.isMultipleChoice() && given.choice == question.correctChoice;
    case Answer::Type::Order:
        return question.kind == QuestionKind::StepOrder && given.order == question.correctOrder;
    case Answer::Type::Structure:
        return question.kind == QuestionKind::ClickStructure && !given.structureId.empty()
            && given.structureId == question.structureId;
    case Answer::Type::Skin:
        return question.kind == QuestionKind::ReferralClick && !given.zoneId.empty();
    case Answer::Type::Skip:
        break;
    }
    return false;
}

} // namespace

Feedback answerQuestion(const Question& question, const Answer& given)
{
    Feedback feedback;
    feedback.correct = isCorrect(question, given);
    feedback.givenAnswerText = givenText(question, given);
    feedback.rightAnswerText = question.rightAnswerText;
    feedback.explanation = question.explanation;
    return feedback;
}

QuizSession::QuizSession(std::vector<Question> questions) : m_questions(std::move(questions))
{
}

const Question* QuizSession::current() const
{
    return finished() ? nullptr : &m_questions[m_current];
}

const Feedback& QuizSession::answer(const Answer& given)
{
    assert(!finished() && !awaitingNext() && "QuizSession::answer: no open question");
    const Question& question = m_questions[m_current];
    m_feedback = answerQuestion(question, given);
    ++m_answered;
    if (m_feedback->correct)
        ++m_correct;
    else
        m_mistakes.push_back({m_current, question.prompt, m_feedback->givenAnswerText,
            m_feedback->rightAnswerText, m_feedback->explanation});
    return *m_feedback;
}

void QuizSession::next()
{
    if (finished() || !awaitingNext())
        return;
    m_feedback.reset();
    ++m_current;
}

double QuizSession::progress() const
{
    return m_questions.empty() ? 1.0 : double(m_answered) / double(m_questions.size());
}

} // namespace lumbar::quiz
