// Autosave: the file written, listing at start-up, exact recovery even of unfinished lessons,
// discarding, and refusal of files that are not autosaves or come from a newer LumbarLab.
#include "authoring/autosave.hpp"
#include "authoring/lesson_edits.hpp"
#include "authoring/lesson_snapshot.hpp"
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

/// 2024-05-01T12:30:00Z.
std::chrono::system_clock::time_point aMoment()
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(1714566600));
}

TEST(Autosave, FileNamesFollowTheLessonId)
{
    Lesson lesson;
    EXPECT_EQ(autosavePath("/a", lesson), std::filesystem::path("/a/untitled.json"));
    lesson.id = "lumbar-basic";
    EXPECT_EQ(autosavePath("/a", lesson), std::filesystem::path("/a/lumbar-basic.json"));
    lesson.id = "../x y/z";
    EXPECT_EQ(autosavePath("/a", lesson), std::filesystem::path("/a/_._x_y_z.json"));
}

TEST(Autosave, WritesTheWrapperWithTheOriginalPath)
{
    const test::TempDir dir;
    LessonDocument document(test::validLesson(), "/home/ana/lessons/test.json");
    const auto file = writeAutosave(dir.path() / "autosave", document, aMoment());
    EXPECT_EQ(file, dir.path() / "autosave" / "test-lesson.json");
    const std::string text = readText(file);
    const std::string head
        = "{\n  \"format\": \"lumbarlab-autosave\",\n  \"version\": 1,\n  \"original\": "
          "\"/home/ana/lessons/test.json\",\n"
          "  \"built_in\": false,\n  \"saved_at\": \"2024-05-01T12:30:00Z\",\n  \"lesson\": {\n";
    EXPECT_EQ(text.substr(0, head.size()), head);
    EXPECT_EQ(utcTimestamp(aMoment()), "2024-05-01T12:30:00Z");
}

TEST(Autosave, ListsAndRestoresAnUnfinishedLessonExactly)
{
    const test::TempDir dir;
    const auto folder = dir.path() / "autosave";
    LessonDocument document(test::validLesson(), "/home/ana/lessons/test.json");
    // Mid-edit states parseLesson would refuse must come back as they were.
    setStepTitle(document, 0, "");
    setStrokeSpeed(document, 0, 500.0);
    setPathAnchor(document, 0, 1, Anchor{"", 0.3, 0.7, ""});
    addStep(document, 2);
    removeForceSample(document, 0, 0);
    writeAutosave(folder, document, aMoment());

    const std::vector<PendingAutosave> pending = listAutosaves(folder);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].file, folder / "test-lesson.json");
    EXPECT_EQ(pending[0].original, std::filesystem::path("/home/ana/lessons/test.json"));
    EXPECT_FALSE(pending[0].builtIn);
    EXPECT_EQ(pending[0].savedAt, "2024-05-01T12:30:00Z");
    EXPECT_EQ(pending[0].lessonTitle, "Test lesson");
    EXPECT_EQ(pending[0].problem, "");

    const LessonDocument restored = restoreAutosave(pending[0].file);
    EXPECT_EQ(restored.lesson(), document.lesson());
    EXPECT_EQ(restored.path(), std::filesystem::path("/home/ana/lessons/test.json"));
    EXPECT_TRUE(restored.isDirty());
    EXPECT_FALSE(restored.canUndo());

    discardAutosave(pending[0].file);
    EXPECT_TRUE(listAutosaves(folder).empty());
    discardAutosave(pending[0].file); // already gone: fine
}

TEST(Autosave, BuiltInLessonsRoundTripThroughTheSnapshotReader)
{
    for (const char* name : {"lumbar-basic.json", "quadratus-lumborum.json", "forearm-erector-spinae.json"}) {
        const LessonParseResult loaded = loadLesson(test::builtInLessonDir() / name);
        ASSERT_TRUE(loaded.ok()) << name;
        EXPECT_EQ(readLessonSnapshot(writeLesson(*loaded.lesson)), *loaded.lesson) << name;
    }
}

TEST(Autosave, ARestoredBuiltInStaysReadOnlyAndSavingDiscardsTheAutosave)
{
    const test::TempDir dir;
    const auto folder = dir.path() / "autosave";
    const auto builtIn = dir.write("builtin.json", writeLesson(test::validLesson()));
    LessonDocument document = LessonDocument::open(builtIn, true);
    setLessonTitle(document, "Changed");
    const auto file = writeAutosave(folder, document, aMoment());
    LessonDocument restored = restoreAutosave(file);
    EXPECT_TRUE(restored.isBuiltIn());
    EXPECT_THROW(restored.save(), FileError);
    restored.save(dir.path() / "mine.json");
    discardAutosave(file);
    EXPECT_TRUE(listAutosaves(folder).empty());
    EXPECT_EQ(LessonDocument::open(dir.path() / "mine.json", false).lesson().title, "Changed");
}

TEST(Autosave, ListingSkipsTemporariesAndReportsBrokenFiles)
{
    const test::TempDir dir;
    dir.write(".test-lesson.json.tmp-99-0", "partial");
    dir.write("notes.txt", "not an autosave");
    dir.write("broken.json", "{\"format\": \"something else\"}");
    nlohmann::json future
        = {{"format", "lumbarlab-autosave"}, {"version", 2}, {"lesson", nlohmann::json::object()}};
    dir.write("future.json", future.dump());
    const std::vector<PendingAutosave> pending = listAutosaves(dir.path());
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].file, dir.path() / "broken.json");
    EXPECT_EQ(pending[0].problem,
        "the autosave '" + (dir.path() / "broken.json").string()
            + "' is not a LumbarLab autosave (its \"format\" is not \"lumbarlab-autosave\"); discard it");
    EXPECT_EQ(pending[1].problem,
        "the autosave '" + (dir.path() / "future.json").string()
            + "' is version 2, newer than this build reads (1); update LumbarLab to recover it");
    EXPECT_THROW(restoreAutosave(dir.path() / "future.json"), FileError);
    EXPECT_TRUE(listAutosaves(dir.path() / "absent").empty());
}

TEST(Autosave, FieldsOfTheWrongTypeGiveMessagesNotLibraryExceptions)
{
    const test::TempDir dir;
    dir.write("numbered.json", "{\"format\": 5}");
    dir.write(
        "huge.json", "{\"format\": \"lumbarlab-autosave\", \"version\": 1" + std::string(400, '0') + "}");
    nlohmann::json odd = {{"format", "lumbarlab-autosave"}, {"version", 1}, {"original", 7},
        {"built_in", "yes"}, {"saved_at", false}, {"lesson", {{"title", 3}}}};
    dir.write("odd.json", odd.dump());
    const std::vector<PendingAutosave> pending = listAutosaves(dir.path());
    ASSERT_EQ(pending.size(), 3u);
    EXPECT_EQ(pending[0].problem,
        "the autosave '" + (dir.path() / "huge.json").string()
            + "' is not valid JSON (parse error at line 1, column 445: number overflow parsing "
              "'10000000000000000000...'); it was cut short or changed outside LumbarLab: discard it");
    EXPECT_THROW(restoreAutosave(dir.path() / "huge.json"), FileError);
    EXPECT_EQ(pending[1].problem,
        "the autosave '" + (dir.path() / "numbered.json").string()
            + "' is not a LumbarLab autosave (its \"format\" is not \"lumbarlab-autosave\"); discard it");
    EXPECT_EQ(pending[2].problem, "");
    EXPECT_EQ(pending[2].original, "");
    EXPECT_FALSE(pending[2].builtIn);
    EXPECT_EQ(pending[2].savedAt, "");
    EXPECT_EQ(pending[2].lessonTitle, "");
}

} // namespace
} // namespace lumbar::authoring
