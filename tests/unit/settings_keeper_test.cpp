// SettingsKeeper: changes are written once, a second after they were applied, and on the way out.
#include "core/error.hpp"
#include "session/settings_keeper.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

using test::TempDir;

Settings onDisk(const std::filesystem::path& file)
{
    std::vector<std::string> warnings;
    const Settings settings = loadSettings(file, warnings);
    EXPECT_TRUE(warnings.empty());
    return settings;
}

TEST(SettingsKeeper, WritesAppliedChangesOneSecondAfterTheFirstOne)
{
    const TempDir dir;
    const std::filesystem::path file = dir.path() / "config" / "settings.json";
    SettingsKeeper keeper(Settings{}, file);
    EXPECT_FALSE(keeper.changed());
    keeper.current().uiScale = 1.5f;
    EXPECT_TRUE(keeper.changed());
    EXPECT_EQ(keeper.applied().uiScale, 1.0f);

    keeper.markApplied(10.0);
    EXPECT_FALSE(keeper.changed());
    EXPECT_EQ(keeper.applied().uiScale, 1.5f);
    keeper.saveIfDue(10.5);
    EXPECT_FALSE(std::filesystem::exists(file)) << "written before its second had passed";
    // A second change does not push the write back.
    keeper.current().theme = Theme::Light;
    keeper.markApplied(10.8);
    keeper.saveIfDue(10.99);
    EXPECT_FALSE(std::filesystem::exists(file));
    keeper.saveIfDue(11.0);
    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(onDisk(file), keeper.applied());
    EXPECT_FALSE(keeper.unsaved());
}

TEST(SettingsKeeper, WritesAtOnceOnTheWayOutEvenAChangeOfTheLastFrame)
{
    const TempDir dir;
    const std::filesystem::path file = dir.path() / "settings.json";
    SettingsKeeper keeper(Settings{}, file);
    keeper.saveIfDue(-1.0);
    EXPECT_FALSE(std::filesystem::exists(file)) << "nothing changed: nothing written";
    keeper.current().windowWidth = 1600;
    keeper.markApplied(-1.0);
    keeper.saveIfDue(-1.0);
    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(onDisk(file).windowWidth, 1600);
}

TEST(SettingsKeeper, KeepsNothingWithoutAPathAndReportsAFileItCannotWrite)
{
    SettingsKeeper nowhere(Settings{}, {});
    nowhere.current().labels = true;
    nowhere.markApplied(0.0);
    EXPECT_NO_THROW(nowhere.saveIfDue(5.0));
    EXPECT_FALSE(nowhere.unsaved());

    const TempDir dir;
    const std::filesystem::path blocker = dir.write("file", "not a folder");
    SettingsKeeper keeper(Settings{}, blocker / "settings.json");
    keeper.current().labels = true;
    keeper.markApplied(0.0);
    EXPECT_THROW(keeper.saveIfDue(1.0), Error);
    EXPECT_FALSE(keeper.unsaved()) << "not retried every frame";
}

TEST(SettingsKeeper, EachThemeHasItsOwnBackground)
{
    // Dark: the renderer's own dark gradient; light: a light grey room, so the view and the
    // panels do not flash between dark and bright.
    EXPECT_EQ(backgroundFor(Theme::Dark).top, BackgroundStyle{}.top);
    EXPECT_EQ(backgroundFor(Theme::Dark).bottom, BackgroundStyle{}.bottom);
    EXPECT_EQ(backgroundFor(Theme::Light).top, glm::vec3(0.86f, 0.88f, 0.91f));
    EXPECT_EQ(backgroundFor(Theme::Light).bottom, glm::vec3(0.62f, 0.65f, 0.70f));
}

} // namespace
} // namespace lumbar::app
