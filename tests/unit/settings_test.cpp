// Settings: round trip, defensive reading of every field, saving into a new folder.
#include "session/settings.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace lumbar::app {
namespace {

using Messages = std::vector<std::string>;

TEST(Settings, RoundTripsEveryField)
{
    Settings settings;
    settings.uiScale = 1.25f;
    settings.theme = Theme::Light;
    settings.audience = "patient";
    settings.labels = true;
    settings.presentationAutoOrbit = true;
    settings.handTone = HandTone::Brown;
    settings.therapist = true;
    settings.renderScale = RenderScaleMode::AlwaysFull;
    settings.windowWidth = 1600;
    settings.windowHeight = 900;
    Messages warnings;
    EXPECT_EQ(parseSettings(writeSettings(settings), "settings.json", warnings), settings);
    EXPECT_TRUE(warnings.empty());
    EXPECT_EQ(writeSettings(Settings{}),
        "{\n  \"format\": \"lumbarlab-settings\",\n  \"version\": 1,\n  \"ui_scale\": 1.0,\n  \"theme\": "
        "\"dark\",\n  \"audience\": \"student\",\n  \"labels\": false,\n  \"presentation_auto_orbit\": "
        "false,\n  \"hand_tone\": \"medium\",\n  \"therapist\": false,\n "
        " \"render_scale\": \"automatic\",\n  \"window_width\": 1280,\n  \"window_height\": 720\n}\n");
}

TEST(Settings, KeepsTheDefaultOfEachBadFieldAndSaysWhy)
{
    Messages warnings;
    const Settings settings
        = parseSettings(R"({"ui_scale": 9, "theme": "sepia", "audience": 3, "labels": true,
        "hand_tone": "green", "therapist": "yes", "render_scale": "half", "window_width": 100, "window_height": 800, "colour": "red"})",
            "settings.json", warnings);
    EXPECT_EQ(warnings,
        (Messages{"settings.json: colour: unknown setting; ignored",
            "settings.json: ui_scale: 9 is out of range 0.75 to 2.5; using 1",
            "settings.json: theme: \"sepia\" is not one of dark, light; using \"dark\"",
            "settings.json: audience: expected a string, found 3; using the default",
            "settings.json: hand_tone: \"green\" is not one of light, medium, brown, dark; using \"medium\"",
            "settings.json: therapist: expected true or false, found \"yes\"; using the default",
            "settings.json: render_scale: \"half\" is not one of automatic, full; using \"automatic\"",
            "settings.json: window_width: 100 is out of range 320 to 16384; using 1280"}));
    EXPECT_FLOAT_EQ(settings.uiScale, 1.0f);
    EXPECT_EQ(settings.theme, Theme::Dark);
    EXPECT_EQ(settings.audience, "student");
    EXPECT_EQ(settings.handTone, HandTone::Medium);
    EXPECT_FALSE(settings.therapist);
    EXPECT_EQ(settings.renderScale, RenderScaleMode::Automatic);
    EXPECT_TRUE(settings.labels); // the good fields are kept
    EXPECT_EQ(settings.windowWidth, 1280);
    EXPECT_EQ(settings.windowHeight, 800);
}

TEST(Settings, AFileThatIsNotJsonGivesTheDefaults)
{
    Messages warnings;
    EXPECT_EQ(parseSettings("{\"ui_scale\": 1.5", "settings.json", warnings), Settings{});
    EXPECT_EQ(warnings,
        Messages{
            "settings.json: not valid JSON (parse error at line 1, column 17: syntax error while parsing "
            "object - unexpected end of input; expected '}'); using the default settings until the "
            "window saves them again"});
    warnings.clear();
    EXPECT_EQ(parseSettings("[1, 2]", "settings.json", warnings), Settings{});
    EXPECT_EQ(warnings.size(), 1u);
}

TEST(Settings, ANumberTooLargeForADoubleGivesTheDefaults)
{
    Messages warnings;
    const std::string text = R"({"ui_scale": 1)" + std::string(4000, '0') + "}";
    EXPECT_NO_THROW(parseSettings(text, "settings.json", warnings));
    EXPECT_EQ(parseSettings(text, "settings.json", warnings), Settings{});
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0],
        "settings.json: not valid JSON (parse error at line 1, column 4014: number overflow parsing "
        "'10000000000000000000...'); using the default settings until the window saves them again");
}

TEST(Settings, AFolderOrAPipeInPlaceOfTheFileGivesTheDefaultsAtOnce)
{
    const test::TempDir dir;
    Messages warnings;
    EXPECT_EQ(loadSettings(dir.path(), warnings), Settings{});
    EXPECT_EQ(warnings,
        Messages{dir.path().string()
            + ": cannot be read (it is a folder, not a file); using the default settings"});
    warnings.clear();
    const auto fifo = dir.path() / "settings.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(loadSettings(fifo, warnings), Settings{}); // would wait forever for a writer if opened
    EXPECT_EQ(warnings,
        Messages{fifo.string()
            + ": cannot be read (it is not a regular file but a pipe, socket or device); using the default "
              "settings"});
}

TEST(Settings, SavesIntoANewFolderAndLoadsBack)
{
    const test::TempDir temp;
    const std::filesystem::path path = temp.path() / "config" / "lumbarlab" / "settings.json";
    Messages warnings;
    EXPECT_EQ(loadSettings(path, warnings), Settings{}); // missing: defaults, silently
    EXPECT_TRUE(warnings.empty());
    Settings settings;
    settings.uiScale = 2.0f;
    saveSettings(path, settings);
    EXPECT_EQ(loadSettings(path, warnings), settings);
    EXPECT_TRUE(warnings.empty());
    // Nothing but the file is left in the folder (no temporary files).
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(path.parent_path()))
        ++entries;
    EXPECT_EQ(entries, 1);
}

} // namespace
} // namespace lumbar::app
