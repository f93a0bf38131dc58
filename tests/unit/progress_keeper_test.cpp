// The app's progress keeper: answers written at once and read back, reset, a bad file kept aside,
// and the Progress panel's words for items and times.
#include "quiz/palpation_round.hpp"
#include "quiz/progress_file.hpp"
#include "quiz/quiz_question.hpp"
#include "session/progress_keeper.hpp"
#include "session/progress_text.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

constexpr std::int64_t kAnsweredS = 1'750'000'000;

TEST(ProgressKeeper, WritesEachAnswerAtOnceAndReadsItBack)
{
    const test::TempDir folder;
    const std::filesystem::path path = folder.path() / "data" / "progress.json";
    {
        ProgressKeeper keeper(path);
        EXPECT_TRUE(keeper.keepsFile());
        EXPECT_TRUE(keeper.messages().empty());
        quiz::Question question;
        question.kind = quiz::QuestionKind::StepOrder;
        question.lessonId = "lumbar-basic";
        keeper.record(question, false, kAnsweredS);
        keeper.record(quiz::palpationTargets()[3], true, kAnsweredS + 5);
        ASSERT_TRUE(std::filesystem::exists(path)); // written at once, not on the way out
    }
    const ProgressKeeper reopened(path);
    const quiz::Progress& progress = reopened.progress();
    ASSERT_EQ(progress.size(), 2u);
    const quiz::ProgressRecord* order = progress.find("question:order:lumbar-basic");
    ASSERT_TRUE(order);
    EXPECT_EQ(order->group, (quiz::ProgressGroup{quiz::ProgressGroup::Kind::Lesson, "lumbar-basic"}));
    EXPECT_EQ(order->wrong, 1);
    EXPECT_EQ(order->box, 1);
    const quiz::ProgressRecord* landmark = progress.find("palpation:" + quiz::palpationTargets()[3].id);
    ASSERT_TRUE(landmark);
    EXPECT_EQ(landmark->right, 1);
    EXPECT_EQ(landmark->box, 2);
    EXPECT_EQ(landmark->lastAnsweredS, kAnsweredS + 5);
}

TEST(ProgressKeeper, ResetForgetsEveryAnswerInTheFileToo)
{
    const test::TempDir folder;
    const std::filesystem::path path = folder.path() / "progress.json";
    ProgressKeeper keeper(path);
    keeper.record(
        "palpation:psis.left", {quiz::ProgressGroup::Kind::Structure, "hip_bone.left"}, true, kAnsweredS);
    keeper.reset();
    EXPECT_TRUE(keeper.progress().empty());
    EXPECT_TRUE(ProgressKeeper(path).progress().empty());
    EXPECT_EQ(test::readText(path), quiz::writeProgress(quiz::Progress()));
}

TEST(ProgressKeeper, ABadFileIsKeptAsideAndTheNewAnswersGoToAFreshOne)
{
    const test::TempDir folder;
    const std::filesystem::path path = folder.write("progress.json", "{\"format\": \"lumbarlab-progress\"");
    ProgressKeeper keeper(path);
    EXPECT_TRUE(keeper.progress().empty());
    ASSERT_EQ(keeper.messages().size(), 2u);
    EXPECT_NE(keeper.messages()[1].find("progress.json.bad"), std::string::npos) << keeper.messages()[1];
    keeper.record(
        "palpation:psis.left", {quiz::ProgressGroup::Kind::Structure, "hip_bone.left"}, true, kAnsweredS);
    EXPECT_EQ(ProgressKeeper(path).progress().size(), 1u);
    EXPECT_EQ(test::readText(folder.path() / "progress.json.bad"), "{\"format\": \"lumbarlab-progress\"");
}

TEST(ProgressKeeper, AnEmptyPathKeepsAnswersInMemoryOnly)
{
    ProgressKeeper keeper{std::filesystem::path()};
    EXPECT_FALSE(keeper.keepsFile());
    keeper.record(
        "palpation:psis.left", {quiz::ProgressGroup::Kind::Structure, "hip_bone.left"}, false, kAnsweredS);
    EXPECT_EQ(keeper.progress().size(), 1u);
    EXPECT_TRUE(keeper.messages().empty());
}

TEST(ProgressText, SaysHowLongAgoAndWhenDue)
{
    EXPECT_EQ(timeAgoText(-5), "just now");
    EXPECT_EQ(timeAgoText(59), "just now");
    EXPECT_EQ(timeAgoText(60), "1 min ago");
    EXPECT_EQ(timeAgoText(3 * 3600 + 10), "3 h ago");
    EXPECT_EQ(timeAgoText(86'400), "1 day ago");
    EXPECT_EQ(timeAgoText(12 * 86'400 + 5), "12 days ago");
    EXPECT_EQ(dueText(100, 100), "now");
    EXPECT_EQ(dueText(100, 5000), "now");
    EXPECT_EQ(dueText(101, 100), "1 min");
    EXPECT_EQ(dueText(3600, 0), "60 min");
    EXPECT_EQ(dueText(3601, 0), "2 h");
    EXPECT_EQ(dueText(86'400, 0), "24 h");
    EXPECT_EQ(dueText(86'401, 0), "2 d");
    EXPECT_EQ(dueText(7 * 86'400, 0), "7 d");
}

TEST(ProgressText, NamesEachItemInWords)
{
    EXPECT_EQ(progressItemText("question:click:multifidus.left"), "Click it");
    EXPECT_EQ(progressItemText("question:name:multifidus.left"), "Name it");
    EXPECT_EQ(progressItemText("question:tool:lumbar-basic/Warm-up: effleurage"),
        "Tool of \"Warm-up: effleurage\"");
    EXPECT_EQ(progressItemText("question:pressure:lumbar-basic/Deep work"), "Force of \"Deep work\"");
    EXPECT_EQ(progressItemText("question:order:lumbar-basic"), "Order of the steps");
    EXPECT_EQ(progressItemText("question:referral_zone:gluteus_medius.left/lower_buttock"),
        "Where it refers: lower buttock");
    EXPECT_EQ(progressItemText("question:referral_muscle:sacroiliac_joint"),
        "Which muscle refers to the sacroiliac joint");
    EXPECT_EQ(progressItemText("question:referral_click:gluteus_medius.left"), "Click where it refers");
    EXPECT_EQ(progressItemText("palpation:spinous_process.l4"), "Find the spinous process of L4");
    EXPECT_EQ(progressItemText("palpation:nowhere"), "palpation:nowhere");
    EXPECT_EQ(progressItemText("something else"), "something else");
}

} // namespace
} // namespace lumbar::app
