// Spaced repetition: Leitner boxes, due times, the order of asking and the Progress panel's sums.
#include "quiz/progress.hpp"
#include "quiz/progress_keys.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lumbar::quiz {
namespace {

constexpr std::int64_t kDayS = 86'400;
constexpr std::int64_t kNowS = 1'750'000'000; // a June 2025 afternoon

const ProgressGroup kQuadratus{ProgressGroup::Kind::Structure, "quadratus_lumborum.left"};
const ProgressGroup kBasicLesson{ProgressGroup::Kind::Lesson, "lumbar-basic"};

ProgressRecord recordOf(const std::string& key, int box, std::int64_t lastAnsweredS)
{
    return {key, kQuadratus, box, 1, 0, lastAnsweredS};
}

TEST(ProgressBoxes, IntervalsAreNoneOneThreeSevenAndTwentyOneDays)
{
    EXPECT_EQ(boxIntervalS(1), 0);
    EXPECT_EQ(boxIntervalS(2), kDayS);
    EXPECT_EQ(boxIntervalS(3), 3 * kDayS);
    EXPECT_EQ(boxIntervalS(4), 7 * kDayS);
    EXPECT_EQ(boxIntervalS(5), 21 * kDayS);
}

TEST(ProgressBoxes, RightMovesUpOneBoxToFiveAndWrongGoesBackToOne)
{
    Progress progress;
    const std::string key = "question:click:quadratus_lumborum.left";
    std::vector<int> boxes;
    for (int i = 0; i < 6; ++i)
        boxes.push_back(progress.answer(key, kQuadratus, true, kNowS + i).box);
    EXPECT_EQ(boxes, (std::vector<int>{2, 3, 4, 5, 5, 5}));
    const ProgressRecord& afterWrong = progress.answer(key, kQuadratus, false, kNowS + 10);
    EXPECT_EQ(afterWrong.box, 1);
    EXPECT_EQ(afterWrong.right, 6);
    EXPECT_EQ(afterWrong.wrong, 1);
    EXPECT_EQ(afterWrong.lastAnsweredS, kNowS + 10);
    EXPECT_EQ(progress.answer(key, kQuadratus, true, kNowS + 20).box, 2);
    // A first answer that is wrong leaves a new item in box 1.
    EXPECT_EQ(progress.answer("palpation:psis.left", kQuadratus, false, kNowS).box, 1);
    EXPECT_EQ(progress.size(), 2u);
}

TEST(ProgressBoxes, AnItemIsDueFromTheEndOfItsBoxsInterval)
{
    const ProgressRecord boxThree = recordOf("a", 3, kNowS);
    EXPECT_EQ(boxThree.dueS(), kNowS + 3 * kDayS);
    EXPECT_FALSE(boxThree.isDue(kNowS + 3 * kDayS - 1));
    EXPECT_TRUE(boxThree.isDue(kNowS + 3 * kDayS));
    // Box 1 is due at once: a wrong answer is asked again in the next quiz.
    EXPECT_TRUE(recordOf("b", 1, kNowS).isDue(kNowS));

    Progress progress;
    progress.put(boxThree);
    EXPECT_EQ(urgencyOf(progress, "a", kNowS), Urgency::Later);
    EXPECT_EQ(urgencyOf(progress, "a", kNowS + 3 * kDayS), Urgency::Due);
    EXPECT_EQ(urgencyOf(progress, "never", kNowS), Urgency::New);
}

TEST(ProgressSchedule, DueLongestOverdueFirstThenNewInTheirOrderThenLaterSoonestFirst)
{
    Progress progress;
    progress.put(recordOf("a", 1, kNowS - 1000)); // due since 1000 s
    progress.put(recordOf("b", 2, kNowS - kDayS - 5000)); // due since 5000 s
    progress.put(recordOf("d", 3, kNowS - 3600)); // due in 3 days less an hour
    progress.put(recordOf("e", 2, kNowS - 3600)); // due in 23 hours
    progress.put(recordOf("g", 5, kNowS - 21 * kDayS)); // due this very second
    progress.put(recordOf("h", 1, kNowS - 1000)); // due as long as "a": the order given decides
    const std::vector<std::string> keys{"c", "a", "d", "e", "b", "f", "g", "h"};
    std::vector<std::string> asked;
    for (std::size_t index : scheduleOrder(progress, keys, kNowS))
        asked.push_back(keys[index]);
    EXPECT_EQ(asked, (std::vector<std::string>{"b", "a", "h", "g", "c", "f", "e", "d"}));

    // A day later "e" is due too, and "d" is still not.
    asked.clear();
    for (std::size_t index : scheduleOrder(progress, keys, kNowS + kDayS))
        asked.push_back(keys[index]);
    EXPECT_EQ(asked, (std::vector<std::string>{"b", "a", "h", "g", "e", "c", "f", "d"}));
}

TEST(ProgressSchedule, WithoutRecordsTheOrderGivenIsKept)
{
    const std::vector<std::string> keys{"z", "y", "x", "y"};
    EXPECT_EQ(scheduleOrder(Progress(), keys, kNowS), (std::vector<std::size_t>{0, 1, 2, 3}));
    std::vector<int> items{3, 1, 2};
    Progress progress;
    progress.put(recordOf("2", 1, kNowS));
    sortBySchedule(items, progress, kNowS, [](int item) { return std::to_string(item); });
    EXPECT_EQ(items, (std::vector<int>{2, 3, 1}));
}

TEST(ProgressSummary, SumsEachStructureAndLessonApart)
{
    Progress progress;
    progress.answer("question:click:quadratus_lumborum.left", kQuadratus, true, kNowS - 2 * kDayS);
    progress.answer("question:click:quadratus_lumborum.left", kQuadratus, true, kNowS - 2 * kDayS);
    progress.answer("question:name:quadratus_lumborum.left", kQuadratus, false, kNowS - 10);
    progress.answer("question:order:lumbar-basic", kBasicLesson, true, kNowS);
    const std::vector<ProgressSummary> structures
        = summarizeProgress(progress, ProgressGroup::Kind::Structure, kNowS);
    ASSERT_EQ(structures.size(), 1u);
    EXPECT_EQ(structures[0].group, kQuadratus);
    EXPECT_EQ(structures[0].items, 2);
    EXPECT_EQ(structures[0].right, 2);
    EXPECT_EQ(structures[0].wrong, 1);
    EXPECT_EQ(structures[0].dueNow, 1); // the name question (box 1); the click one waits 3 days
    EXPECT_EQ(structures[0].lowestBox, 1);
    EXPECT_DOUBLE_EQ(structures[0].meanBox, 2.0);
    EXPECT_EQ(structures[0].lastAnsweredS, kNowS - 10);
    const std::vector<ProgressSummary> lessons
        = summarizeProgress(progress, ProgressGroup::Kind::Lesson, kNowS);
    ASSERT_EQ(lessons.size(), 1u);
    EXPECT_EQ(lessons[0].group, kBasicLesson);
    EXPECT_EQ(lessons[0].dueNow, 0);
}

TEST(ProgressKeys, NameWhatIsAskedAndWhereItIsCounted)
{
    Question click;
    click.kind = QuestionKind::ClickStructure;
    click.structureId = "multifidus.left";
    EXPECT_EQ(progressKey(click), "question:click:multifidus.left");
    EXPECT_EQ(progressGroup(click), (ProgressGroup{ProgressGroup::Kind::Structure, "multifidus.left"}));
    Question tool;
    tool.kind = QuestionKind::StepTool;
    tool.lessonId = "lumbar-basic";
    tool.stepTitle = "Warm-up effleurage";
    EXPECT_EQ(progressKey(tool), "question:tool:lumbar-basic/Warm-up effleurage");
    EXPECT_EQ(progressGroup(tool), kBasicLesson);
    Question order;
    order.kind = QuestionKind::StepOrder;
    order.lessonId = "lumbar-basic";
    EXPECT_EQ(progressKey(order), "question:order:lumbar-basic");
    Question refers;
    refers.kind = QuestionKind::ReferralZone;
    refers.muscleId = "gluteus_medius.left";
    refers.zoneId = "sacrum";
    EXPECT_EQ(progressKey(refers), "question:referral_zone:gluteus_medius.left/sacrum");
    EXPECT_EQ(progressGroup(refers), (ProgressGroup{ProgressGroup::Kind::Structure, "gluteus_medius.left"}));
    refers.kind = QuestionKind::ReferralMuscle;
    EXPECT_EQ(progressKey(refers), "question:referral_muscle:sacrum");
    refers.kind = QuestionKind::ReferralClick;
    refers.zoneId.clear();
    EXPECT_EQ(progressKey(refers), "question:referral_click:gluteus_medius.left");
    EXPECT_EQ(progressGroup(refers), (ProgressGroup{ProgressGroup::Kind::Structure, "gluteus_medius.left"}));
    const PalpationTarget& first = palpationTargets().front();
    EXPECT_EQ(progressKey(first), "palpation:spinous_process.l1");
    EXPECT_EQ(progressGroup(first), (ProgressGroup{ProgressGroup::Kind::Structure, "vertebra_l1"}));
}

} // namespace
} // namespace lumbar::quiz
