// Taking a quiz: answering the current question, immediate feedback, the score, and the review
// of mistakes at the end. Pure state, no UI.
#pragma once

#include "quiz/quiz_question.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// What the student sees right after answering.
struct Feedback {
    bool correct = false;
    std::string givenAnswerText; ///< the student's answer in words ("(skipped)" for a skip)
    std::string rightAnswerText;
    std::string explanation;
};

/// One wrong answer, for the review at the end.
struct Mistake {
    std::size_t questionIndex = 0;
    std::string prompt;
    std::string givenAnswerText;
    std::string rightAnswerText;
    std::string explanation;
};

/// Grades `given` against `question`. An answer of the wrong type for the question, or a choice
/// out of range, is wrong rather than an error (it comes from user input).
Feedback answerQuestion(const Question& question, const Answer& given);

/// A quiz in progress: the current question, answered or not, and the tally so far.
class QuizSession {
public:
    explicit QuizSession(std::vector<Question> questions);

    const std::vector<Question>& questions() const { return m_questions; }
    std::size_t questionCount() const { return m_questions.size(); }
    /// Index of the question shown now; equals questionCount() once finished.
    std::size_t currentIndex() const { return m_current; }
    /// The question shown now, or null once finished.
    const Question* current() const;
    /// True between answering the current question and moving on with next().
    bool awaitingNext() const { return m_feedback.has_value(); }
    /// The feedback of the current question once answered.
    const std::optional<Feedback>& feedback() const { return m_feedback; }

    /// Answers the current question and returns the feedback (also kept until next()). Asserts
    /// that a question is open: not finished and not already answered.
    const Feedback& answer(const Answer& given);
    /// Moves on to the next question after an answer; past the last one the quiz is finished.
    void next();

    bool finished() const { return m_current >= m_questions.size(); }
    std::size_t answeredCount() const { return m_answered; }
    std::size_t correctCount() const { return m_correct; }
    /// Share of questions answered, 0..1 (1 for an empty quiz).
    double progress() const;
    /// Every wrong answer so far, in the order they were given.
    const std::vector<Mistake>& mistakes() const { return m_mistakes; }

private:
    std::vector<Question> m_questions;
    std::size_t m_current = 0;
    std::size_t m_answered = 0;
    std::size_t m_correct = 0;
    std::optional<Feedback> m_feedback;
    std::vector<Mistake> m_mistakes;
};

} // namespace lumbar::quiz
