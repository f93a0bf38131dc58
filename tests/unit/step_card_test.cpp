// The step card: labels, order and texts for each audience, and what an empty text leaves out.
#include "anatomy/knowledge_base.hpp"
#include "session/step_card.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lumbar::app {
namespace {

using namespace technique;

/// A forearm glide with every text, caution, check-in and source filled in.
Step fullStep()
{
    Step step;
    step.title = "Forearm glide";
    step.phase = Phase::DeepWork;
    step.tool = ToolKind::Forearm;
    step.targets = {"longissimus_thoracis.left", "unknown_id"};
    step.stroke = Stroke{StrokeKind::Glide, {}, StrokeDirection::Superior, 2.0, 3, RepeatMode::BackAndForth};
    step.explain.student = {"student what", "student why", "student how", "student avoid"};
    step.explain.instructor = {"instructor what", "instructor why", "instructor how", "instructor avoid"};
    step.explain.patient = {"patient what", "patient why", "patient how", "patient avoid"};
    step.cautions = {"Not over the kidneys", "Ease off at the ribs"};
    step.checkIn = "Is this pressure ok?";
    step.sources = {"Furlan et al. 2015"};
    return step;
}

KnowledgeBase names()
{
    KnowledgeBase knowledge;
    StructureInfo longissimus;
    longissimus.id = "longissimus_thoracis.left";
    longissimus.name = "Longissimus thoracis (left)";
    knowledge.structures = {longissimus};
    return knowledge;
}

std::vector<CardSectionKind> kinds(const StepCard& card)
{
    std::vector<CardSectionKind> result;
    for (const CardSection& section : card.sections)
        result.push_back(section.kind);
    return result;
}

std::vector<std::string> labels(const StepCard& card)
{
    std::vector<std::string> result;
    for (const CardSection& section : card.sections)
        result.push_back(section.label);
    return result;
}

std::vector<std::string> texts(const StepCard& card)
{
    std::vector<std::string> result;
    for (const CardSection& section : card.sections)
        result.push_back(section.text);
    return result;
}

const std::vector<CardSectionKind> kEveryKind{CardSectionKind::What, CardSectionKind::Why,
    CardSectionKind::How, CardSectionKind::Avoid, CardSectionKind::Cautions, CardSectionKind::CheckIn};

TEST(StepCard, ThePatientReadsTheTargetsInPlainWordsWhereTheKnowledgeBaseHasThem)
{
    KnowledgeBase knowledge = names();
    knowledge.structures[0].plainName = "the long muscle beside your spine, on your left side";
    const Step step = fullStep(); // longissimus_thoracis.left and an id the knowledge base lacks
    EXPECT_EQ(stepCard(step, Audience::Patient, knowledge).targets,
        "the long muscle beside your spine, on your left side; unknown_id");
    EXPECT_EQ(
        stepCard(step, Audience::Student, knowledge).targets, "Longissimus thoracis (left), unknown_id");
}

TEST(StepCard, EveryStructureTheBuiltInLessonsWorkOnHasAPlainName)
{
    const KnowledgeBase knowledge
        = loadKnowledgeBase(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json");
    for (const char* lesson : {"lumbar-basic", "quadratus-lumborum", "forearm-erector-spinae"}) {
        const technique::LessonParseResult parsed = technique::loadLesson(
            std::filesystem::path(LUMBARLAB_CONTENT_DIR) / "lessons" / (std::string(lesson) + ".json"),
            &knowledge);
        ASSERT_TRUE(parsed.ok()) << lesson;
        for (const Step& step : parsed.lesson->steps)
            for (const std::string& id : step.targets) {
                const StructureInfo* structure = knowledge.find(id);
                ASSERT_TRUE(structure) << id;
                EXPECT_FALSE(structure->plainName.empty()) << lesson << ": " << id;
                // Said to the patient: "your", and no Latin.
                EXPECT_NE(structure->plainName.find("your"), std::string::npos) << id;
                if (!structure->latin.empty()) {
                    EXPECT_EQ(structure->plainName.find(structure->latin), std::string::npos) << id;
                }
            }
    }
}

TEST(StepCard, NamesTheTriggerPointsTheStepTreatsByTheirNumberOnTheCard)
{
    KnowledgeBase knowledge = names();
    knowledge.structures[0].referral.triggerPoints
        = {{"t12_l1", "at T12-L1, in the belly", 0.6, 0.5}, {"l2", "at L2", 0.4, 0.5}};
    Step step = fullStep();
    EXPECT_TRUE(stepCard(step, Audience::Student, knowledge).triggerPoints.empty());
    step.triggerPoints = {"l2", "t12_l1", "not_a_point"};
    EXPECT_EQ(stepCard(step, Audience::Student, knowledge).triggerPoints,
        (std::vector<std::string>{"longissimus thoracis (left), point 2: at L2",
            "longissimus thoracis (left), point 1: at T12-L1, in the belly"}));
    // The patient reads of a tender knot once per muscle. With a second target without a knot
    // (unknown_id) the muscle is named; alone, it is "this muscle"; with knots in every target,
    // "each of these muscles".
    EXPECT_EQ(stepCard(step, Audience::Patient, knowledge).triggerPoints,
        std::vector<std::string>{"a tender knot in longissimus thoracis (left)"});
    step.targets = {"longissimus_thoracis.left"};
    EXPECT_EQ(stepCard(step, Audience::Patient, knowledge).triggerPoints,
        std::vector<std::string>{"a tender knot in this muscle"});
    StructureInfo multifidus;
    multifidus.id = "multifidus.left";
    multifidus.name = "Multifidus (left)";
    multifidus.plainName = "the small deep muscles beside your spine, on your left side";
    multifidus.referral.triggerPoints = {{"l5", "at L5", 0.5, 0.5}};
    knowledge.structures.push_back(multifidus);
    step.targets = {"longissimus_thoracis.left", "multifidus.left"};
    step.triggerPoints = {"l2", "l5"};
    EXPECT_EQ(stepCard(step, Audience::Patient, knowledge).triggerPoints,
        std::vector<std::string>{"a tender knot in each of these muscles"});
    step.triggerPoints = {"l5"};
    EXPECT_EQ(stepCard(step, Audience::Patient, knowledge).triggerPoints,
        std::vector<std::string>{
            "a tender knot in the small deep muscles beside your spine, on your left side"});
}

TEST(StepCard, StudentReadsTheTechnicalLabelsInOrder)
{
    const StepCard card = stepCard(fullStep(), Audience::Student, names());
    EXPECT_EQ(kinds(card), kEveryKind);
    EXPECT_EQ(
        labels(card), (std::vector<std::string>{"What", "Why", "How", "Avoid", "Cautions", "Check-in"}));
    EXPECT_EQ(texts(card),
        (std::vector<std::string>{
            "student what", "student why", "student how", "student avoid", "", "Is this pressure ok?"}));
    EXPECT_EQ(
        card.sections[4].items, (std::vector<std::string>{"Not over the kidneys", "Ease off at the ribs"}));
    EXPECT_TRUE(card.sections[0].items.empty());
    EXPECT_TRUE(card.sections[5].items.empty());
}

TEST(StepCard, InstructorReadsTheTeachingPointsUnderTheSameLabels)
{
    const StepCard card = stepCard(fullStep(), Audience::Instructor, names());
    EXPECT_EQ(kinds(card), kEveryKind);
    EXPECT_EQ(
        labels(card), (std::vector<std::string>{"What", "Why", "How", "Avoid", "Cautions", "Check-in"}));
    EXPECT_EQ(texts(card),
        (std::vector<std::string>{"instructor what", "instructor why", "instructor how", "instructor avoid",
            "", "Is this pressure ok?"}));
    EXPECT_EQ(card.stroke, "glide, superior, 2.0 cm/s, 3 x");
    EXPECT_EQ(card.sources, (std::vector<std::string>{"Furlan et al. 2015"}));
}

TEST(StepCard, AnAudienceReadsItsOwnTitleWhenTheLessonGivesOne)
{
    Step step = fullStep();
    step.explain.patient.title = "Slow pressure beside the spine";
    EXPECT_EQ(stepCard(step, Audience::Patient, names()).title, "Slow pressure beside the spine");
    EXPECT_EQ(stepCard(step, Audience::Student, names()).title, step.title);
    step.explain.patient.title.clear();
    EXPECT_EQ(stepCard(step, Audience::Patient, names()).title, step.title);
}

TEST(StepCard, AnAudienceReadsItsOwnCautionsWhenTheLessonGivesThem)
{
    Step step = fullStep();
    step.explain.patient.cautions = {"No deep pressure below your lowest rib."};
    EXPECT_EQ(stepCard(step, Audience::Patient, names()).section(CardSectionKind::Cautions)->items,
        step.explain.patient.cautions);
    EXPECT_EQ(
        stepCard(step, Audience::Student, names()).section(CardSectionKind::Cautions)->items, step.cautions);
}

TEST(StepCard, PatientReadsPlainLabelsWithoutFiguresOrSources)
{
    const StepCard card = stepCard(fullStep(), Audience::Patient, names());
    EXPECT_EQ(kinds(card), kEveryKind);
    EXPECT_EQ(labels(card),
        (std::vector<std::string>{
            "What happens", "Why", "How", "Tell your therapist if", "Take care", "Check-in"}));
    EXPECT_EQ(texts(card),
        (std::vector<std::string>{
            "patient what", "patient why", "patient how", "patient avoid", "", "Is this pressure ok?"}));
    EXPECT_EQ(
        card.sections[4].items, (std::vector<std::string>{"Not over the kidneys", "Ease off at the ribs"}));
    EXPECT_EQ(card.stroke, "");
    EXPECT_TRUE(card.sources.empty());
}

TEST(StepCard, NamesTheStepItsPhaseToolAndTargets)
{
    const StepCard card = stepCard(fullStep(), Audience::Student, names());
    EXPECT_EQ(card.title, "Forearm glide");
    EXPECT_EQ(card.phase, "deep work");
    EXPECT_EQ(card.tool, "forearm");
    EXPECT_EQ(card.phaseAndTool(), "deep work  |  forearm");
    // Display names from the knowledge base; an unknown id stays as it is.
    EXPECT_EQ(card.targets, "Longissimus thoracis (left), unknown_id");
    EXPECT_EQ(card.stroke, "glide, superior, 2.0 cm/s, 3 x");
    EXPECT_EQ(card.sources, (std::vector<std::string>{"Furlan et al. 2015"}));
}

TEST(StepCard, EmptyTextsLeaveNoSection)
{
    Step step = fullStep();
    step.explain.student = {"", "student why", "", "student avoid"};
    step.cautions.clear();
    step.checkIn.clear();
    const StepCard card = stepCard(step, Audience::Student, names());
    EXPECT_EQ(kinds(card), (std::vector<CardSectionKind>{CardSectionKind::Why, CardSectionKind::Avoid}));
    EXPECT_EQ(texts(card), (std::vector<std::string>{"student why", "student avoid"}));
    EXPECT_EQ(card.section(CardSectionKind::What), nullptr);
    EXPECT_EQ(card.section(CardSectionKind::Cautions), nullptr);
    EXPECT_EQ(card.section(CardSectionKind::CheckIn), nullptr);
    ASSERT_NE(card.section(CardSectionKind::Avoid), nullptr);
    EXPECT_EQ(card.section(CardSectionKind::Avoid)->text, "student avoid");
}

TEST(StepCard, AnAudienceWithoutTextsHasOnlyTheSharedSections)
{
    // The instructor's texts are left empty: the cautions and check-in belong to every audience.
    Step step = fullStep();
    step.explain.instructor = {};
    const StepCard card = stepCard(step, Audience::Instructor, names());
    EXPECT_EQ(
        kinds(card), (std::vector<CardSectionKind>{CardSectionKind::Cautions, CardSectionKind::CheckIn}));
}

TEST(StepCard, BareStepHasNoTargetsStrokeOrSections)
{
    Step step;
    step.title = "Rest";
    const StepCard card = stepCard(step, Audience::Student, names());
    EXPECT_EQ(card.title, "Rest");
    EXPECT_EQ(card.phaseAndTool(), "assessment  |  palm");
    EXPECT_EQ(card.targets, "");
    EXPECT_EQ(card.stroke, "");
    EXPECT_TRUE(card.sections.empty());
    EXPECT_TRUE(card.sources.empty());
}

} // namespace
} // namespace lumbar::app
