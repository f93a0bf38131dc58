// Opening a model off the UI thread: the result arrives through poll(), one opening at a time,
// and a cancelled one ends at once with its own message.
#include "session/model_opener.hpp"
#include "support/scene_files.hpp"
#include "support/stand_in_importer.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <sys/wait.h>
#include <thread>

namespace lumbar::app {
namespace {

/// Polls until the opening ends; gives up (a failure) after a minute.
ModelOpener::Result waitFor(ModelOpener& opener)
{
    for (int i = 0; i < 6000; ++i) {
        if (std::optional<ModelOpener::Result> result = opener.poll())
            return std::move(*result);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "the opening did not end within a minute";
    return {};
}

TEST(ModelOpener, OpensAFileInTheBackground)
{
    test::TempDir dir;
    const auto path = test::writeObj(dir.path(), "shapes",
        {test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f)),
            test::makeIcosphere("ball", glm::vec3(0.3f, 0.0f, 0.0f), 0.05f, 1)});
    ModelOpener opener;
    EXPECT_FALSE(opener.busy());
    ASSERT_TRUE(opener.start(path));
    EXPECT_TRUE(opener.busy());
    EXPECT_EQ(opener.path(), path);
    const ModelOpener::Result result = waitFor(opener);
    EXPECT_EQ(result.path, path);
    ASSERT_TRUE(result.model) << result.error;
    EXPECT_EQ(result.model->meshes.size(), 2u);
    EXPECT_TRUE(result.error.empty());
    EXPECT_FALSE(opener.busy());
    EXPECT_TRUE(opener.path().empty());
    EXPECT_FALSE(opener.poll()) << "a result is handed over once";
}

TEST(ModelOpener, AFileTheImporterRefusesGivesItsMessage)
{
    ModelOpener opener;
    ASSERT_TRUE(opener.start("/nowhere/spine.blend"));
    const ModelOpener::Result result = waitFor(opener);
    EXPECT_FALSE(result.model);
    EXPECT_NE(result.error.find("'.blend' is not a supported format"), std::string::npos) << result.error;
}

TEST(ModelOpener, OneOpeningAtATimeAndACancelledOneEndsAtOnce)
{
    ImportLimits limits;
    limits.time = std::chrono::minutes(5); // far beyond the test: only the cancel can end it
    ModelOpener opener(limits, test::standInImporter()); // which hangs on *hang.glb
    ASSERT_TRUE(opener.start("/nowhere/hang.glb"));
    EXPECT_FALSE(opener.start("/nowhere/second.glb"));
    EXPECT_EQ(opener.path(), "/nowhere/hang.glb");
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(opener.poll());
    opener.cancel();
    const ModelOpener::Result result = waitFor(opener);
    EXPECT_FALSE(result.model);
    EXPECT_EQ(result.error, "opening '/nowhere/hang.glb' was cancelled");
    int status = 0;
    EXPECT_TRUE(::waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD) << "the importer was not reaped";
    EXPECT_TRUE(opener.start("/nowhere/hang.glb")) << "idle again after the cancelled one";
    // The destructor cancels this one in turn.
}

} // namespace
} // namespace lumbar::app
