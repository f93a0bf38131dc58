// The progress file: its exact text, the round trip, every bad field refused with its place, and
// a refused file kept aside rather than written over.
#include "quiz/progress_file.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::quiz {
namespace {

Progress sampleProgress()
{
    Progress progress;
    progress.put({"question:click:quadratus_lumborum.left",
        {ProgressGroup::Kind::Structure, "quadratus_lumborum.left"}, 3, 4, 1, 1'750'000'000});
    progress.put({"question:order:lumbar-basic", {ProgressGroup::Kind::Lesson, "lumbar-basic"}, 1, 0, 2,
        1'750'086'400});
    return progress;
}

/// The problems of `text`, each as "where: message"; parseProgress must refuse it.
std::vector<std::string> problemsOf(const std::string& text)
{
    std::vector<Problem> problems;
    EXPECT_FALSE(parseProgress(text, "progress.json", problems).has_value()) << text;
    std::vector<std::string> lines;
    for (const Problem& problem : problems) {
        EXPECT_EQ(problem.source, "progress.json");
        lines.push_back(problem.where + ": " + problem.message);
    }
    return lines;
}

std::string withItem(const std::string& item)
{
    return R"({"format": "lumbarlab-progress", "version": 1, "items": [)" + item + "]}";
}

TEST(ProgressFile, WritesTheDocumentedFormat)
{
    EXPECT_EQ(writeProgress(sampleProgress()), R"({
  "format": "lumbarlab-progress",
  "version": 1,
  "items": [
    {
      "key": "question:click:quadratus_lumborum.left",
      "structure": "quadratus_lumborum.left",
      "box": 3,
      "right": 4,
      "wrong": 1,
      "last_answered": 1750000000
    },
    {
      "key": "question:order:lumbar-basic",
      "lesson": "lumbar-basic",
      "box": 1,
      "right": 0,
      "wrong": 2,
      "last_answered": 1750086400
    }
  ]
}
)");
}

TEST(ProgressFile, RoundTripsEveryRecord)
{
    std::vector<Problem> problems;
    const std::optional<Progress> read
        = parseProgress(writeProgress(sampleProgress()), "progress.json", problems);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(*read, sampleProgress());
    EXPECT_TRUE(parseProgress(writeProgress(Progress()), "progress.json", problems)->empty());
}

TEST(ProgressFile, RefusesTextThatIsNotAProgressFile)
{
    const std::vector<std::string> notJson = problemsOf("{\"format\": ");
    ASSERT_EQ(notJson.size(), 1u);
    EXPECT_EQ(notJson[0].rfind(": not valid JSON (parse error at line 1, column 12", 0), 0u) << notJson[0];
    EXPECT_EQ(problemsOf("[]"), (std::vector<std::string>{": expected an object, found array"}));
    EXPECT_EQ(problemsOf(R"({"format": "lumbarlab-settings", "version": 2, "items": {}, "extra": 1})"),
        (std::vector<std::string>{
            "extra: unknown field; expected one of format, version, items",
            "format: \"lumbarlab-settings\" is not a progress file; expected \"lumbarlab-progress\"",
            "version: 2 is not a version this LumbarLab reads; expected 1 (a newer LumbarLab wrote it?)",
            "items: expected an array, found object",
        }));
    EXPECT_EQ(problemsOf("{}"),
        (std::vector<std::string>{
            ": \"format\" is missing", ": \"version\" is missing", ": \"items\" is missing"}));
}

TEST(ProgressFile, NamesEveryBadFieldOfEveryItem)
{
    const std::string good
        = R"({"key": "palpation:psis.left", "structure": "hip_bone.left", "box": 2, "right": 1, "wrong": 0, "last_answered": 1750000000})";
    EXPECT_EQ(
        problemsOf(withItem(good
            + R"(, {"key": "", "box": 7, "right": -1, "wrong": 1.5, "last_answered": -3, "colour": "red"})")),
        (std::vector<std::string>{
            "items[1].colour: unknown field; expected one of key, structure, lesson, box, right, wrong, "
            "last_answered",
            "items[1].key: must not be empty",
            "items[1]: needs exactly one of \"structure\" and \"lesson\"",
            "items[1].box: 7 is out of range; expected 1 to 5",
            "items[1].right: -1 is out of range; expected 0 to 2147483647",
            "items[1].wrong: expected an integer, found number",
            "items[1].last_answered: -3 is out of range; expected seconds since 1970 from 0 to 253402300799",
        }));
    EXPECT_EQ(
        problemsOf(withItem(good + ", " + good
            + R"(, 3, {"key": "k", "structure": "s", "lesson": "l", "box": 1, "right": 0, "wrong": 1, "last_answered": 99999999999999999999})")),
        (std::vector<std::string>{
            "items[1].key: \"palpation:psis.left\" is given twice",
            "items[2]: expected an object, found number",
            "items[3]: needs exactly one of \"structure\" and \"lesson\"",
            "items[3].last_answered: expected a whole number of seconds, found number",
        }));
}

TEST(ProgressFile, AMissingFileIsEmptyProgressWithoutAMessage)
{
    const test::TempDir folder;
    const LoadedProgress loaded = loadProgress(folder.path() / "progress.json");
    EXPECT_TRUE(loaded.progress.empty());
    EXPECT_TRUE(loaded.messages.empty());
    EXPECT_TRUE(loaded.canSave);
    EXPECT_FALSE(loaded.keptAside);
}

TEST(ProgressFile, SavesIntoANewFolderAndLoadsItBack)
{
    const test::TempDir folder;
    const std::filesystem::path path = folder.path() / "lumbarlab" / "progress.json";
    saveProgress(path, sampleProgress());
    const LoadedProgress loaded = loadProgress(path);
    EXPECT_EQ(loaded.progress, sampleProgress());
    EXPECT_TRUE(loaded.messages.empty());
    EXPECT_EQ(test::readText(path), writeProgress(sampleProgress()));
}

TEST(ProgressFile, ARefusedFileIsKeptAsideAndNeverWrittenOver)
{
    const test::TempDir folder;
    const std::string broken
        = withItem(R"({"key": "a", "structure": "s", "box": 9, "right": 0, "wrong": 1, "last_answered": 5})");
    const std::filesystem::path path = folder.write("progress.json", broken);
    const LoadedProgress first = loadProgress(path);
    EXPECT_TRUE(first.progress.empty());
    EXPECT_TRUE(first.canSave);
    ASSERT_TRUE(first.keptAside);
    EXPECT_EQ(*first.keptAside, folder.path() / "progress.json.bad");
    ASSERT_EQ(first.messages.size(), 2u);
    EXPECT_EQ(first.messages[0], path.string() + ": items[0].box: 9 is out of range; expected 1 to 5");
    EXPECT_EQ(first.messages[1],
        "The progress file \"" + path.string() + "\" was not used; it is kept as \""
            + (folder.path() / "progress.json.bad").string()
            + "\" and progress starts afresh. Fix it and move it back to use it again.");
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(test::readText(*first.keptAside), broken);

    // Saving now makes a new file; the one kept aside is untouched. A second bad file goes beside it.
    saveProgress(path, sampleProgress());
    EXPECT_EQ(loadProgress(path).progress, sampleProgress());
    folder.write("progress.json", "not json");
    const LoadedProgress second = loadProgress(path);
    EXPECT_EQ(second.keptAside, folder.path() / "progress.json.bad-2");
    EXPECT_EQ(test::readText(folder.path() / "progress.json.bad"), broken);
    EXPECT_EQ(test::readText(folder.path() / "progress.json.bad-2"), "not json");
}

TEST(ProgressFile, AFolderInItsPlaceIsMovedAsideToo)
{
    const test::TempDir folder;
    const std::filesystem::path path = folder.path() / "progress.json";
    std::filesystem::create_directory(path);
    const LoadedProgress loaded = loadProgress(path);
    ASSERT_EQ(loaded.messages.size(), 2u);
    EXPECT_EQ(loaded.messages[0], "\"" + path.string() + "\" cannot be read: it is a folder, not a file");
    EXPECT_TRUE(std::filesystem::is_directory(folder.path() / "progress.json.bad"));
    EXPECT_TRUE(loaded.canSave);
}

} // namespace
} // namespace lumbar::quiz
