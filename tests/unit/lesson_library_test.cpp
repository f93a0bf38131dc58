// The Lesson panel's list: built-in lessons first in their order, then the user's sorted by file.
#include "session/lesson_library.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"

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

} // namespace
} // namespace lumbar::app
