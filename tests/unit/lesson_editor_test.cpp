// The lesson editor's state: Save and Save as, built-in lessons, autosave timing, the preview and
// anchors placed by clicking on the anatomy.
#include "authoring/lesson_edits.hpp"
#include "session/lesson_editor.hpp"
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "technique/lesson.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lumbar::app {
namespace {

using technique::Anchor;
using technique::stepPath;

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// A knowledge base, a model with the structures of validLessonJson, a lesson file and folders.
class LessonEditorTest : public ::testing::Test {
protected:
    LessonEditorTest()
    {
        model.meshes.push_back(test::makeBox(
            "longissimus_thoracis.left", glm::vec3(-0.04f, 0.1f, 0.05f), glm::vec3(0.015f, 0.12f, 0.02f)));
        model.meshes.push_back(test::makeBox(
            "quadratus_lumborum.left", glm::vec3(-0.07f, 0.0f, 0.0f), glm::vec3(0.03f, 0.06f, 0.02f)));
        model.meshes.push_back(
            test::makeBox("hip_bone.left", glm::vec3(-0.1f, -0.12f, 0.0f), glm::vec3(0.05f, 0.06f, 0.03f)));
        surface = std::make_unique<technique::AnatomySurface>(model, &knowledge);
        lessonFile = dir.write("class.json", test::validLessonJson().dump(2));
    }

    LessonEditor makeEditor() const
    {
        return LessonEditor(knowledge, {dir.path() / "lessons", dir.path() / "autosave"});
    }

    test::TempDir dir;
    KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    Model model;
    std::unique_ptr<technique::AnatomySurface> surface;
    std::filesystem::path lessonFile;
};

TEST(LessonFileName, AcceptsLettersDigitsDashAndUnderscoreOnly)
{
    EXPECT_EQ(checkLessonFileName("week-3_low_back"), "");
    EXPECT_EQ(checkLessonFileName(""), "type a name for the file, e.g. my-low-back-routine");
    EXPECT_EQ(
        checkLessonFileName("my lesson"), "\" \" cannot be in a file name; use letters, digits, '-' and '_'");
    EXPECT_EQ(
        checkLessonFileName("../x"), "\".\" cannot be in a file name; use letters, digits, '-' and '_'");
    EXPECT_EQ(checkLessonFileName(std::string(65, 'a')), "the name is longer than 64 characters; shorten it");
}

TEST(LessonFileName, ANewLessonIsNamedAfterItsTitle)
{
    EXPECT_EQ(lessonIdFromTitle("Deep work: QL (left side)"), "deep-work-ql-left-side");
    EXPECT_EQ(lessonIdFromTitle("  Week 3 -- Low Back  "), "week-3-low-back");
    EXPECT_EQ(lessonIdFromTitle("Détente lombaire"), "d-tente-lombaire"); // letters outside ASCII are gaps
    EXPECT_EQ(lessonIdFromTitle("!!!"), kNewLessonId);
    EXPECT_EQ(lessonIdFromTitle(""), kNewLessonId);
    const std::string longTitle(100, 'a');
    EXPECT_EQ(lessonIdFromTitle(longTitle), std::string(64, 'a'));
    EXPECT_EQ(lessonIdFromTitle(std::string(63, 'a') + " b"), std::string(63, 'a'));
    for (const char* title : {"Deep work: QL (left side)", "Détente lombaire", "!!!", "x y z"})
        EXPECT_EQ(checkLessonFileName(lessonIdFromTitle(title)), "") << title;
}

TEST_F(LessonEditorTest, SaveAsWritesAUserLessonNamedAfterItsIdAndRefusesToOverwriteUnasked)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    authoring::setLessonTitle(editor.document(), "Week 3");
    ASSERT_TRUE(editor.saveAs("week-3", false));
    const std::filesystem::path saved = dir.path() / "lessons" / "week-3.json";
    EXPECT_EQ(editor.document().path(), saved);
    EXPECT_FALSE(editor.document().isDirty());
    EXPECT_EQ(editor.saveCount(), 1);
    const technique::LessonParseResult reread = technique::loadLesson(saved, &knowledge);
    ASSERT_TRUE(reread.lesson.has_value());
    EXPECT_EQ(*reread.lesson, editor.document().lesson());
    EXPECT_EQ(reread.lesson->id, "week-3");
    EXPECT_EQ(reread.lesson->title, "Week 3");

    // A second lesson under the same name needs the user's yes.
    const std::string before = readFile(saved);
    authoring::setLessonTitle(editor.document(), "Week 3, second try");
    EXPECT_FALSE(editor.saveAs("week-3", false));
    EXPECT_TRUE(editor.messageIsError());
    EXPECT_EQ(editor.message(),
        "Save as: " + saved.string() + " already exists; choose another name or overwrite it");
    EXPECT_EQ(readFile(saved), before);
    EXPECT_TRUE(editor.saveAs("week-3", true));
    EXPECT_EQ(technique::loadLesson(saved, &knowledge).lesson->title, "Week 3, second try");
    EXPECT_FALSE(editor.saveAs("week 3", false));
    EXPECT_EQ(editor.saveCount(), 2);
}

TEST_F(LessonEditorTest, BuiltInLessonsSaveOnlyAsACopy)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, true));
    EXPECT_FALSE(editor.canSaveInPlace());
    const std::string original = readFile(lessonFile);
    authoring::setLessonTitle(editor.document(), "Mine now");
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(editor.message(), "This lesson has no file of its own yet: use Save as");
    EXPECT_EQ(readFile(lessonFile), original);
    ASSERT_TRUE(editor.saveAs("mine", false));
    EXPECT_TRUE(editor.canSaveInPlace());
    authoring::setLessonSummary(editor.document(), "Changed again");
    EXPECT_TRUE(editor.save());
    EXPECT_EQ(technique::loadLesson(dir.path() / "lessons" / "mine.json", &knowledge).lesson->summary,
        "Changed again");
    EXPECT_EQ(readFile(lessonFile), original);
}

TEST_F(LessonEditorTest, OpeningABrokenFileSaysWhyAndKeepsTheOpenLesson)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    const std::filesystem::path broken
        = dir.write("broken.json", "{\"format\": \"lumbarlab-lesson\", \"version\": 99}");
    EXPECT_FALSE(editor.open(broken, false));
    EXPECT_TRUE(editor.messageIsError());
    EXPECT_EQ(editor.message(),
        "broken.json: version: 99 is newer than this build reads (1); update LumbarLab to open this lesson");
    EXPECT_EQ(editor.document().path(), lessonFile);
}

TEST_F(LessonEditorTest, AutosavesUnsavedWorkAtMostEveryDelayAndDropsItAfterSaving)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    editor.autosaveIfDue(0.0);
    EXPECT_TRUE(authoring::listAutosaves(dir.path() / "autosave").empty())
        << "a clean lesson has nothing to keep";

    authoring::setLessonTitle(editor.document(), "First");
    editor.autosaveIfDue(10.0);
    std::vector<authoring::PendingAutosave> pending = authoring::listAutosaves(dir.path() / "autosave");
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].lessonTitle, "First");
    EXPECT_EQ(pending[0].original, lessonFile);

    authoring::setLessonTitle(editor.document(), "Second");
    editor.document().endMerge();
    editor.autosaveIfDue(12.0);
    EXPECT_EQ(authoring::listAutosaves(dir.path() / "autosave")[0].lessonTitle, "First");
    editor.autosaveIfDue(15.0);
    EXPECT_EQ(authoring::listAutosaves(dir.path() / "autosave")[0].lessonTitle, "Second");
    // Quitting on a signal writes at once, whatever the delay.
    authoring::setLessonTitle(editor.document(), "Third");
    editor.autosaveNow();
    EXPECT_EQ(authoring::listAutosaves(dir.path() / "autosave")[0].lessonTitle, "Third");
    const authoring::LessonDocument restored = authoring::restoreAutosave(pending[0].file);
    EXPECT_EQ(restored.lesson(), editor.document().lesson());

    ASSERT_TRUE(editor.save());
    EXPECT_TRUE(authoring::listAutosaves(dir.path() / "autosave").empty());
}

TEST_F(LessonEditorTest, ClosingDiscardsTheAutosave)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    authoring::setLessonTitle(editor.document(), "Unwanted");
    editor.autosaveIfDue(10.0);
    ASSERT_EQ(authoring::listAutosaves(dir.path() / "autosave").size(), 1u);
    editor.close();
    EXPECT_FALSE(editor.active());
    EXPECT_TRUE(authoring::listAutosaves(dir.path() / "autosave").empty());
    EXPECT_EQ(technique::loadLesson(lessonFile, &knowledge).lesson->title, test::validLessonJson()["title"]);
}

TEST_F(LessonEditorTest, ThePreviewFollowsEditsAndTheProblemsSitAtTheirFields)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    LessonPlayer player;
    editor.selectStep(1);
    editor.updatePreview(player, *surface);
    ASSERT_TRUE(player.loaded());
    EXPECT_EQ(player.currentStep(), 1u);
    EXPECT_TRUE(editor.problems().empty());

    authoring::setDuration(editor.document(), 1, 90.0);
    authoring::setStepTitle(editor.document(), 0, "");
    editor.updatePreview(player, *surface);
    EXPECT_DOUBLE_EQ(player.prepared().lesson.steps[1].durationS, 90.0);
    EXPECT_EQ(player.currentStep(), 1u) << "an edit keeps the clock";
    ASSERT_EQ(editor.problems().size(), 1u);
    EXPECT_EQ(editor.problems()[0].where, "steps[0].title");
    EXPECT_EQ(editor.problemsAt(stepPath(0)).size(), 1u);
    EXPECT_EQ(editor.problemsAt(stepPath(0).member("title")).size(), 1u);
    EXPECT_TRUE(editor.problemsAt(stepPath(1)).empty());
    EXPECT_TRUE(editor.problemsAt(stepPath(0).member("tool")).empty());
    EXPECT_TRUE(editor.problemsAt(ProblemPath().member("steps")).size() == 1u);

    // Selecting without a seek keeps the moment the player is at.
    player.seek(player.prepared().steps[0].startS + 5.0);
    editor.selectStep(0, false);
    editor.updatePreview(player, *surface);
    EXPECT_DOUBLE_EQ(player.time(), player.prepared().steps[0].startS + 5.0);
    EXPECT_EQ(editor.selectedStep(), 0u);
}

TEST_F(LessonEditorTest, AClickAddsAPathAnchorWhereItHitsAndADragMovesIt)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    const std::string id = "longissimus_thoracis.left";
    editor.beginPlacement({AnchorPlacement::Kind::PathAnchor, 0, std::nullopt});
    const glm::vec3 first = *surface->anchorPoint({id, 0.25, 0.75, ""});
    ASSERT_TRUE(editor.placeAt(*surface, id, first));
    const glm::vec3 second = *surface->anchorPoint({id, 0.5, 0.25, ""});
    ASSERT_TRUE(editor.placeAt(*surface, id, second));
    editor.endPlacement();
    EXPECT_FALSE(editor.placement().has_value());
    const std::vector<Anchor>& path = editor.document().lesson().steps[0].stroke->path;
    ASSERT_EQ(path.size(), 3u);
    EXPECT_EQ(path[2], (Anchor{id, 0.5, 0.25, ""}));
    EXPECT_EQ(editor.document().undoLabel(), "Move anchor 3 of step 1");
    editor.document().undo();
    EXPECT_EQ(editor.document().lesson().steps[0].stroke->path[2], (Anchor{id, 0.25, 0.75, ""}));
    editor.document().undo();
    EXPECT_EQ(editor.document().lesson().steps[0].stroke->path.size(), 2u);

    // Nothing armed, or a structure the model lacks: nothing changes.
    EXPECT_FALSE(editor.placeAt(*surface, id, first));
    editor.beginPlacement({AnchorPlacement::Kind::PathAnchor, 0, 0});
    EXPECT_FALSE(editor.placeAt(*surface, "kidney.left", first));
    EXPECT_EQ(editor.document().lesson().steps[0].stroke->path.size(), 2u);
    // An existing anchor moves where the click lands.
    ASSERT_TRUE(editor.placeAt(*surface, id, second));
    EXPECT_EQ(editor.document().lesson().steps[0].stroke->path[0], (Anchor{id, 0.5, 0.25, ""}));
}

TEST_F(LessonEditorTest, AClickAddsAPressurePointWithAHoldAndAForce)
{
    LessonEditor editor = makeEditor();
    ASSERT_TRUE(editor.open(lessonFile, false));
    const std::string id = "quadratus_lumborum.left";
    editor.beginPlacement({AnchorPlacement::Kind::PressurePoint, 1, std::nullopt});
    ASSERT_TRUE(editor.placeAt(*surface, id, *surface->anchorPoint({id, 0.8, 0.4, ""})));
    editor.endPlacement();
    const std::vector<technique::PressurePoint>& points = editor.document().lesson().steps[1].pressurePoints;
    ASSERT_EQ(points.size(), 3u);
    EXPECT_EQ(points[2].anchor, (Anchor{id, 0.8, 0.4, ""}));
    EXPECT_DOUBLE_EQ(points[2].holdS, 10.0);
    EXPECT_DOUBLE_EQ(points[2].forceN, 30.0);
}

TEST_F(LessonEditorTest, ANewLessonStartsUnsavedWithOneStepOnTheChosenStructure)
{
    LessonEditor editor = makeEditor();
    editor.startNew("quadratus_lumborum.left");
    ASSERT_TRUE(editor.active());
    EXPECT_TRUE(editor.document().isDirty());
    EXPECT_FALSE(editor.canSaveInPlace());
    ASSERT_EQ(editor.document().lesson().steps.size(), 1u);
    EXPECT_EQ(
        editor.document().lesson().steps[0].targets, std::vector<std::string>{"quadratus_lumborum.left"});
    LessonPlayer player;
    editor.updatePreview(player, *surface);
    EXPECT_TRUE(player.loaded());
    EXPECT_FALSE(editor.problemsAt(stepPath(0).member("explain").member("student").member("what")).empty())
        << "the texts are the author's to write";
}

} // namespace
} // namespace lumbar::app
