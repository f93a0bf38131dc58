// The quiz builder on the real knowledge base and built-in lessons: the same seed gives the same
// quiz, every question is well formed, distractors are real alternatives, orders follow the lesson.
#include "quiz/progress_keys.hpp"
#include "quiz/quiz_builder.hpp"
#include "quiz/quiz_random.hpp"
#include "quiz/referral_questions.hpp"
#include "support/knowledge_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace lumbar::quiz {
namespace {

const std::filesystem::path kContentDir(LUMBARLAB_CONTENT_DIR);
const std::filesystem::path kModelsDir(LUMBARLAB_MODELS_DIR);

KnowledgeBase realKnowledge()
{
    return loadKnowledgeBase(kModelsDir / "structures.json");
}

std::vector<technique::Lesson> builtInLessons(const KnowledgeBase& knowledge)
{
    std::vector<technique::Lesson> lessons;
    for (const char* name : {"lumbar-basic.json", "quadratus-lumborum.json", "forearm-erector-spinae.json"}) {
        const technique::LessonParseResult parsed
            = technique::loadLesson(kContentDir / "lessons" / name, &knowledge);
        EXPECT_TRUE(parsed.ok()) << name;
        if (parsed.lesson)
            lessons.push_back(*parsed.lesson);
    }
    return lessons;
}

bool sameQuestion(const Question& a, const Question& b)
{
    return a.kind == b.kind && a.prompt == b.prompt && a.choices == b.choices
        && a.correctChoice == b.correctChoice && a.correctOrder == b.correctOrder
        && a.structureId == b.structureId && a.rightAnswerText == b.rightAnswerText
        && a.explanation == b.explanation;
}

class QuizBuilder : public ::testing::Test {
protected:
    KnowledgeBase knowledge = realKnowledge();
    std::vector<technique::Lesson> lessons = builtInLessons(knowledge);
};

TEST(QuizRandom, UniformIndexFollowsTheFixedMt19937Sequence)
{
    // Below the rejection limit an index is the raw output modulo the count, so the quiz follows
    // std::mt19937's sequence, which the standard fixes.
    std::mt19937 reference;
    std::mt19937 rng;
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t raw = reference();
        EXPECT_EQ(uniformIndex(rng, 7), raw % 7);
    }
    std::mt19937 single;
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(uniformIndex(single, 1), 0u);
}

TEST_F(QuizBuilder, TheSameSeedGivesTheSameQuiz)
{
    const std::vector<Question> first = buildQuiz(knowledge, lessons, 1234, 12);
    const std::vector<Question> second = buildQuiz(knowledge, lessons, 1234, 12);
    ASSERT_EQ(first.size(), 12u);
    ASSERT_EQ(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        EXPECT_TRUE(sameQuestion(first[i], second[i])) << i;
    const std::vector<Question> other = buildQuiz(knowledge, lessons, 4321, 12);
    bool anyDifferent = false;
    for (std::size_t i = 0; i < other.size(); ++i)
        anyDifferent = anyDifferent || !sameQuestion(first[i], other[i]);
    EXPECT_TRUE(anyDifferent);
}

TEST_F(QuizBuilder, AShortQuizMixesEveryKind)
{
    const std::vector<Question> quiz = buildQuiz(knowledge, lessons, 7, 6);
    std::set<QuestionKind> kinds;
    for (const Question& question : quiz)
        kinds.insert(question.kind);
    EXPECT_EQ(kinds.size(), 6u);
}

TEST_F(QuizBuilder, StepQuestionsComeFromEveryLessonInTurn)
{
    // The basic lesson holds most of the steps; a quiz of ten still asks about every lesson, and
    // of its step questions no lesson gives more than two more than another (before, the basic
    // lesson gave five or six and another none).
    for (std::uint32_t seed = 1; seed <= 30; ++seed) {
        std::map<std::string, int> perLesson;
        for (const technique::Lesson& lesson : lessons)
            perLesson[lesson.id] = 0;
        for (const Question& question : buildQuiz(knowledge, lessons, seed, 10))
            if (!question.lessonId.empty())
                ++perLesson[question.lessonId];
        const auto [fewest, most] = std::minmax_element(perLesson.begin(), perLesson.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
        EXPECT_GE(fewest->second, 1) << "seed " << seed << ": nothing from " << fewest->first;
        EXPECT_LE(most->second - fewest->second, 2)
            << "seed " << seed << ": " << most->first << " " << most->second << ", " << fewest->first << " "
            << fewest->second;
    }
}

TEST_F(QuizBuilder, CountsBelowOneGiveNoQuestionsAndALargeCountStopsAtTheContent)
{
    EXPECT_TRUE(buildQuiz(knowledge, lessons, 1, 0).empty());
    EXPECT_TRUE(buildQuiz(knowledge, lessons, 1, -3).empty());
    std::size_t available = 0;
    for (int kind = 0; kind <= int(QuestionKind::ReferralClick); ++kind)
        available += allQuestionsOfKind(QuestionKind(kind), knowledge, lessons, 1).size();
    EXPECT_EQ(buildQuiz(knowledge, lessons, 1, 100000).size(), available);
}

TEST_F(QuizBuilder, ReferralQuestionsHaveExactlyOneTrueChoice)
{
    // Where each taught muscle's pattern reaches, by region, and by muscle name without its side.
    std::map<std::string, std::set<std::string>> regionsOf;
    std::map<std::string, std::set<std::string>> zoneNamesOf;
    for (const StructureInfo& structure : knowledge.structures)
        for (const ReferralZone& zone : structure.referral.zones) {
            const std::string muscle = structure.name.substr(0, structure.name.find(" ("));
            regionsOf[muscle].insert(referralRegion(zone.id));
            zoneNamesOf[muscle].insert(zone.name);
        }
    ASSERT_EQ(regionsOf.size(), 5u);
    std::map<std::string, std::string> regionOfName;
    for (const StructureInfo& structure : knowledge.structures)
        for (const ReferralZone& zone : structure.referral.zones)
            regionOfName[zone.name] = referralRegion(zone.id);

    const std::vector<Question> zones = allQuestionsOfKind(QuestionKind::ReferralZone, knowledge, lessons, 5);
    // Gluteus medius, iliocostalis, longissimus and multifidus leave three regions free; quadratus
    // lumborum reaches four of six and is asked the other way round.
    EXPECT_EQ(zones.size(), 3u + 1u + 1u + 3u);
    for (const Question& question : zones) {
        // The prompt names the muscle with a lower-case first letter.
        const auto owner = std::find_if(regionsOf.begin(), regionsOf.end(), [&](const auto& entry) {
            return question.prompt.find(entry.first.substr(1) + "?") != std::string::npos;
        });
        ASSERT_NE(owner, regionsOf.end()) << question.prompt;
        ASSERT_EQ(question.choices.size(), kChoiceCount);
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
            const bool reached = owner->second.count(regionOfName.at(question.choices[i])) > 0;
            EXPECT_EQ(reached, i == question.correctChoice)
                << question.prompt << " / " << question.choices[i];
        }
        EXPECT_NE(question.explanation.find("Quintner et al. 2015"), std::string::npos);
    }

    const std::vector<Question> muscles
        = allQuestionsOfKind(QuestionKind::ReferralMuscle, knowledge, lessons, 5);
    ASSERT_FALSE(muscles.empty());
    for (const Question& question : muscles) {
        ASSERT_EQ(question.choices.size(), kChoiceCount);
        const std::string zone = question.prompt.substr(question.prompt.find(": ") + 2,
            question.prompt.find(". Trigger") - question.prompt.find(": ") - 2);
        const std::string region = regionOfName.at(zone);
        for (std::size_t i = 0; i < question.choices.size(); ++i)
            EXPECT_EQ(regionsOf.at(question.choices[i]).count(region) > 0, i == question.correctChoice)
                << question.prompt << " / " << question.choices[i];
    }
    // The lateral hip is quadratus lumborum's alone; the coccyx shares its region with the sacrum.
    EXPECT_TRUE(std::any_of(muscles.begin(), muscles.end(),
        [](const Question& q) { return q.rightAnswerText == "Quadratus lumborum"; }));
}

TEST_F(QuizBuilder, MultipleChoiceQuestionsHaveFourDistinctChoicesAndOneRightOne)
{
    for (std::uint32_t seed : {1u, 2u, 99u}) {
        for (QuestionKind kind : {QuestionKind::NameStructure, QuestionKind::StepTool,
                 QuestionKind::StepDirection, QuestionKind::StepPressure}) {
            const std::vector<Question> questions = allQuestionsOfKind(kind, knowledge, lessons, seed);
            EXPECT_FALSE(questions.empty()) << questionKindName(kind);
            for (const Question& question : questions) {
                ASSERT_TRUE(question.isMultipleChoice());
                ASSERT_EQ(question.choices.size(), kChoiceCount) << question.prompt;
                const std::set<std::string> distinct(question.choices.begin(), question.choices.end());
                EXPECT_EQ(distinct.size(), kChoiceCount) << question.prompt;
                ASSERT_LT(question.correctChoice, question.choices.size());
                EXPECT_EQ(question.choices[question.correctChoice], question.rightAnswerText);
                // Exactly one choice is the right answer; every distractor differs from it.
                EXPECT_EQ(
                    std::count(question.choices.begin(), question.choices.end(), question.rightAnswerText), 1)
                    << question.prompt;
                EXPECT_FALSE(question.explanation.empty()) << question.prompt;
            }
        }
    }
}

TEST_F(QuizBuilder, StepAnswersAreTheStepsOwnToolDirectionAndForceBand)
{
    const auto stepOf = [&](const Question& question) -> const technique::Step* {
        for (const technique::Lesson& lesson : lessons)
            if (lesson.id == question.lessonId)
                for (const technique::Step& step : lesson.steps)
                    if (question.stepTitle == step.title)
                        return &step;
        return nullptr;
    };
    for (const Question& question : allQuestionsOfKind(QuestionKind::StepTool, knowledge, lessons, 5)) {
        const technique::Step* step = stepOf(question);
        ASSERT_NE(step, nullptr) << question.prompt;
        EXPECT_EQ(question.rightAnswerText, technique::toolName(step->tool));
    }
    for (const Question& question : allQuestionsOfKind(QuestionKind::StepDirection, knowledge, lessons, 5)) {
        const technique::Step* step = stepOf(question);
        ASSERT_TRUE(step && step->stroke) << question.prompt;
        EXPECT_EQ(question.rightAnswerText, technique::strokeDirectionName(step->stroke->direction));
    }
    // The deep forearm glide's profile rises from 60 N to 120 N (content/lessons/lumbar-basic.json).
    bool foundGlide = false;
    for (const Question& question : allQuestionsOfKind(QuestionKind::StepPressure, knowledge, lessons, 5))
        if (question.prompt.find("\"Deep forearm glide along the erector spinae (left side)\"")
            != std::string::npos) {
            foundGlide = true;
            EXPECT_EQ(question.rightAnswerText, "60-120 N");
        }
    EXPECT_TRUE(foundGlide);
}

TEST_F(QuizBuilder, NoQuestionNamesItsAnswerOrHasTwoTrueOnes)
{
    const auto lowered = [](std::string text) {
        std::transform(
            text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return text;
    };
    // The tool's word is blanked out of titles that carry it ("Deep ___ glide along the erector
    // spinae (left side)", lesson "___ work on the erector spinae").
    bool blanked = false;
    for (const Question& question : allQuestionsOfKind(QuestionKind::StepTool, knowledge, lessons, 3)) {
        std::string stem = question.rightAnswerText;
        if (stem.back() == 's')
            stem.pop_back();
        EXPECT_EQ(lowered(question.prompt).find(stem), std::string::npos) << question.prompt;
        blanked
            = blanked || question.prompt.find("Deep ___ glide along the erector spinae") != std::string::npos;
    }
    EXPECT_TRUE(blanked);
    // Directions are asked among the four on the body, and only of strokes declared in one of
    // them: a glide up the erector is both "superior" and "along fibres".
    const std::set<std::string> onTheBody = {"superior", "inferior", "medial", "lateral"};
    const std::vector<Question> directions
        = allQuestionsOfKind(QuestionKind::StepDirection, knowledge, lessons, 3);
    EXPECT_GE(directions.size(), 4u);
    for (const Question& question : directions)
        for (const std::string& choice : question.choices)
            EXPECT_TRUE(onTheBody.contains(choice)) << question.prompt << ": " << choice;
    // No two force bands among a question's choices share a force: not a wrong one with the right
    // one (24-40 N against 30-60 N would be half right), nor two wrong ones.
    const auto bandOf = [](const std::string& text) {
        double low = 0.0, high = 0.0;
        if (std::sscanf(text.c_str(), "%lf-%lf N", &low, &high) != 2)
            high = low = std::stod(text);
        return std::pair(low, high);
    };
    for (const Question& question : allQuestionsOfKind(QuestionKind::StepPressure, knowledge, lessons, 3))
        for (std::size_t a = 0; a < question.choices.size(); ++a)
            for (std::size_t b = a + 1; b < question.choices.size(); ++b) {
                const auto [lowA, highA] = bandOf(question.choices[a]);
                const auto [lowB, highB] = bandOf(question.choices[b]);
                EXPECT_TRUE(highA < lowB || lowA > highB)
                    << question.prompt << ": " << question.choices[a] << " against " << question.choices[b];
            }
}

TEST_F(QuizBuilder, NameDistractorsComeFromTheSameLayerWhenItHasEnough)
{
    for (const Question& question : allQuestionsOfKind(QuestionKind::NameStructure, knowledge, lessons, 3)) {
        const StructureInfo* right = knowledge.find(question.structureId);
        ASSERT_NE(right, nullptr);
        EXPECT_EQ(question.rightAnswerText, right->name);
        std::size_t sameLayerCount = 0;
        for (const StructureInfo& other : knowledge.structures)
            sameLayerCount += other.layer == right->layer && other.id != right->id ? 1 : 0;
        if (sameLayerCount < kChoiceCount - 1)
            continue;
        for (const std::string& choice : question.choices) {
            const auto match = std::find_if(knowledge.structures.begin(), knowledge.structures.end(),
                [&](const StructureInfo& s) { return s.name == choice; });
            ASSERT_NE(match, knowledge.structures.end()) << choice;
            EXPECT_EQ(match->layer, right->layer) << question.prompt << ": " << choice;
        }
    }
}

TEST_F(QuizBuilder, StructureQuestionsSkipTheSkinUnnamedStructuresAndMeshlessOnes)
{
    KnowledgeBase edited = knowledge;
    edited.structures[0].name.clear(); // vertebra_t11 has no name now
    QuizOptions options;
    options.meshIds
        = std::vector<std::string>{"skin", "vertebra_t11", "multifidus.left", "quadratus_lumborum.left"};
    const std::vector<Question> clicks
        = allQuestionsOfKind(QuestionKind::ClickStructure, edited, lessons, 1, options);
    std::vector<std::string> ids;
    for (const Question& question : clicks)
        ids.push_back(question.structureId);
    EXPECT_EQ(ids, (std::vector<std::string>{"quadratus_lumborum.left", "multifidus.left"}));
    for (const Question& question : clicks) {
        EXPECT_TRUE(question.choices.empty());
        EXPECT_NE(question.prompt.find(edited.find(question.structureId)->name), std::string::npos);
    }
    // Two askable structures cannot fill four choices: no name questions.
    EXPECT_TRUE(allQuestionsOfKind(QuestionKind::NameStructure, edited, lessons, 1, options).empty());
}

TEST_F(QuizBuilder, TheSmallFixtureHasTooFewStructuresToNameButEnoughToClick)
{
    const KnowledgeBase small = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "small.json");
    // Three askable structures (the skin is never asked) cannot make four distinct choices.
    EXPECT_TRUE(allQuestionsOfKind(QuestionKind::NameStructure, small, {}, 1).empty());
    EXPECT_EQ(allQuestionsOfKind(QuestionKind::ClickStructure, small, {}, 1).size(), 3u);
    // Without lessons only structure questions are built.
    for (const Question& question : buildQuiz(small, {}, 1, 10))
        EXPECT_EQ(question.kind, QuestionKind::ClickStructure);
}

TEST_F(QuizBuilder, OrderQuestionsFollowTheLessonAndSpanItsPhases)
{
    for (std::uint32_t seed = 0; seed < 20; ++seed) {
        const std::vector<Question> orders
            = allQuestionsOfKind(QuestionKind::StepOrder, knowledge, lessons, seed);
        ASSERT_EQ(orders.size(), lessons.size());
        for (const Question& question : orders) {
            const auto lesson = std::find_if(lessons.begin(), lessons.end(),
                [&](const technique::Lesson& l) { return l.id == question.lessonId; });
            ASSERT_NE(lesson, lessons.end());
            ASSERT_GE(question.choices.size(), kMinOrderSteps);
            ASSERT_LE(question.choices.size(), kMaxOrderSteps);
            ASSERT_EQ(question.correctOrder.size(), question.choices.size());
            std::vector<std::size_t> sortedOrder = question.correctOrder;
            std::sort(sortedOrder.begin(), sortedOrder.end());
            for (std::size_t k = 0; k < sortedOrder.size(); ++k)
                EXPECT_EQ(sortedOrder[k], k); // a permutation of the choices
            // Walking the choices in the right order walks the lesson forwards.
            std::vector<std::size_t> stepIndices;
            std::set<technique::Phase> phases;
            for (std::size_t choice : question.correctOrder) {
                const auto step = std::find_if(lesson->steps.begin(), lesson->steps.end(),
                    [&](const technique::Step& s) { return s.title == question.choices[choice]; });
                ASSERT_NE(step, lesson->steps.end());
                stepIndices.push_back(std::size_t(step - lesson->steps.begin()));
                phases.insert(step->phase);
            }
            EXPECT_TRUE(std::is_sorted(stepIndices.begin(), stepIndices.end())) << question.lessonId;
            // One step per phase in every built-in lesson (each has at least four phases).
            EXPECT_EQ(phases.size(), question.choices.size()) << question.lessonId;
            // Never shown already in order.
            EXPECT_FALSE(std::is_sorted(question.correctOrder.begin(), question.correctOrder.end()));
        }
    }
}

TEST_F(QuizBuilder, EmptyProgressChangesNothing)
{
    const Progress none;
    QuizOptions options;
    options.progress = &none;
    options.nowS = 1'750'000'000;
    const std::vector<Question> plain = buildQuiz(knowledge, lessons, 99, 10);
    const std::vector<Question> scheduled = buildQuiz(knowledge, lessons, 99, 10, options);
    ASSERT_EQ(scheduled.size(), plain.size());
    for (std::size_t i = 0; i < plain.size(); ++i)
        EXPECT_TRUE(sameQuestion(plain[i], scheduled[i])) << i;
}

TEST_F(QuizBuilder, DueQuestionsComeFirstTheLongestOverdueFirstAndTheKindsStayMixed)
{
    constexpr std::int64_t kNowS = 1'750'000'000;
    constexpr std::int64_t kDayS = 86'400;
    const std::vector<Question> plain = buildQuiz(knowledge, lessons, 5, 10);
    std::set<std::string> inPlain;
    for (const Question& question : plain)
        inPlain.insert(progressKey(question));
    // Every question of the plain quiz was answered right an hour ago: box 2, due tomorrow.
    Progress progress;
    for (const Question& question : plain)
        progress.answer(progressKey(question), progressGroup(question), true, kNowS - 3600);
    // Three click questions the plain quiz did not ask were answered wrong: due, at three ages.
    std::vector<std::string> due;
    for (const Question& click : allQuestionsOfKind(QuestionKind::ClickStructure, knowledge, lessons, 5))
        if (due.size() < 3 && !inPlain.count(progressKey(click)))
            due.push_back(progressKey(click));
    ASSERT_EQ(due.size(), 3u);
    const ProgressGroup group{ProgressGroup::Kind::Structure, "any"};
    progress.answer(due[0], group, false, kNowS - 2 * kDayS);
    progress.answer(due[1], group, false, kNowS - kDayS);
    progress.answer(due[2], group, false, kNowS - 60);

    QuizOptions options;
    options.progress = &progress;
    options.nowS = kNowS;
    const std::vector<Question> quiz = buildQuiz(knowledge, lessons, 5, 10, options);
    ASSERT_EQ(quiz.size(), 10u);
    // One question per kind and round: the nine kinds fill the first round, the click kind (due)
    // takes the one place of the second. Two of the three due ones, the longest overdue first.
    EXPECT_EQ(progressKey(quiz[0]), due[0]);
    EXPECT_EQ(progressKey(quiz[1]), due[1]);
    std::set<QuestionKind> kinds;
    std::vector<Urgency> urgencies;
    for (const Question& question : quiz) {
        kinds.insert(question.kind);
        urgencies.push_back(urgencyOf(progress, progressKey(question), kNowS));
        EXPECT_NE(progressKey(question), due[2]);
    }
    EXPECT_EQ(kinds.size(), 9u);
    // Due, then never answered, then (only where a kind has nothing new left) not due yet.
    EXPECT_TRUE(std::is_sorted(urgencies.begin(), urgencies.end()));
    EXPECT_EQ(urgencies[2], Urgency::New);
    // A day and an hour later the plain quiz's questions are due too and come before new ones.
    options.nowS = kNowS + kDayS;
    const std::vector<Question> later = buildQuiz(knowledge, lessons, 5, 10, options);
    std::size_t dueCount = 0;
    for (const Question& question : later)
        dueCount += urgencyOf(progress, progressKey(question), options.nowS) == Urgency::Due ? 1 : 0;
    EXPECT_EQ(dueCount, later.size());
}

TEST(QuizText, ForceBandsAreWrittenAsATherapistSaysThem)
{
    EXPECT_EQ(forceBandText(60.0, 120.0), "60-120 N");
    EXPECT_EQ(forceBandText(40.0, 40.0), "40 N");
}

} // namespace
} // namespace lumbar::quiz
