// The quiz session: grading each kind of answer, the running score and the review of mistakes.
#include "quiz/quiz_session.hpp"

#include <gtest/gtest.h>

namespace lumbar::quiz {
namespace {

Question choiceQuestion()
{
    Question question;
    question.kind = QuestionKind::StepTool;
    question.prompt = "Which tool?";
    question.choices = {"thumb", "palm", "elbow", "forearm"};
    question.correctChoice = 2;
    question.rightAnswerText = "elbow";
    question.explanation = "The olecranon sinks slowly into a thick muscle.";
    return question;
}

Question clickQuestion()
{
    Question question;
    question.kind = QuestionKind::ClickStructure;
    question.prompt = "Click the Quadratus lumborum (left).";
    question.structureId = "quadratus_lumborum.left";
    question.rightAnswerText = "Quadratus lumborum (left)";
    question.explanation = "Lateral to the erector spinae.";
    return question;
}

Question orderQuestion()
{
    Question question;
    question.kind = QuestionKind::StepOrder;
    question.prompt = "Order these.";
    question.choices = {"Flush", "Warm-up", "Deep work"};
    question.correctOrder = {1, 2, 0};
    question.rightAnswerText = "Warm-up, then Deep work, then Flush";
    question.explanation = "Prepare, work, calm.";
    return question;
}

TEST(QuizGrading, EachKindOfAnswerIsGradedAgainstItsQuestion)
{
    EXPECT_TRUE(answerQuestion(choiceQuestion(), Answer::pickChoice(2)).correct);
    EXPECT_FALSE(answerQuestion(choiceQuestion(), Answer::pickChoice(0)).correct);
    EXPECT_FALSE(answerQuestion(choiceQuestion(), Answer::pickChoice(17)).correct);
    EXPECT_EQ(answerQuestion(choiceQuestion(), Answer::pickChoice(17)).givenAnswerText, "(no such choice)");

    EXPECT_TRUE(
        answerQuestion(clickQuestion(), Answer::clickStructure("quadratus_lumborum.left", "QL")).correct);
    const Feedback miss
        = answerQuestion(clickQuestion(), Answer::clickStructure("multifidus.left", "Multifidus (left)"));
    EXPECT_FALSE(miss.correct);
    EXPECT_EQ(miss.givenAnswerText, "Multifidus (left)");
    EXPECT_EQ(miss.rightAnswerText, "Quadratus lumborum (left)");
    EXPECT_EQ(miss.explanation, "Lateral to the erector spinae.");
    EXPECT_EQ(answerQuestion(clickQuestion(), Answer::clickStructure("", "")).givenAnswerText,
        "(clicked on nothing)");

    EXPECT_TRUE(answerQuestion(orderQuestion(), Answer::putInOrder({1, 2, 0})).correct);
    const Feedback wrongOrder = answerQuestion(orderQuestion(), Answer::putInOrder({2, 1, 0}));
    EXPECT_FALSE(wrongOrder.correct);
    EXPECT_EQ(wrongOrder.givenAnswerText, "Deep work, then Warm-up, then Flush");
    EXPECT_FALSE(answerQuestion(orderQuestion(), Answer::putInOrder({1, 2})).correct);

    // An answer of another kind's type is wrong, never right by accident.
    EXPECT_FALSE(answerQuestion(orderQuestion(), Answer::pickChoice(0)).correct);
    EXPECT_FALSE(answerQuestion(clickQuestion(), Answer::pickChoice(0)).correct);
    EXPECT_FALSE(answerQuestion(choiceQuestion(), Answer::clickStructure("elbow", "elbow")).correct);
    const Feedback skipped = answerQuestion(choiceQuestion(), Answer::skip());
    EXPECT_FALSE(skipped.correct);
    EXPECT_EQ(skipped.givenAnswerText, "(skipped)");
}

TEST(QuizSessionTest, CountsRightAndWrongAnswersAndReviewsExactlyTheMistakes)
{
    QuizSession session(
        {choiceQuestion(), clickQuestion(), orderQuestion(), choiceQuestion(), clickQuestion()});
    EXPECT_EQ(session.questionCount(), 5u);
    EXPECT_DOUBLE_EQ(session.progress(), 0.0);
    ASSERT_NE(session.current(), nullptr);
    EXPECT_FALSE(session.awaitingNext());

    EXPECT_TRUE(session.answer(Answer::pickChoice(2)).correct); // 0: right
    EXPECT_TRUE(session.awaitingNext());
    session.next();
    EXPECT_FALSE(session.answer(Answer::clickStructure("kidney.left", "Kidney (left)")).correct); // 1: wrong
    session.next();
    EXPECT_TRUE(session.answer(Answer::putInOrder({1, 2, 0})).correct); // 2: right
    session.next();
    EXPECT_FALSE(session.answer(Answer::skip()).correct); // 3: skipped
    session.next();
    EXPECT_EQ(session.answeredCount(), 4u);
    EXPECT_EQ(session.correctCount(), 2u);
    EXPECT_DOUBLE_EQ(session.progress(), 0.8);
    EXPECT_FALSE(session.finished());
    EXPECT_TRUE(session.answer(Answer::clickStructure("quadratus_lumborum.left", "Quadratus lumborum (left)"))
                    .correct);
    EXPECT_FALSE(session.finished()); // the last feedback is still shown
    session.next();
    EXPECT_TRUE(session.finished());
    EXPECT_EQ(session.current(), nullptr);
    EXPECT_EQ(session.correctCount(), 3u);
    EXPECT_EQ(session.answeredCount(), 5u);
    EXPECT_DOUBLE_EQ(session.progress(), 1.0);

    const std::vector<Mistake>& mistakes = session.mistakes();
    ASSERT_EQ(mistakes.size(), 2u);
    EXPECT_EQ(mistakes[0].questionIndex, 1u);
    EXPECT_EQ(mistakes[0].prompt, "Click the Quadratus lumborum (left).");
    EXPECT_EQ(mistakes[0].givenAnswerText, "Kidney (left)");
    EXPECT_EQ(mistakes[0].rightAnswerText, "Quadratus lumborum (left)");
    EXPECT_EQ(mistakes[0].explanation, "Lateral to the erector spinae.");
    EXPECT_EQ(mistakes[1].questionIndex, 3u);
    EXPECT_EQ(mistakes[1].givenAnswerText, "(skipped)");
    EXPECT_EQ(mistakes[1].rightAnswerText, "elbow");
}

TEST(QuizSessionTest, NextWithoutAnAnswerStaysOnTheQuestion)
{
    QuizSession session({choiceQuestion()});
    session.next();
    EXPECT_EQ(session.currentIndex(), 0u);
    EXPECT_FALSE(session.finished());
}

TEST(QuizSessionTest, AnEmptyQuizIsFinishedAtOnce)
{
    QuizSession session({});
    EXPECT_TRUE(session.finished());
    EXPECT_DOUBLE_EQ(session.progress(), 1.0);
    EXPECT_TRUE(session.mistakes().empty());
}

} // namespace
} // namespace lumbar::quiz
