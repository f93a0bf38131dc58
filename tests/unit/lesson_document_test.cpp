// The lesson document: every edit with its exact result, label, undo and redo; merging of text
// edits; dirty tracking; saving, read-only built-ins, opening newer files and validation.
#include "authoring/lesson_edits.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "technique/lesson_write.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lumbar::authoring {
namespace {

using namespace technique;
using test::readText;

/// Runs `edit` on a clean document of the test lesson and checks that the lesson becomes exactly
/// `expected` under `label`, that undo gives back the original (clean again) and redo `expected`.
void expectEdit(const std::function<void(LessonDocument&)>& edit, const std::string& label,
    const std::function<void(Lesson&)>& change)
{
    const Lesson start = test::validLesson();
    Lesson expected = start;
    change(expected);
    ASSERT_FALSE(expected == start) << label << ": the expected change changes nothing";
    LessonDocument document(start, "test.json");
    edit(document);
    EXPECT_EQ(document.lesson(), expected) << label;
    EXPECT_EQ(document.undoLabel(), label);
    EXPECT_EQ(document.undoHistory().size(), 1u) << label;
    EXPECT_TRUE(document.isDirty()) << label;
    ASSERT_TRUE(document.undo()) << label;
    EXPECT_EQ(document.lesson(), start) << label;
    EXPECT_FALSE(document.isDirty()) << label;
    EXPECT_EQ(document.redoLabel(), label);
    EXPECT_FALSE(document.canUndo()) << label;
    ASSERT_TRUE(document.redo()) << label;
    EXPECT_EQ(document.lesson(), expected) << label;
    EXPECT_TRUE(document.isDirty()) << label;
    EXPECT_FALSE(document.canRedo()) << label;
}

TEST(LessonEdits, LessonFields)
{
    expectEdit(
        [](auto& d) { setLessonId(d, "new-id"); }, "Edit lesson id", [](Lesson& l) { l.id = "new-id"; });
    expectEdit(
        [](auto& d) { setLessonTitle(d, "T"); }, "Edit lesson title", [](Lesson& l) { l.title = "T"; });
    expectEdit([](auto& d) { setLessonSummary(d, "S"); }, "Edit summary", [](Lesson& l) { l.summary = "S"; });
    expectEdit([](auto& d) { setPatientPosition(d, "seated"); }, "Set patient position to seated",
        [](Lesson& l) { l.patientPosition = "seated"; });
}

TEST(LessonEdits, AddingAStepUsesTheStepBeforeIt)
{
    expectEdit([](auto& d) { EXPECT_EQ(addStep(d, 1), 1u); }, "Add step 2",
        [](Lesson& l) {
            Step step;
            step.title = "New step";
            step.phase = Phase::DeepWork;
            step.tool = ToolKind::Palm;
            step.targets = {"longissimus_thoracis.left"};
            step.durationS = 60.0;
            l.steps.insert(l.steps.begin() + 1, step);
        });
    expectEdit([](auto& d) { addStep(d, 0); }, "Add step 1",
        [](Lesson& l) {
            Step step;
            step.title = "New step";
            step.phase = Phase::Assessment;
            step.targets = {"skin"};
            step.durationS = 60.0;
            l.steps.insert(l.steps.begin(), step);
        });
    expectEdit([](auto& d) { addStep(d, 2); }, "Add step 3",
        [](Lesson& l) {
            l.steps.push_back(defaultStep(l, 2));
            EXPECT_EQ(l.steps[2].targets, std::vector<std::string>{"quadratus_lumborum.left"});
        });
}

TEST(LessonEdits, DuplicateMoveAndDeleteSteps)
{
    expectEdit([](auto& d) { EXPECT_EQ(duplicateStep(d, 0), 1u); }, "Duplicate step 1",
        [](Lesson& l) { l.steps.insert(l.steps.begin() + 1, l.steps[0]); });
    expectEdit([](auto& d) { moveStep(d, 1, 0); }, "Move step 2 up",
        [](Lesson& l) { std::swap(l.steps[0], l.steps[1]); });
    expectEdit([](auto& d) { moveStep(d, 0, 1); }, "Move step 1 down",
        [](Lesson& l) { std::swap(l.steps[0], l.steps[1]); });
    expectEdit([](auto& d) { deleteStep(d, 0); }, "Delete step 1",
        [](Lesson& l) { l.steps.erase(l.steps.begin()); });
}

TEST(LessonEdits, MovingAStepFarNamesTheDestination)
{
    LessonDocument document(test::validLesson());
    duplicateStep(document, 0);
    const Lesson before = document.lesson();
    moveStep(document, 0, 2);
    EXPECT_EQ(document.undoLabel(), "Move step 1 to 3");
    EXPECT_EQ(document.lesson().steps[0], before.steps[1]);
    EXPECT_EQ(document.lesson().steps[1], before.steps[2]);
    EXPECT_EQ(document.lesson().steps[2], before.steps[0]);
}

TEST(LessonEdits, StepFields)
{
    expectEdit([](auto& d) { setStepTitle(d, 1, "Hold"); }, "Edit step 2 title",
        [](Lesson& l) { l.steps[1].title = "Hold"; });
    expectEdit([](auto& d) { setStepPhase(d, 0, Phase::WarmUp); }, "Set step 1 phase to warm-up",
        [](Lesson& l) { l.steps[0].phase = Phase::WarmUp; });
    expectEdit([](auto& d) { setStepTool(d, 0, ToolKind::Knuckles); }, "Set step 1 tool to knuckles",
        [](Lesson& l) { l.steps[0].tool = ToolKind::Knuckles; });
    expectEdit([](auto& d) { setStepApproach(d, 1, Approach::Lateral); }, "Set step 2 approach to lateral",
        [](Lesson& l) { l.steps[1].approach = Approach::Lateral; });
    expectEdit([](auto& d) { setContactArea(d, 0, 12.5); }, "Set step 1 contact area",
        [](Lesson& l) { l.steps[0].contactAreaCm2 = 12.5; });
    expectEdit([](auto& d) { setDuration(d, 1, 75.0); }, "Set step 2 duration",
        [](Lesson& l) { l.steps[1].durationS = 75.0; });
}

TEST(LessonEdits, ClearingTheContactAreaFallsBackToTheTool)
{
    LessonDocument document(test::validLesson());
    setContactArea(document, 0, 12.5);
    document.endMerge();
    setContactArea(document, 0, std::nullopt);
    EXPECT_EQ(document.lesson().steps[0].contactAreaCm2, std::nullopt);
    EXPECT_EQ(document.undoLabel(), "Use the tool's contact area in step 1");
    EXPECT_EQ(document.undoHistory().size(), 2u);
    document.undo();
    EXPECT_EQ(document.lesson().steps[0].contactAreaCm2, 12.5);
}

TEST(LessonEdits, Targets)
{
    expectEdit([](auto& d) { addTarget(d, 0, "multifidus.left"); }, "Add target multifidus.left to step 1",
        [](Lesson& l) { l.steps[0].targets.push_back("multifidus.left"); });
    expectEdit([](auto& d) { removeTarget(d, 0, 0); }, "Remove target 1 of step 1",
        [](Lesson& l) { l.steps[0].targets.clear(); });
    expectEdit([](auto& d) { replaceTarget(d, 1, 0, "skin"); }, "Set target 1 of step 2 to skin",
        [](Lesson& l) { l.steps[1].targets[0] = "skin"; });
}

TEST(LessonEdits, TriggerPoints)
{
    expectEdit([](auto& d) { setTriggerPointTreated(d, 0, "t12_l1", true); },
        "Name trigger point t12_l1 in step 1", [](Lesson& l) { l.steps[0].triggerPoints = {"t12_l1"}; });
    // Naming a point already named, or unnaming one not named, changes nothing and records nothing.
    LessonDocument document(test::validLesson(), "test.json");
    setTriggerPointTreated(document, 0, "t12_l1", false);
    EXPECT_FALSE(document.canUndo());
    setTriggerPointTreated(document, 0, "t12_l1", true);
    setTriggerPointTreated(document, 0, "t12_l1", true);
    EXPECT_EQ(document.undoHistory().size(), 1u);
    setTriggerPointTreated(document, 0, "t12_l1", false);
    EXPECT_TRUE(document.lesson().steps[0].triggerPoints.empty());
    EXPECT_EQ(document.undoLabel(), "Unname trigger point t12_l1 in step 1");
}

TEST(LessonEdits, AddingAndRemovingAStroke)
{
    expectEdit([](auto& d) { addStroke(d, 1); }, "Add a stroke to step 2",
        [](Lesson& l) {
            l.steps[1].stroke = Stroke{StrokeKind::Glide,
                {Anchor{"quadratus_lumborum.left", 0.2, 0.5, ""},
                    Anchor{"quadratus_lumborum.left", 0.8, 0.5, ""}},
                StrokeDirection::Superior, 1.0, 1, RepeatMode::Return};
            l.steps[1].forceProfile = {{0.0, 20.0}};
        });
    expectEdit([](auto& d) { removeStroke(d, 0); }, "Remove the stroke of step 1",
        [](Lesson& l) {
            l.steps[0].stroke.reset();
            l.steps[0].forceProfile.clear();
        });
    LessonDocument document(test::validLesson());
    addStroke(document, 0); // already has one
    EXPECT_FALSE(document.canUndo());
    // On a midline structure the new path runs beside the spine, not over the spinous processes.
    Lesson onSkin = test::validLesson();
    onSkin.steps[1].targets = {"skin"};
    LessonDocument midline(onSkin, "test.json");
    addStroke(midline, 1);
    ASSERT_TRUE(midline.lesson().steps[1].stroke);
    const std::vector<Anchor>& path = midline.lesson().steps[1].stroke->path;
    ASSERT_EQ(path.size(), 2u);
    for (const Anchor& anchor : path) {
        EXPECT_EQ(anchor.structure, "skin");
        EXPECT_DOUBLE_EQ(anchor.v, 0.35);
    }
}

TEST(LessonEdits, StrokeFields)
{
    expectEdit([](auto& d) { setStrokeKind(d, 0, StrokeKind::Stripping); }, "Set step 1 stroke to stripping",
        [](Lesson& l) { l.steps[0].stroke->kind = StrokeKind::Stripping; });
    expectEdit([](auto& d) { setStrokeDirection(d, 0, StrokeDirection::Lateral); },
        "Set step 1 direction to lateral",
        [](Lesson& l) { l.steps[0].stroke->direction = StrokeDirection::Lateral; });
    expectEdit([](auto& d) { setStrokeSpeed(d, 0, 1.5); }, "Set step 1 speed",
        [](Lesson& l) { l.steps[0].stroke->speedCmS = 1.5; });
    expectEdit([](auto& d) { setStrokeRepetitions(d, 0, 7); }, "Set step 1 repetitions",
        [](Lesson& l) { l.steps[0].stroke->repetitions = 7; });
    expectEdit([](auto& d) { setRepeatMode(d, 0, RepeatMode::Return); }, "Set step 1 repeat to return",
        [](Lesson& l) { l.steps[0].stroke->repeat = RepeatMode::Return; });
}

TEST(LessonEdits, StrokeFieldsOfAStepWithoutAStrokeAreRefusedWithoutChange)
{
    LessonDocument document(test::validLesson());
    EXPECT_THROW(setStrokeSpeed(document, 1, 2.0), std::logic_error);
    EXPECT_THROW(setStepTitle(document, 5, "x"), std::out_of_range);
    EXPECT_THROW(moveStep(document, 0, 2), std::out_of_range);
    EXPECT_EQ(document.lesson(), test::validLesson());
    EXPECT_FALSE(document.canUndo());
}

TEST(LessonEdits, PathAnchors)
{
    const Anchor landmark{"", 0.5, 0.5, "psis.left"};
    const Anchor spot{"longissimus_thoracis.left", 0.4, 0.6, ""};
    expectEdit([&](auto& d) { addPathAnchor(d, 0, 1, landmark); }, "Add anchor 2 of step 1",
        [&](Lesson& l) { l.steps[0].stroke->path.insert(l.steps[0].stroke->path.begin() + 1, landmark); });
    expectEdit([&](auto& d) { setPathAnchor(d, 0, 0, spot); }, "Move anchor 1 of step 1",
        [&](Lesson& l) { l.steps[0].stroke->path[0] = spot; });
    expectEdit([](auto& d) { movePathAnchor(d, 0, 1, 0); }, "Move anchor 2 of step 1 up",
        [](Lesson& l) { std::swap(l.steps[0].stroke->path[0], l.steps[0].stroke->path[1]); });
    expectEdit([](auto& d) { removePathAnchor(d, 0, 1); }, "Remove anchor 2 of step 1",
        [](Lesson& l) { l.steps[0].stroke->path.pop_back(); });
}

TEST(LessonEdits, ForceSamples)
{
    expectEdit(
        [](auto& d) {
            EXPECT_EQ(addForceSample(d, 0, {0.75, 35.0}), 2u);
        },
        "Add a force sample to step 1",
        [](Lesson& l) {
            auto& profile = l.steps[0].forceProfile;
            profile.insert(profile.begin() + 2, ForceSample{0.75, 35.0});
        });
    expectEdit(
        [](auto& d) {
            setForceSample(d, 0, 1, {0.4, 50.0});
        },
        "Edit force sample 2 of step 1",
        [](Lesson& l) {
            l.steps[0].forceProfile[1] = {0.4, 50.0};
        });
    expectEdit([](auto& d) { removeForceSample(d, 0, 0); }, "Remove force sample 1 of step 1",
        [](Lesson& l) { l.steps[0].forceProfile.erase(l.steps[0].forceProfile.begin()); });
    LessonDocument document(test::validLesson());
    EXPECT_EQ(addForceSample(document, 0, {1.0, 5.0}), 3u); // after the sample at the same u
}

TEST(LessonEdits, PressurePoints)
{
    const PressurePoint point{Anchor{"", 0.5, 0.5, "iliac_crest.left"}, 20.0, 15.0};
    expectEdit([&](auto& d) { EXPECT_EQ(addPressurePoint(d, 1, point), 2u); },
        "Add a pressure point to step 2", [&](Lesson& l) { l.steps[1].pressurePoints.push_back(point); });
    expectEdit([&](auto& d) { setPressurePoint(d, 1, 0, point); }, "Edit pressure point 1 of step 2",
        [&](Lesson& l) { l.steps[1].pressurePoints[0] = point; });
    expectEdit([](auto& d) { removePressurePoint(d, 1, 1); }, "Remove pressure point 2 of step 2",
        [](Lesson& l) { l.steps[1].pressurePoints.pop_back(); });
}

TEST(LessonEdits, EveryExplanationText)
{
    for (const Audience audience : allValues<Audience>())
        for (const ExplanationField field : allValues<ExplanationField>()) {
            const std::string label
                = std::string("Edit step 2 ") + audienceName(audience) + " " + explanationFieldName(field);
            expectEdit([&](auto& d) { setExplanation(d, 1, audience, field, "new text"); }, label,
                [&](Lesson& l) {
                    Explanation& e = audience == Audience::Student ? l.steps[1].explain.student
                        : audience == Audience::Instructor         ? l.steps[1].explain.instructor
                                                                   : l.steps[1].explain.patient;
                    std::string& text = field == ExplanationField::What ? e.what
                        : field == ExplanationField::Why                ? e.why
                        : field == ExplanationField::How                ? e.how
                                                                        : e.avoid;
                    text = "new text";
                });
        }
}

TEST(LessonEdits, CheckInCautionsAndSources)
{
    expectEdit([](auto& d) { setCheckIn(d, 0, "Still OK?"); }, "Edit step 1 check-in",
        [](Lesson& l) { l.steps[0].checkIn = "Still OK?"; });
    expectEdit([](auto& d) { addCaution(d, 1, "Mind the kidneys."); }, "Add a caution to step 2",
        [](Lesson& l) { l.steps[1].cautions.push_back("Mind the kidneys."); });
    expectEdit([](auto& d) { setCaution(d, 0, 0, "Changed."); }, "Edit caution 1 of step 1",
        [](Lesson& l) { l.steps[0].cautions[0] = "Changed."; });
    expectEdit([](auto& d) { removeCaution(d, 0, 0); }, "Remove caution 1 of step 1",
        [](Lesson& l) { l.steps[0].cautions.clear(); });
    expectEdit([](auto& d) { addSource(d, 0, "A paper."); }, "Add a source to step 1",
        [](Lesson& l) { l.steps[0].sources.push_back("A paper."); });
    expectEdit([](auto& d) { setSource(d, 0, 0, "Another."); }, "Edit source 1 of step 1",
        [](Lesson& l) { l.steps[0].sources[0] = "Another."; });
    expectEdit([](auto& d) { removeSource(d, 1, 0); }, "Remove source 1 of step 2",
        [](Lesson& l) { l.steps[1].sources.clear(); });
}

TEST(LessonEdits, AnAudiencesTitleAndCautions)
{
    expectEdit([](auto& d) { setAudienceTitle(d, 1, Audience::Patient, "Slow pressure beside your spine"); },
        "Edit step 2 patient title",
        [](Lesson& l) { l.steps[1].explain.patient.title = "Slow pressure beside your spine"; });
    expectEdit([](auto& d) { addAudienceCaution(d, 0, Audience::Patient, "No pressure on your spine."); },
        "Add a patient caution to step 1",
        [](Lesson& l) { l.steps[0].explain.patient.cautions.push_back("No pressure on your spine."); });
    Lesson withOne = test::validLesson();
    withOne.steps[0].explain.instructor.cautions = {"Watch the elbow."};
    LessonDocument document(withOne, "test.json");
    setAudienceCaution(document, 0, Audience::Instructor, 0, "Watch the wrist.");
    EXPECT_EQ(
        document.lesson().steps[0].explain.instructor.cautions, std::vector<std::string>{"Watch the wrist."});
    EXPECT_EQ(document.undoLabel(), "Edit instructor caution 1 of step 1");
    removeAudienceCaution(document, 0, Audience::Instructor, 0);
    EXPECT_TRUE(document.lesson().steps[0].explain.instructor.cautions.empty());
    ASSERT_TRUE(document.undo());
    ASSERT_TRUE(document.undo());
    EXPECT_EQ(document.lesson(), withOne);
}

TEST(LessonDocument, TypingAWordIsOneUndo)
{
    LessonDocument document(test::validLesson());
    for (const char* text : {"F", "Fo", "For", "Fore"})
        setStepTitle(document, 0, text);
    EXPECT_EQ(document.undoHistory().size(), 1u);
    EXPECT_EQ(document.lesson().steps[0].title, "Fore");
    setStepTitle(document, 1, "Other"); // another field starts a new entry
    EXPECT_EQ(document.undoHistory().size(), 2u);
    setStepTitle(document, 0, "Forearm");
    EXPECT_EQ(document.undoHistory().size(), 3u);
    document.undo();
    document.undo();
    EXPECT_EQ(document.lesson().steps[0].title, "Fore");
    EXPECT_EQ(document.lesson().steps[1].title, "Elbow compression");
    document.undo();
    EXPECT_EQ(document.lesson(), test::validLesson());
}

TEST(LessonDocument, EndMergeAndUndoCloseTheRun)
{
    LessonDocument document(test::validLesson());
    setLessonTitle(document, "A");
    document.endMerge();
    setLessonTitle(document, "AB");
    EXPECT_EQ(document.undoHistory().size(), 2u);
    document.undo();
    setLessonTitle(document, "AC");
    EXPECT_EQ(document.undoHistory().size(), 2u);
    EXPECT_FALSE(document.canRedo()); // a new edit drops the undone one
    document.undo();
    EXPECT_EQ(document.lesson().title, "A");
}

TEST(LessonDocument, TypingAndErasingAgainLeavesNothingToUndo)
{
    LessonDocument document(test::validLesson());
    setLessonSummary(document, "Two steps for tests!");
    setLessonSummary(document, "Two steps for tests.");
    EXPECT_FALSE(document.canUndo());
    EXPECT_FALSE(document.isDirty());
}

TEST(LessonDocument, AnEditThatChangesNothingRecordsNothing)
{
    LessonDocument document(test::validLesson());
    EXPECT_FALSE(document.apply("Nothing", [](Lesson&) {}));
    setStepTool(document, 0, ToolKind::Forearm);
    EXPECT_FALSE(document.canUndo());
    EXPECT_EQ(document.undoLabel(), "");
    EXPECT_EQ(document.redoLabel(), "");
    EXPECT_FALSE(document.undo());
    EXPECT_FALSE(document.redo());
}

TEST(LessonDocument, DirtyTracksTheSavePoint)
{
    LessonDocument document(test::validLesson());
    EXPECT_FALSE(document.isDirty());
    setLessonTitle(document, "A");
    document.markSaved();
    EXPECT_FALSE(document.isDirty());
    setLessonTitle(document, "AB"); // saving ended the run: a new entry
    EXPECT_EQ(document.undoHistory().size(), 2u);
    EXPECT_TRUE(document.isDirty());
    document.undo();
    EXPECT_FALSE(document.isDirty());
    document.undo();
    EXPECT_TRUE(document.isDirty());
    document.redo();
    EXPECT_FALSE(document.isDirty());
    document.markUnsaved();
    EXPECT_TRUE(document.isDirty());
}

TEST(LessonDocument, SavesAtomicallyAndReopensTheSameLesson)
{
    const test::TempDir dir;
    const auto path = dir.path() / "mine.json";
    LessonDocument document(test::validLesson());
    EXPECT_THROW(document.save(), FileError); // no file yet
    setStepTitle(document, 0, "Renamed");
    document.save(path);
    EXPECT_FALSE(document.isDirty());
    EXPECT_EQ(document.path(), path);
    EXPECT_EQ(document.sourceName(), "mine.json");
    EXPECT_EQ(readText(path), writeLesson(document.lesson()));
    EXPECT_EQ(LessonDocument::open(path, false).lesson(), document.lesson());
    setDuration(document, 1, 90.0);
    document.save();
    EXPECT_EQ(LessonDocument::open(path, false).lesson().steps[1].durationS, 90.0);
}

TEST(LessonDocument, ABuiltInLessonIsSavedOnlyAsACopy)
{
    const test::TempDir dir;
    const auto builtIn = dir.write("builtin.json", writeLesson(test::validLesson()));
    LessonDocument document = LessonDocument::open(builtIn, true);
    EXPECT_TRUE(document.isBuiltIn());
    setLessonTitle(document, "Mine");
    try {
        document.save();
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot save '" + builtIn.string()
                + "': it is a built-in lesson and read-only; use \"Save as\" to save a copy among your own "
                  "lessons");
    }
    EXPECT_THROW(document.save(dir.path() / "." / "builtin.json"), FileError);
    EXPECT_EQ(readText(builtIn), writeLesson(test::validLesson()));
    EXPECT_TRUE(document.isDirty());
    document.save(dir.path() / "copy.json");
    EXPECT_FALSE(document.isBuiltIn());
    EXPECT_EQ(document.path(), dir.path() / "copy.json");
    EXPECT_EQ(LessonDocument::open(dir.path() / "copy.json", false).lesson().title, "Mine");
}

TEST(LessonDocument, ANewerVersionIsRefusedWithTheParsersMessage)
{
    const test::TempDir dir;
    nlohmann::json future = test::validLessonJson();
    future["version"] = 2;
    const auto path = dir.write("future.json", future.dump(2));
    try {
        LessonDocument::open(path, false);
        FAIL() << "no error";
    } catch (const LessonOpenError& error) {
        const std::string message = "future.json: version: 2 is newer than this build reads (1); update "
                                    "LumbarLab to open this lesson";
        EXPECT_EQ(std::string(error.what()), message);
        ASSERT_EQ(error.problems.size(), 1u);
        EXPECT_EQ(error.problems[0].where, "version");
    }
}

TEST(LessonDocument, ADraftOfTheUsersOpensWithItsProblemsToFix)
{
    const test::TempDir dir;
    nlohmann::json draft = test::validLessonJson();
    draft["title"] = "Half written";
    draft["steps"][0]["explain"]["student"]["what"] = "";
    const auto path = dir.write("draft.json", draft.dump(2));
    const LessonDocument document = LessonDocument::open(path, false);
    EXPECT_EQ(document.lesson().title, "Half written");
    EXPECT_EQ(document.path(), path);
    const std::vector<Problem> problems = document.validate(nullptr);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "steps[0].explain.student.what");
    // A built-in lesson is never opened half-read.
    EXPECT_THROW(LessonDocument::open(path, true), LessonOpenError);
}

TEST(LessonDocument, ValidateReportsWhatCheckRoutineWouldAtEachField)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    LessonDocument document(test::validLesson(), "/somewhere/mine.json");
    EXPECT_TRUE(document.validate(&knowledge).empty());
    setStepTitle(document, 1, "");
    setStrokeSpeed(document, 0, 120.0);
    replaceTarget(document, 1, 0, "erector_spinae.left");
    const std::vector<Problem> problems = document.validate(&knowledge);
    const std::vector<Problem> expected
        = {{"mine.json", "steps[0].stroke.speed_cm_s", "120 is out of range; expected 0.1 to 60 cm/s"},
            {"mine.json", "steps[1].title", "must not be empty"},
            {"mine.json", "steps[1].targets[0]",
                "\"erector_spinae.left\" is not a structure in the knowledge base"}};
    EXPECT_EQ(problems, expected);
    // The same problems as reading the saved file, the way --check-routine does.
    const test::TempDir dir;
    const auto path = dir.write("mine.json", writeLesson(document.lesson()));
    EXPECT_EQ(loadLesson(path, &knowledge).problems, expected);
}

TEST(LessonDocument, ANewStepIsReportedUntilItsTextsAreWritten)
{
    LessonDocument document(test::validLesson(), {});
    addStep(document, 2);
    const std::vector<Problem> problems = document.validate(nullptr);
    ASSERT_EQ(problems.size(), 13u);
    EXPECT_EQ(problems.front().text(), "untitled.json: steps[2].explain.student.what: must not be empty");
    EXPECT_EQ(problems.back().text(), "untitled.json: steps[2].check_in: must not be empty");
}

} // namespace
} // namespace lumbar::authoring
