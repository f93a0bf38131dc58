// Command-line parsing: every option, both spellings, and each error message.
#include "core/std_regex.hpp"
#include "session/build_info.hpp"
#include "session/command_line.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

std::string errorOf(const std::vector<std::string>& arguments)
{
    try {
        parseCommandLine(arguments);
    } catch (const CommandLineError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected a CommandLineError";
    return {};
}

TEST(CommandLine, DefaultsWithNoArguments)
{
    const Options options = parseCommandLine({});
    EXPECT_FALSE(options.headless);
    EXPECT_FALSE(options.modelPath);
    EXPECT_FALSE(options.outputPath);
    EXPECT_EQ(options.width, 1280);
    EXPECT_EQ(options.height, 720);
    EXPECT_EQ(options.view, ViewPreset::Oblique);
}

TEST(CommandLine, EveryOptionIsRead)
{
    const Options options = parseCommandLine({"--headless", "--model", "a.glb", "--output=shot.png",
        "--resolution", "300x200", "--view=posterior", "--shader-dir", "shaders"});
    EXPECT_TRUE(options.headless);
    EXPECT_EQ(options.modelPath, std::filesystem::path("a.glb"));
    EXPECT_EQ(options.outputPath, std::filesystem::path("shot.png"));
    EXPECT_EQ(options.width, 300);
    EXPECT_EQ(options.height, 200);
    EXPECT_EQ(options.view, ViewPreset::Posterior);
    EXPECT_EQ(options.shaderDir, std::filesystem::path("shaders"));
}

TEST(CommandLine, StartingLayers)
{
    const Options options = parseCommandLine({"--peel", "bone", "--xray", "--no-body"});
    EXPECT_EQ(options.peelTo, "bone");
    EXPECT_TRUE(options.xray);
    EXPECT_TRUE(options.hideScenery);
    const Options plain = parseCommandLine({});
    EXPECT_FALSE(plain.peelTo);
    EXPECT_FALSE(plain.xray);
    EXPECT_FALSE(plain.hideScenery);
    EXPECT_EQ(errorOf({"--xray=yes"}), "--xray takes no value");
    EXPECT_EQ(errorOf({"--no-body=1"}), "--no-body takes no value");
    EXPECT_TRUE(parseCommandLine({"--background", "light"}).lightBackground);
    EXPECT_EQ(parseCommandLine({"--hands", "dark"}).handTone, HandTone::Dark);
    EXPECT_FALSE(parseCommandLine({}).handTone);
    EXPECT_EQ(errorOf({"--hands", "purple"}),
        "--hands: \"purple\" is not a skin tone; expected one of light, medium, brown, dark");
    EXPECT_TRUE(parseCommandLine({"--therapist"}).therapist);
    EXPECT_FALSE(parseCommandLine({}).therapist);
    EXPECT_EQ(errorOf({"--therapist=on"}), "--therapist takes no value");
    EXPECT_FALSE(parseCommandLine({"--background=dark"}).lightBackground);
    EXPECT_EQ(errorOf({"--background", "white"}),
        "--background: \"white\" is not a background; expected dark or light");
    EXPECT_EQ(errorOf({"--peel"}), "--peel needs a value (see --help)");
    EXPECT_EQ(parseCommandLine({"--referral", "multifidus.left"}).referral, "multifidus.left");
    EXPECT_FALSE(parseCommandLine({}).referral);
    EXPECT_EQ(errorOf({"--referral"}), "--referral needs a value (see --help)");
    EXPECT_TRUE(parseCommandLine({"--palpation"}).palpation);
    EXPECT_FALSE(parseCommandLine({}).palpation);
    EXPECT_EQ(errorOf({"--palpation=yes"}), "--palpation takes no value");
    EXPECT_EQ(parseCommandLine({"--views", "week 3.json"}).viewsPath, std::filesystem::path("week 3.json"));
    const Options handout = parseCommandLine({"--views", "week3.json", "--export-handout", "out"});
    EXPECT_EQ(handout.handoutDir, std::filesystem::path("out"));
    EXPECT_FALSE(handout.routine);
    EXPECT_EQ(errorOf({"--views"}), "--views needs a value (see --help)");
}

TEST(CommandLine, BodyFat)
{
    EXPECT_FALSE(parseCommandLine({}).bodyFatM);
    EXPECT_DOUBLE_EQ(*parseCommandLine({"--body-fat", "30"}).bodyFatM, 0.030);
    EXPECT_DOUBLE_EQ(*parseCommandLine({"--body-fat=5"}).bodyFatM, 0.005);
    const std::string expected = "is not a fat thickness; expected millimetres from 5 to 45, e.g. 30";
    EXPECT_EQ(errorOf({"--body-fat", "4.9"}), "--body-fat: \"4.9\" " + expected);
    EXPECT_EQ(errorOf({"--body-fat", "46"}), "--body-fat: \"46\" " + expected);
    EXPECT_EQ(errorOf({"--body-fat", "thick"}), "--body-fat: \"thick\" " + expected);
    EXPECT_EQ(errorOf({"--body-fat", "nan"}), "--body-fat: \"nan\" " + expected);
    EXPECT_EQ(errorOf({"--body-fat", "20", "--model", "a.glb"}),
        "--body-fat changes the built-in anatomy's skin; a --model file has no fat layer to change");
}

TEST(CommandLine, LessonOptions)
{
    const Options options = parseCommandLine({"--routine", "lumbar-basic", "--step", "3", "--time=12.5",
        "--audience", "patient", "--check-routine", "x.json"});
    EXPECT_EQ(options.routine, "lumbar-basic");
    EXPECT_EQ(options.step, 3);
    EXPECT_DOUBLE_EQ(options.stepTimeS, 12.5);
    EXPECT_EQ(options.audience, "patient");
    EXPECT_EQ(options.checkRoutine, std::filesystem::path("x.json"));
    EXPECT_EQ(errorOf({"--step", "0"}), "--step: \"0\" is not a step number; expected 1 or more");
    EXPECT_EQ(errorOf({"--time", "soon"}), "--time: \"soon\" is not a time; expected seconds, e.g. 12.5");
    EXPECT_EQ(errorOf({"--time", "-3"}), "--time: \"-3\" is not a time; expected seconds, e.g. 12.5");
    EXPECT_EQ(errorOf({"--audience", "doctor"}),
        "--audience: \"doctor\" is not an audience; expected one of student, instructor, patient");
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_TRUE(parseCommandLine({"--help"}).showHelp);
    EXPECT_TRUE(parseCommandLine({"-h"}).showHelp);
    EXPECT_TRUE(parseCommandLine({"--version"}).showVersion);
    const std::string help = helpText();
    for (const char* option : {"--model", "--headless", "--output", "--resolution", "--view", "--shader-dir",
             "--version", "--help", "--export-handout", "--record", "--fps", "--speed", "--frames"})
        EXPECT_NE(help.find(option), std::string::npos) << option << " is missing from --help";
    EXPECT_NE(help.find("Usage: lumbarlab [options] [FILE]"), std::string::npos);
}

TEST(CommandLine, VersionNamesTheReleaseAndTheCommit)
{
    EXPECT_EQ(buildVersion(), LUMBARLAB_EXPECTED_VERSION);
    EXPECT_EQ(versionText(), "lumbarlab " LUMBARLAB_EXPECTED_VERSION " (commit " + buildCommit() + ")\n");
    // git describe --always --dirty: a tag and the commits since it, or the commit's hash alone.
    EXPECT_TRUE(std::regex_match(buildCommit(), std::regex("(unknown|(.+-g)?[0-9a-f]{12,}(-dirty)?)")))
        << buildCommit();
}

TEST(CommandLine, FileOpensALessonOrAModelByWhatItIs)
{
    const test::TempDir dir;
    const std::filesystem::path lesson = dir.write("week-3.txt", "{\"format\": \"lumbarlab-lesson\"}");
    const std::filesystem::path model = dir.write("spine.glb", "glTF");
    const Options withLesson = parseCommandLine({lesson.string(), "--headless"});
    EXPECT_EQ(withLesson.routine, lesson.string());
    EXPECT_FALSE(withLesson.modelPath);
    EXPECT_EQ(parseCommandLine({model.string()}).modelPath, model);
    EXPECT_FALSE(parseCommandLine({model.string()}).routine);
    // The checks that need a lesson see the one FILE gave.
    EXPECT_EQ(parseCommandLine({"--export-handout", "out", lesson.string()}).handoutDir, "out");

    EXPECT_EQ(errorOf({lesson.string(), "--routine", "lumbar-basic"}),
        "'" + lesson.string() + "' is a lesson and --routine names another; give only one of them");
    EXPECT_EQ(errorOf({"--model", "a.obj", model.string()}),
        "'" + model.string() + "' is a model and --model names another; give only one of them");
    EXPECT_EQ(errorOf({lesson.string(), model.string()}),
        "\"" + model.string() + "\": only one FILE can be opened (\"" + lesson.string()
            + "\" is already given)");
    const std::filesystem::path notes = dir.write("notes.txt", "oil");
    EXPECT_EQ(errorOf({notes.string()})
                  .rfind("'" + notes.string() + "' is neither a lesson, a view collection nor a model", 0),
        0u);
}

TEST(CommandLine, ErrorsNameTheArgument)
{
    EXPECT_EQ(errorOf({"--frobnicate"}), "unknown option \"--frobnicate\" (see --help)");
    EXPECT_EQ(errorOf({"--model"}), "--model needs a value (see --help)");
    EXPECT_EQ(errorOf({"--model", "--headless"}), "--model needs a value (see --help)");
    EXPECT_EQ(errorOf({"--view", "back"}),
        "--view: \"back\" is not a view; expected one of posterior, anterior, left, right, "
        "superior, inferior, oblique");
    EXPECT_EQ(errorOf({"--resolution", "big"}),
        "--resolution: \"big\" is not a size; expected WIDTHxHEIGHT in pixels, e.g. 1280x720");
    EXPECT_EQ(errorOf({"--resolution", "10x10"}),
        "--resolution: 10x10 is out of range; each side must be 16 to 8192 pixels");
    EXPECT_EQ(errorOf({"--resolution", "300x"}),
        "--resolution: \"300x\" is not a size; expected WIDTHxHEIGHT in pixels, e.g. 1280x720");
    EXPECT_EQ(errorOf({"--output", "shot.jpg"}),
        "--output: \"shot.jpg\" must name a .png file, e.g. --output view.png");
    EXPECT_EQ(errorOf({"--headless=yes"}), "--headless takes no value");
}

TEST(CommandLine, ExportOptions)
{
    const Options handout
        = parseCommandLine({"--routine", "x", "--export-handout", "out", "--audience=patient"});
    EXPECT_EQ(handout.handoutDir, std::filesystem::path("out"));
    EXPECT_FALSE(handout.recordPath);

    const Options defaults = parseCommandLine({"--routine", "x", "--record", "video.mp4"});
    EXPECT_EQ(defaults.recordPath, std::filesystem::path("video.mp4"));
    EXPECT_EQ(defaults.fps, 30);
    EXPECT_DOUBLE_EQ(defaults.recordSpeed, 1.0);
    EXPECT_FALSE(defaults.maxFrames);

    const Options record
        = parseCommandLine({"--routine=x", "--record=frames", "--fps", "10", "--speed=2.5", "--frames", "5"});
    EXPECT_EQ(record.fps, 10);
    EXPECT_DOUBLE_EQ(record.recordSpeed, 2.5);
    EXPECT_EQ(record.maxFrames, 5);
}

TEST(CommandLine, ExportErrors)
{
    EXPECT_EQ(errorOf({"--export-handout", "out"}),
        "--export-handout needs --routine FILE|ID (the lesson to write the handout of) or --views FILE (the "
        "collection of saved views)");
    EXPECT_EQ(errorOf({"--routine", "x", "--views", "v.json", "--export-handout", "out"}),
        "--export-handout writes one handout: of --routine's lesson or of --views' collection; give only one "
        "of them");
    EXPECT_EQ(errorOf({"--record", "out"}), "--record needs --routine FILE|ID: the lesson to record");
    EXPECT_EQ(errorOf({"--routine", "x", "--record", "out", "--output", "a.png"}),
        "--record and --output cannot be used together; record a video or render one frame, not both");
    EXPECT_EQ(errorOf({"--routine", "x", "--export-handout", "out", "--record", "v"}),
        "--export-handout cannot be used with --output or --record; run them one after the other");
    EXPECT_EQ(errorOf({"--routine", "x", "--record", "v", "--fps", "0"}),
        "--fps: \"0\" is not a frame rate; expected a whole number from 1 to 120");
    EXPECT_EQ(errorOf({"--routine", "x", "--record", "v", "--fps", "121"}),
        "--fps: \"121\" is not a frame rate; expected a whole number from 1 to 120");
    EXPECT_EQ(errorOf({"--routine", "x", "--record", "v", "--speed", "0"}),
        "--speed: \"0\" is not a speed; expected lesson seconds per video second, more than 0 and at most "
        "64");
    EXPECT_EQ(errorOf({"--routine", "x", "--record", "v", "--frames", "none"}),
        "--frames: \"none\" is not a frame count; expected 1 or more");
    EXPECT_EQ(errorOf({"--fps", "24"}), "--fps only applies to --record OUT");
    EXPECT_EQ(errorOf({"--routine", "x", "--frames=3"}), "--frames only applies to --record OUT");
}

} // namespace
} // namespace lumbar::app
