// The pure parts of the exports: frame counts, the progress bar, file names, folders, PATH search.
#include "core/error.hpp"
#include "export/frame_sink.hpp"
#include "export/handout_export.hpp"
#include "export/lesson_recorder.hpp"
#include "session/user_folders.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sys/stat.h>

namespace lumbar::app {
namespace {

TEST(RecordFrameCount, CoversTheDurationAtTheFrameRate)
{
    EXPECT_EQ(recordFrameCount(12.0, 10, 1.0), 120);
    EXPECT_EQ(recordFrameCount(12.05, 10, 1.0), 121);
    EXPECT_EQ(recordFrameCount(1200.0, 30, 4.0), 9000);
    EXPECT_EQ(recordFrameCount(0.0, 30, 1.0), 1);
}

TEST(ProgressBar, ShowsFractionPercentAndFrames)
{
    EXPECT_EQ(progressBar(120, 300), "[####......] 40% frame 120/300");
    EXPECT_EQ(progressBar(0, 5), "[..........] 0% frame 0/5");
    EXPECT_EQ(progressBar(5, 5), "[##########] 100% frame 5/5");
    EXPECT_EQ(progressBar(1, 4, 4), "[#...] 25% frame 1/4");
}

TEST(FrameFileName, SixDigitsFromOne)
{
    EXPECT_EQ(frameFileName(0), "frame-000001.png");
    EXPECT_EQ(frameFileName(41), "frame-000042.png");
}

TEST(TimestampedStem, HasTheLocalDateAndTimeOfTheInstant)
{
    // A fixed instant, 2026-03-04 05:06:07 UTC, in two time zones: the stem is local time.
    const auto instant = std::chrono::system_clock::from_time_t(1772600767);
    const char* const previous = std::getenv("TZ");
    const std::string saved = previous ? previous : "";
    setenv("TZ", "UTC0", 1);
    tzset();
    EXPECT_EQ(timestampedStem(instant), "lumbarlab-20260304-050607");
    setenv("TZ", "XST-9", 1); // nine hours east of UTC
    tzset();
    EXPECT_EQ(timestampedStem(instant), "lumbarlab-20260304-140607");
    if (previous)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}

TEST(FirstFreePath, NeverOverwrites)
{
    const test::TempDir dir;
    EXPECT_EQ(firstFreePath(dir.path(), "shot", ".png"), dir.path() / "shot.png");
    dir.write("shot.png", "x");
    EXPECT_EQ(firstFreePath(dir.path(), "shot", ".png"), dir.path() / "shot-2.png");
    dir.write("shot-2.png", "x");
    EXPECT_EQ(firstFreePath(dir.path(), "shot", ".png"), dir.path() / "shot-3.png");
}

TEST(FindExecutable, SearchesEachFolderOfPath)
{
    const test::TempDir dir;
    const std::filesystem::path tool = dir.write("fake-tool", "#!/bin/sh\n");
    EXPECT_FALSE(findExecutable("fake-tool", ("/nonexistent:" + dir.path().string()).c_str()));
    chmod(tool.c_str(), 0755);
    EXPECT_EQ(findExecutable("fake-tool", ("/nonexistent:" + dir.path().string()).c_str()), tool);
    EXPECT_FALSE(findExecutable("fake-tool", "/nonexistent"));
    EXPECT_FALSE(findExecutable("fake-tool", nullptr));
}

TEST(OpenFrameSink, RefusesAFolderWithAnEarlierRecording)
{
    const test::TempDir dir;
    dir.write("frame-000001.png", "x");
    try {
        openFrameSink(dir.path(), 16, 16, 30);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "the folder '" + dir.path().string()
                + "' already holds a recording (frame-000001.png); choose a new folder or remove the old "
                  "frames");
    }
}

TEST(PrepareHandoutFolder, CreatesAMissingFolder)
{
    const test::TempDir dir;
    prepareHandoutFolder(dir.path() / "new" / "handout");
    EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "new" / "handout" / "images"));
}

TEST(PrepareHandoutFolder, RefusesAFolderOfOtherFiles)
{
    const test::TempDir dir;
    dir.write("notes.txt", "mine");
    try {
        prepareHandoutFolder(dir.path());
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "the handout folder '" + dir.path().string()
                + "' is not empty and does not hold an earlier LumbarLab handout; give a new or empty folder "
                  "so "
                  "nothing of yours is overwritten");
    }
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "notes.txt"));
}

TEST(PrepareHandoutFolder, RefusesAnIndexWrittenBySomeoneElse)
{
    const test::TempDir dir;
    dir.write("index.html", "<html>my page</html>");
    EXPECT_THROW(prepareHandoutFolder(dir.path()), Error);
}

TEST(PrepareHandoutFolder, ReplacesAnEarlierHandout)
{
    const test::TempDir dir;
    dir.write("index.html", "<meta name=\"generator\" content=\"LumbarLab handout\">");
    std::filesystem::create_directory(dir.path() / "images");
    dir.write("images/step-09.png", "old");
    prepareHandoutFolder(dir.path());
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "images" / "step-09.png"));
    EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "images"));
}

} // namespace
} // namespace lumbar::app
