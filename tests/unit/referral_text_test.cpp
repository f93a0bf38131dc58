// The info card's referral words: step lists, zone lines per audience, the honest framing with
// publications the bibliography holds, and the built-in lesson's steps that work a muscle.
#include "quiz/referral_questions.hpp"
#include "session/quiz_referral.hpp"
#include "session/references.hpp"
#include "session/referral_text.hpp"
#include "support/technique_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>

namespace lumbar::app {
namespace {

using technique::Audience;

ReferralPattern twoPointPattern()
{
    ReferralPattern pattern;
    pattern.source = "Travell and Simons 1992, vol. 2, ch. 4";
    pattern.triggerPoints = {{"upper", "below the rib", 0.8, 0.9}, {"lower", "above the crest", 0.2, 0.9}};
    pattern.zones = {{"lateral_hip", "the lateral hip", {"lower"}, {}},
        {"iliac_crest", "along the iliac crest", {"upper", "lower"}, {}}, {"sacrum", "the sacrum", {}, {}}};
    return pattern;
}

TEST(ReferralText, StepListsReadAsEnglish)
{
    EXPECT_EQ(stepListText({}), "");
    EXPECT_EQ(stepListText({9}), "step 9");
    EXPECT_EQ(stepListText({9, 10}), "steps 9 and 10");
    EXPECT_EQ(stepListText({9, 10, 15, 16}), "steps 9, 10, 15 and 16");
}

TEST(ReferralText, TheStepsTreatingAPointAreThoseNamingItOnThatSide)
{
    technique::Lesson lesson;
    lesson.steps.resize(4);
    lesson.steps[0].targets = {"quadratus_lumborum.left"};
    lesson.steps[0].triggerPoints = {"deep_upper", "deep_lower"};
    lesson.steps[1].targets = {"quadratus_lumborum.right"};
    lesson.steps[1].triggerPoints = {"deep_upper"};
    lesson.steps[2].targets = {"quadratus_lumborum.left", "gluteus_medius.left"};
    lesson.steps[2].triggerPoints = {"middle", "deep_upper"};
    lesson.steps[3].targets = {"quadratus_lumborum.left"}; // works it, names no point
    EXPECT_EQ(
        stepsTreating(lesson, "quadratus_lumborum.left", "deep_upper"), (std::vector<std::size_t>{1, 3}));
    EXPECT_EQ(stepsTreating(lesson, "quadratus_lumborum.right", "deep_upper"), (std::vector<std::size_t>{2}));
    EXPECT_EQ(stepsTreating(lesson, "quadratus_lumborum.left", "deep_lower"), (std::vector<std::size_t>{1}));
    EXPECT_EQ(stepsTreating(lesson, "gluteus_medius.left", "middle"), (std::vector<std::size_t>{3}));
    EXPECT_TRUE(stepsTreating(lesson, "gluteus_medius.left", "posterior").empty());
    EXPECT_EQ(stepsWorking(lesson, "quadratus_lumborum.left"), (std::vector<std::size_t>{1, 3, 4}));
}

TEST(ReferralText, ZoneLinesNameTheirPointsForStudentsOnly)
{
    const ReferralPattern pattern = twoPointPattern();
    EXPECT_EQ(zoneLine(pattern, pattern.zones[0], Audience::Student), "the lateral hip (from point 2)");
    EXPECT_EQ(zoneLine(pattern, pattern.zones[0], Audience::Instructor), "the lateral hip (from point 2)");
    EXPECT_EQ(zoneLine(pattern, pattern.zones[0], Audience::Patient), "the lateral hip");
    // From every point, or from points not named: the name alone.
    EXPECT_EQ(zoneLine(pattern, pattern.zones[1], Audience::Student), "along the iliac crest");
    EXPECT_EQ(zoneLine(pattern, pattern.zones[2], Audience::Student), "the sacrum");
}

TEST(ReferralText, TheHonestFramingCitesReadablePublicationsInEveryAudience)
{
    const ReferralPattern pattern = twoPointPattern();
    for (const Audience audience : {Audience::Student, Audience::Instructor, Audience::Patient}) {
        const std::string text = referralHonesty(pattern, audience);
        std::vector<std::string> cites;
        for (const Reference* reference : referencesCitedIn(text))
            cites.emplace_back(reference->cite);
        EXPECT_EQ(cites,
            (std::vector<std::string>{
                "Lucas et al. 2009", "Quintner et al. 2015", "Travell and Simons 1992"}))
            << text;
        EXPECT_NE(text.find(audience == Audience::Patient ? "debated" : "contested"), std::string::npos);
    }
    EXPECT_NE(referralHonesty(pattern, Audience::Patient).find("not a test"), std::string::npos);
    EXPECT_NE(referralHonesty(pattern, Audience::Student).find("not to diagnose"), std::string::npos);
    EXPECT_NE(referralIntro(Audience::Patient), referralIntro(Audience::Student));
}

TEST(ReferralText, TheBuiltInLessonWorksQuadratusLumborumInItsOwnSteps)
{
    const technique::LessonParseResult loaded
        = technique::loadLesson(test::builtInLessonDir() / "lumbar-basic.json");
    ASSERT_TRUE(loaded.lesson) << (loaded.problems.empty() ? "" : loaded.problems[0].text());
    const std::vector<std::size_t> steps = stepsWorking(*loaded.lesson, "quadratus_lumborum.right");
    ASSERT_FALSE(steps.empty());
    for (std::size_t step : steps) {
        const auto& targets = loaded.lesson->steps.at(step - 1).targets;
        EXPECT_NE(std::find(targets.begin(), targets.end(), "quadratus_lumborum.right"), targets.end());
    }
    EXPECT_TRUE(stepsWorking(*loaded.lesson, "kidney.left").empty());
}

TEST(QuizReferral, OnlyARegionOnTheFrontIsAskedFromBelowTheTable)
{
    const KnowledgeBase knowledge
        = loadKnowledgeBase(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json");
    std::mt19937 rng(3);
    std::set<std::string> fromTheFront;
    for (const quiz::Question& question : quiz::referralMuscleQuestions(knowledge, rng))
        if (askedFromTheFront(question, knowledge))
            fromTheFront.insert(question.zoneId);
    // Of the regions asked about, multifidus's lower abdomen alone lies on the front.
    EXPECT_EQ(fromTheFront, std::set<std::string>{"lower_abdomen"});
    // The other kinds name no region to show before the answer.
    quiz::Question zone;
    zone.kind = quiz::QuestionKind::ReferralZone;
    zone.muscleId = "multifidus.left";
    zone.zoneId = "lower_abdomen";
    EXPECT_FALSE(askedFromTheFront(zone, knowledge));
}

} // namespace
} // namespace lumbar::app
