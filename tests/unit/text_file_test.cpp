// Reading outside files whole: a regular file is read, and a folder, a named pipe, an endless
// device or an oversized file is refused at once with what it is, by every reader that uses it.
#include "anatomy/knowledge_base.hpp"
#include "authoring/autosave.hpp"
#include "core/error.hpp"
#include "core/text_file.hpp"
#include "support/temp_dir.hpp"
#include "technique/lesson.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace lumbar {
namespace {

using Kind = TextFileProblem::Kind;

TEST(TextFile, ReadsARegularFileWhole)
{
    const test::TempDir dir;
    const auto path = dir.write("lesson.json", std::string(100000, 'x'));
    TextFileProblem problem;
    const auto text = readTextFile(path, 100000, problem);
    ASSERT_TRUE(text.has_value()) << problem.description;
    EXPECT_EQ(text->size(), 100000u);
}

TEST(TextFile, RefusesWhatIsNotARegularFileOfItsSize)
{
    const test::TempDir dir;
    TextFileProblem problem;
    EXPECT_FALSE(readTextFile(dir.path() / "absent.json", 100, problem));
    EXPECT_EQ(problem.kind, Kind::CannotOpen);
    EXPECT_EQ(problem.description, "No such file or directory");

    EXPECT_FALSE(readTextFile(dir.path(), 100, problem));
    EXPECT_EQ(problem.kind, Kind::NotAFile);
    EXPECT_EQ(problem.description, "is a folder, not a file");

    // Opening a pipe nobody writes to would wait forever; /dev/zero would never end.
    const auto fifo = dir.path() / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::filesystem::path& path : {fifo, std::filesystem::path("/dev/zero")}) {
        EXPECT_FALSE(readTextFile(path, 100, problem)) << path;
        EXPECT_EQ(problem.kind, Kind::NotAFile) << path;
        EXPECT_EQ(problem.description, "is not a regular file but a pipe, socket or device") << path;
    }

    const auto big = dir.write("big.json", std::string(101, 'x'));
    EXPECT_FALSE(readTextFile(big, 100, problem));
    EXPECT_EQ(problem.kind, Kind::TooLarge);
    EXPECT_EQ(problem.description, "is 101 bytes, more than the 100 such a file may hold");
}

TEST(TextFile, EveryReaderRefusesAPipeWithoutWaiting)
{
    const test::TempDir dir;
    const auto fifo = dir.path() / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto lesson = technique::loadLesson(fifo, nullptr);
    ASSERT_EQ(lesson.problems.size(), 1u);
    EXPECT_EQ(lesson.problems[0].text(),
        fifo.string()
            + ": cannot read it: it is not a regular file but a pipe, socket or device; give a lesson file "
              "(.json) saved on disk");
    try {
        loadKnowledgeBase(dir.path());
        FAIL() << "a folder read as a knowledge base";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot read the knowledge base '" + dir.path().string()
                + "': it is a folder, not a file; give the structures.json written with the model");
    }
    // Listing skips what is not a regular file; restoring one named directly refuses it.
    EXPECT_TRUE(authoring::listAutosaves(dir.path()).empty());
    try {
        authoring::restoreAutosave(fifo);
        FAIL() << "a pipe restored as an autosave";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot read the autosave '" + fifo.string()
                + "': it is not a regular file but a pipe, socket or device; it is not one LumbarLab wrote: "
                  "discard it");
    }
}

} // namespace
} // namespace lumbar
