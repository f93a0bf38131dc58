// Atomic saving: a round trip, failures that leave the old file and no temporary behind, and saves
// killed part-way that leave exactly the old or exactly the new content.
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lumbar {
namespace {

using test::readText;

/// The names in `folder`, sorted.
std::vector<std::string> namesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// A payload that differs from `fill` everywhere, so any mix of the two would show.
std::string payload(char fill, std::size_t bytes)
{
    return std::string(bytes, fill);
}

TEST(AtomicFile, WritesANewFileAndReplacesAnOldOne)
{
    const test::TempDir dir;
    const auto path = dir.path() / "lesson.json";
    writeFileAtomically(path, "first");
    EXPECT_EQ(readText(path), "first");
    writeFileAtomically(path, "second, longer");
    EXPECT_EQ(readText(path), "second, longer");
    writeFileAtomically(path, "");
    EXPECT_EQ(readText(path), "");
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"lesson.json"});
}

TEST(AtomicFile, KeepsTheModeOfTheFileItReplaces)
{
    const test::TempDir dir;
    const auto path = dir.write("lesson.json", "old");
    ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
    writeFileAtomically(path, "new");
    struct stat info { };
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0640u);
}

TEST(AtomicFile, AMissingFolderThrowsWithThePathAndTheReason)
{
    const test::TempDir dir;
    const auto path = dir.path() / "missing" / "lesson.json";
    try {
        writeFileAtomically(path, "new");
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot save '" + path.string()
                + "': cannot create a temporary file beside it: No such file or directory; check that the "
                  "folder '"
                + (dir.path() / "missing").string() + "' exists and is writable, or save somewhere else");
    }
    EXPECT_TRUE(namesIn(dir.path()).empty());
}

TEST(AtomicFile, AReadOnlyFolderLeavesTheOldFileAndNoTemporary)
{
    // Root writes into any folder, so the save runs in a child that is an ordinary user: as root
    // (CI) the child drops to "nobody", otherwise it stays who it is. Its exit status says whether
    // it saw the message it should.
    const test::TempDir dir;
    const auto path = dir.write("lesson.json", "old");
    ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
    ASSERT_EQ(::chmod(dir.path().c_str(), 0555), 0); // read-only, and open to "nobody" to look in
    const std::string expected = "cannot save '" + path.string()
        + "': cannot create a temporary file beside it: Permission denied; check that the folder '"
        + dir.path().string() + "' exists and is writable, or save somewhere else";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        constexpr uid_t kNobody = 65534;
        if (::geteuid() == 0 && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(4);
        try {
            writeFileAtomically(path, "new");
        } catch (const FileError& error) {
            ::_exit(error.what() == expected ? 0 : 2);
        }
        ::_exit(3);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ::chmod(dir.path().c_str(), 0755);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "2: another message than \"" << expected
                                      << "\"; 3: saved into a read-only folder; 4: could not become nobody";
    EXPECT_EQ(readText(path), "old");
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"lesson.json"});
}

TEST(AtomicFile, AFailedRenameRemovesTheTemporaryFile)
{
    const test::TempDir dir;
    const auto target = dir.path() / "folder.json";
    std::filesystem::create_directory(target);
    dir.write("folder.json/inside", "x"); // a non-empty folder cannot be replaced by a file
    try {
        writeFileAtomically(target, "new");
        FAIL() << "no error";
    } catch (const FileError& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot save '" + target.string()
                + "': replacing it failed: Is a directory; check that it is a file, "
                  "not a folder, and that '"
                + dir.path().string() + "' is writable");
    }
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"folder.json"});
    EXPECT_EQ(readText(dir.path() / "folder.json" / "inside"), "x");
}

TEST(AtomicFile, AFailureWhileWritingLeavesTheOldFileAndNoTemporary)
{
    const test::TempDir dir;
    const auto path = dir.write("lesson.json", "old");
    const auto stop = [](std::size_t written) {
        if (written >= 64 * 1024)
            throw FileError("disk full (simulated)");
    };
    EXPECT_THROW(writeFileAtomically(path, payload('n', 1 << 20), stop), FileError);
    EXPECT_EQ(readText(path), "old");
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"lesson.json"});
}

TEST(AtomicFile, TemporaryNamesAreRecognised)
{
    EXPECT_TRUE(isAtomicWriteTemporary(".lesson.json.tmp-1234-0"));
    EXPECT_FALSE(isAtomicWriteTemporary("lesson.json"));
    EXPECT_FALSE(isAtomicWriteTemporary(".hidden.json"));
}

/// Forks a child that saves `bytes` over `path` and stops after the first chunk (the progress hook
/// tells the parent through a pipe and then waits forever); the parent kills it with SIGKILL.
void killSavePartWay(const std::filesystem::path& path, const std::string& bytes)
{
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        const auto pause = [&](std::size_t) {
            const char byte = 1;
            if (::write(ready[1], &byte, 1) != 1)
                ::_exit(2);
            for (;;)
                ::pause();
        };
        try {
            writeFileAtomically(path, bytes, pause);
        } catch (...) {
            ::_exit(3);
        }
        ::_exit(0);
    }
    ::close(ready[1]);
    char byte = 0;
    ASSERT_EQ(::read(ready[0], &byte, 1), 1); // the child is part-way through the temporary file
    ::close(ready[0]);
    ASSERT_EQ(::kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}

TEST(AtomicFile, ASaveKilledPartWayLeavesTheOldContent)
{
    const test::TempDir dir;
    const std::string old = payload('o', 3 << 20);
    const auto path = dir.write("lesson.json", old);
    killSavePartWay(path, payload('n', 4 << 20));
    EXPECT_EQ(readText(path), old);
    // The killed save leaves its temporary file, which listings skip; the next save still works.
    const std::vector<std::string> names = namesIn(dir.path());
    ASSERT_EQ(names.size(), 2u);
    EXPECT_TRUE(isAtomicWriteTemporary(names[0])) << names[0];
    writeFileAtomically(path, "after");
    EXPECT_EQ(readText(path), "after");
}

TEST(AtomicFile, SavesKilledAtRandomMomentsLeaveTheOldOrTheNewContentNeverAMix)
{
    const test::TempDir dir;
    const std::string old = payload('o', 2 << 20);
    const std::string fresh = payload('n', 3 << 20);
    const auto path = dir.write("lesson.json", old);
    int sawOld = 0;
    int sawNew = 0;
    for (int round = 0; round < 20; ++round) {
        writeFileAtomically(path, old);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            try {
                writeFileAtomically(path, fresh);
            } catch (...) {
                ::_exit(3);
            }
            ::_exit(0);
        }
        ::usleep(static_cast<useconds_t>(round * 1500)); // from at once to well after it finished
        ::kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        const std::string content = readText(path);
        ASSERT_TRUE(content == old || content == fresh)
            << "round " << round << ": " << content.size() << " bytes";
        (content == old ? sawOld : sawNew) += 1;
    }
    EXPECT_EQ(sawOld + sawNew, 20);
}

} // namespace
} // namespace lumbar
