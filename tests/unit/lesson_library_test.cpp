// The Lesson panel's list: built-in lessons first in their order, then the user's sorted by file.
#include "session/lesson_library.hpp"
#include "session/lesson_loading.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "technique/lesson.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

using test::TempDir;

std::string lessonWith(const std::string& id, const std::string& title)
{
    nlohmann::json lesson = test::validLessonJson();
    lesson["id"] = id;
    lesson["title"] = title;
    return lesson.dump(2);
}

TEST(LessonLibrary, ListsBuiltInsInOrderThenTheUsersLessonsByFileName)
{
    const TempDir dir;
    const std::filesystem::path second = dir.write("builtin-b.json", lessonWith("b", "Second built-in"));
    const std::filesystem::path first = dir.write("builtin-a.json", lessonWith("a", "First built-in"));
    std::filesystem::create_directories(dir.path() / "mine");
    const std::filesystem::path zulu = dir.write("mine/zulu.json", lessonWith("zulu", "Zulu"));
    const std::filesystem::path alpha = dir.write("mine/alpha.json", lessonWith("alpha", "Alpha"));
    dir.write("mine/notes.txt", "not a lesson");
    dir.write("mine/broken.json", "{ not json");

    const std::vector<LessonEntry> library = listLessons({second, first}, dir.path() / "mine");
    const std::vector<LessonEntry> expected{
        {"b", "Second built-in", second, true},
        {"a", "First built-in", first, true},
        {"alpha", "Alpha", alpha, false},
        {"zulu", "Zulu", zulu, false},
    };
    EXPECT_EQ(library, expected);
    EXPECT_TRUE(isBuiltIn(library, first));
    EXPECT_FALSE(isBuiltIn(library, alpha));
    EXPECT_FALSE(isBuiltIn(library, dir.path() / "elsewhere.json"));
}

TEST(LessonLibrary, AMissingOrUnnamedUserFolderGivesTheBuiltInsAlone)
{
    const TempDir dir;
    const std::filesystem::path builtIn = dir.write("a.json", lessonWith("a", "A"));
    EXPECT_EQ(listLessons({builtIn}, {}).size(), 1u);
    EXPECT_EQ(listLessons({builtIn}, dir.path() / "missing").size(), 1u);
    EXPECT_EQ(listLessons({}, {}).size(), 0u);
}

TEST(LessonLibrary, AUsersHalfWrittenLessonIsListedAsADraft)
{
    const TempDir dir;
    std::filesystem::create_directories(dir.path() / "mine");
    // Saved with its texts still empty: a lesson file with problems, kept as a draft.
    nlohmann::json draft = test::validLessonJson();
    draft["id"] = "week-3";
    draft["title"] = "Week 3";
    draft["steps"][0]["explain"]["student"]["what"] = "";
    const std::filesystem::path draftFile = dir.write("mine/week-3.json", draft.dump(2));
    // The same in the built-ins is not offered; nor is a file of another format.
    const std::filesystem::path brokenBuiltIn = dir.write("builtin.json", draft.dump(2));
    nlohmann::json other = test::validLessonJson();
    other["format"] = "something-else";
    dir.write("mine/other.json", other.dump(2));

    const std::vector<LessonEntry> library = listLessons({brokenBuiltIn}, dir.path() / "mine");
    ASSERT_EQ(library.size(), 1u);
    EXPECT_EQ(library[0].id, "week-3");
    EXPECT_EQ(library[0].path, draftFile);
    EXPECT_FALSE(library[0].builtIn);
    EXPECT_EQ(library[0].draftProblems, 1u);

    const technique::LessonParseResult parsed = technique::loadLesson(draftFile);
    EXPECT_FALSE(parsed.lesson);
    ASSERT_TRUE(parsed.draft);
    EXPECT_EQ(parsed.draft->title, "Week 3");
    EXPECT_FALSE(technique::loadLesson(dir.path() / "mine" / "other.json").draft);
    EXPECT_EQ(draftNotice(draftFile, 1),
        "week-3.json is a draft with 1 problem: it opens in the Lesson editor to be finished");
    EXPECT_EQ(draftNotice(draftFile, 24),
        "week-3.json is a draft with 24 problems: it opens in the Lesson editor to be finished");
    EXPECT_EQ(draftNotice(draftFile, 24, false),
        "week-3.json is kept as a draft with 24 problems: pick it in the lesson list to finish it");
}

} // namespace
} // namespace lumbar::app
