// Command-line parsing with messages that name the argument at fault.
#include "session/command_line.hpp"

#include "anatomy/body_fat.hpp"
#include "core/error.hpp"
#include "session/build_info.hpp"
#include "session/file_kind.hpp"
#include "technique/lesson.hpp"

#include <charconv>
#include <cstdlib>

namespace lumbar::app {
namespace {

/// Largest accepted side of --resolution: beyond this the offscreen buffers exceed what
/// software rendering can allocate comfortably.
constexpr int kMaxResolutionSide = 8192;
/// Largest accepted --fps: more is beyond any video player's use.
constexpr int kMaxFps = 120;
/// Largest accepted --speed: the whole basic lesson in under a minute.
constexpr double kMaxRecordSpeed = 64.0;

bool parseInt(const std::string& text, int& value)
{
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && ptr == end;
}

/// A positive decimal number, or nullopt.
std::optional<double> parsePositive(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !(value > 0.0))
        return std::nullopt;
    return value;
}

/// Combinations the options cannot be used in; checked once every option is read.
void checkCombinations(const Options& options, const std::vector<std::string>& arguments)
{
    const auto given = [&](const std::string& name) {
        for (const std::string& argument : arguments)
            if (argument == name || argument.rfind(name + "=", 0) == 0)
                return true;
        return false;
    };
    if (options.handoutDir && !options.routine && !options.viewsPath)
        throw CommandLineError("--export-handout needs --routine FILE|ID (the lesson to write the handout "
                               "of) or --views FILE (the collection of saved views)");
    if (options.handoutDir && options.routine && options.viewsPath)
        throw CommandLineError("--export-handout writes one handout: of --routine's lesson or of --views' "
                               "collection; give only one of them");
    if (options.sectionOrientation == SectionOrientation::ThroughTool && !options.routine)
        throw CommandLineError("--section tool needs --routine FILE|ID (and --step N --time S): the lesson "
                               "whose tool the plane goes through");
    if (options.depth && !options.routine)
        throw CommandLineError("--depth needs --routine FILE|ID (and --step N --time S): the lesson whose "
                               "tool to look under");
    if (options.depth && (options.outputPath || options.recordPath || options.handoutDir))
        throw CommandLineError("--depth prints a table and exits; run --output, --record or --export-handout "
                               "on their own");
    if (options.bodyFatM && options.modelPath)
        throw CommandLineError(
            "--body-fat changes the built-in anatomy's skin; a --model file has no fat layer "
            "to change");
    if (options.recordPath && !options.routine)
        throw CommandLineError("--record needs --routine FILE|ID: the lesson to record");
    if (options.recordPath && options.outputPath)
        throw CommandLineError("--record and --output cannot be used together; record a video or render one "
                               "frame, not both");
    if (options.handoutDir && (options.outputPath || options.recordPath))
        throw CommandLineError(
            "--export-handout cannot be used with --output or --record; run them one after the other");
    for (const char* name : {"--fps", "--speed", "--frames"})
        if (given(name) && !options.recordPath)
            throw CommandLineError(std::string(name) + " only applies to --record OUT");
}

/// FILE on the command line: a lesson becomes --routine FILE, a view collection --views FILE, a
/// model --model FILE.
void openFileArgument(Options& options)
{
    const std::filesystem::path& path = *options.openFile;
    FileKind kind = FileKind::Model;
    try {
        kind = identifyFile(path);
    } catch (const Error& error) {
        throw CommandLineError(error.what());
    }
    const std::string quoted = inQuotes(path.string());
    if (kind == FileKind::Lesson) {
        if (options.routine)
            throw CommandLineError(
                quoted + " is a lesson and --routine names another; give only one of them");
        options.routine = path.string();
    } else if (kind == FileKind::Views) {
        if (options.viewsPath)
            throw CommandLineError(
                quoted + " is a view collection and --views names another; give only one of them");
        options.viewsPath = path;
    } else {
        if (options.modelPath)
            throw CommandLineError(quoted + " is a model and --model names another; give only one of them");
        options.modelPath = path;
    }
}

void parseResolution(const std::string& text, Options& options)
{
    const std::size_t x = text.find('x');
    int width = 0;
    int height = 0;
    if (x == std::string::npos || !parseInt(text.substr(0, x), width)
        || !parseInt(text.substr(x + 1), height))
        throw CommandLineError(
            "--resolution: \"" + text + "\" is not a size; expected WIDTHxHEIGHT in pixels, e.g. 1280x720");
    if (width < 16 || height < 16 || width > kMaxResolutionSide || height > kMaxResolutionSide)
        throw CommandLineError("--resolution: " + text + " is out of range; each side must be 16 to "
            + std::to_string(kMaxResolutionSide) + " pixels");
    options.width = width;
    options.height = height;
}

} // namespace

Options parseCommandLine(const std::vector<std::string>& arguments)
{
    Options options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        std::optional<std::string> inlineValue;
        if (const std::size_t equals = name.find('=');
            name.rfind("--", 0) == 0 && equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        const auto value = [&]() -> std::string {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= arguments.size() || arguments[i + 1].rfind("--", 0) == 0)
                throw CommandLineError(name + " needs a value (see --help)");
            return arguments[++i];
        };
        const auto flag = [&] {
            if (inlineValue)
                throw CommandLineError(name + " takes no value");
        };
        if (!name.empty() && name.front() != '-') {
            if (options.openFile)
                throw CommandLineError("\"" + name + "\": only one FILE can be opened (\""
                    + options.openFile->string() + "\" is already given)");
            options.openFile = name;
            continue;
        }

        if (name == "--help" || name == "-h") {
            flag();
            options.showHelp = true;
        } else if (name == "--version") {
            flag();
            options.showVersion = true;
        } else if (name == "--headless") {
            flag();
            options.headless = true;
        } else if (name == "--bench") {
            flag();
            options.bench = true;
        } else if (name == "--list-structures") {
            flag();
            options.listStructures = true;
        } else if (name == "--atlas") {
            options.atlasDir = value();
        } else if (name == "--model") {
            options.modelPath = value();
        } else if (name == "--output") {
            const std::filesystem::path path = value();
            if (path.extension() != ".png" && path.extension() != ".PNG")
                throw CommandLineError(
                    "--output: \"" + path.string() + "\" must name a .png file, e.g. --output view.png");
            options.outputPath = path;
        } else if (name == "--resolution") {
            parseResolution(value(), options);
            options.resolutionGiven = true;
        } else if (name == "--view") {
            const std::string text = value();
            const auto preset = parseViewPreset(text);
            if (!preset)
                throw CommandLineError(
                    "--view: \"" + text + "\" is not a view; expected one of " + viewPresetNames());
            options.view = *preset;
        } else if (name == "--peel") {
            options.peelTo = value();
        } else if (name == "--referral") {
            options.referral = value();
        } else if (name == "--views") {
            options.viewsPath = std::filesystem::path(value());
        } else if (name == "--palpation") {
            flag();
            options.palpation = true;
        } else if (name == "--xray") {
            flag();
            options.xray = true;
        } else if (name == "--depth") {
            flag();
            options.depth = true;
        } else if (name == "--section") {
            const std::string text = value();
            const std::size_t colon = text.find(':');
            const std::string orientation = text.substr(0, colon);
            options.sectionOrientation = parseSectionOrientation(orientation);
            if (!options.sectionOrientation)
                throw CommandLineError("--section: \"" + orientation
                    + "\" is not a plane; expected transverse, sagittal, coronal or tool, e.g. --section "
                      "transverse:L4");
            options.sectionAt = colon == std::string::npos ? std::string() : text.substr(colon + 1);
            if (options.sectionOrientation == SectionOrientation::ThroughTool && !options.sectionAt.empty())
                throw CommandLineError("--section tool: the plane follows the tool; it takes no position");
        } else if (name == "--no-body") {
            flag();
            options.hideScenery = true;
        } else if (name == "--routine") {
            options.routine = value();
        } else if (name == "--check-routine") {
            options.checkRoutine = value();
        } else if (name == "--step") {
            const std::string text = value();
            int step = 0;
            if (!parseInt(text, step) || step < 1)
                throw CommandLineError("--step: \"" + text + "\" is not a step number; expected 1 or more");
            options.step = step;
        } else if (name == "--time") {
            const std::string text = value();
            char* end = nullptr;
            const double seconds = std::strtod(text.c_str(), &end);
            if (text.empty() || end != text.c_str() + text.size() || !(seconds >= 0.0) || seconds > 1e6)
                throw CommandLineError("--time: \"" + text + "\" is not a time; expected seconds, e.g. 12.5");
            options.stepTimeS = seconds;
        } else if (name == "--heat") {
            const std::string text = value();
            if (text != "off" && text != "step" && text != "session")
                throw CommandLineError(
                    "--heat: \"" + text + "\" is not a heat map; expected one of off, step, session");
            options.heat = text;
        } else if (name == "--audience") {
            const std::string text = value();
            if (!technique::parseAudience(text))
                throw CommandLineError("--audience: \"" + text + "\" is not an audience; expected one of "
                    + technique::spellingList<technique::Audience>());
            options.audience = text;
            options.audienceGiven = true;
        } else if (name == "--background") {
            const std::string text = value();
            if (text != "dark" && text != "light")
                throw CommandLineError(
                    "--background: \"" + text + "\" is not a background; expected dark or light");
            options.lightBackground = text == "light";
        } else if (name == "--hands") {
            const std::string text = value();
            options.handTone = parseHandTone(text);
            if (!options.handTone)
                throw CommandLineError(
                    "--hands: \"" + text + "\" is not a skin tone; expected one of " + handToneList());
        } else if (name == "--body-fat") {
            const std::string text = value();
            char* end = nullptr;
            const double millimetres = std::strtod(text.c_str(), &end);
            if (text.empty() || end != text.c_str() + text.size()
                || !(millimetres >= kLeanFatThicknessM * 1000.0) || millimetres > kHighFatThicknessM * 1000.0)
                throw CommandLineError("--body-fat: \"" + text
                    + "\" is not a fat thickness; expected millimetres from 5 to 45, e.g. 30");
            options.bodyFatM = millimetres / 1000.0;
        } else if (name == "--therapist") {
            flag();
            options.therapist = true;
        } else if (name == "--export-handout") {
            options.handoutDir = value();
        } else if (name == "--record") {
            options.recordPath = value();
        } else if (name == "--fps") {
            const std::string text = value();
            int fps = 0;
            if (!parseInt(text, fps) || fps < 1 || fps > kMaxFps)
                throw CommandLineError("--fps: \"" + text
                    + "\" is not a frame rate; expected a whole number from 1 to " + std::to_string(kMaxFps));
            options.fps = fps;
        } else if (name == "--speed") {
            const std::string text = value();
            const auto speed = parsePositive(text);
            if (!speed || *speed > kMaxRecordSpeed)
                throw CommandLineError("--speed: \"" + text
                    + "\" is not a speed; expected lesson seconds per video second, more than 0 and at most "
                      "64");
            options.recordSpeed = *speed;
        } else if (name == "--frames") {
            const std::string text = value();
            int frames = 0;
            if (!parseInt(text, frames) || frames < 1)
                throw CommandLineError("--frames: \"" + text + "\" is not a frame count; expected 1 or more");
            options.maxFrames = frames;
        } else if (name == "--shader-dir") {
            options.shaderDir = value();
        } else {
            throw CommandLineError("unknown option \"" + arguments[i] + "\" (see --help)");
        }
    }
    if (options.openFile)
        openFileArgument(options);
    checkCombinations(options, arguments);
    return options;
}

std::string helpText()
{
    return "LumbarLab " + buildVersion()
        + ": interactive 3D anatomy of lumbar deep-tissue massage\n"
          "\n"
          "Usage: lumbarlab [options] [FILE]\n"
          "\n"
          "FILE is a lesson (JSON with \"format\": \"lumbarlab-lesson\", whatever its name), opened\n"
          "as with --routine, or a model file (by its extension), opened as with --model.\n"
          "\n"
          "Options:\n"
          "  --model FILE          open a model file instead of the built-in anatomy\n"
          "                        (any format assimp reads: glTF/GLB, OBJ, FBX, PLY, STL, DAE...)\n"
          "  --view NAME           camera preset: "
        + viewPresetNames()
        + "\n"
          "                        (default oblique)\n"
          "  --section PLANE[:AT]  start with the body cut open along a transverse, sagittal or\n"
          "                        coronal plane AT a spinal level (transverse: T11 to L5, or a disc\n"
          "                        such as L3-L4) or millimetres along its axis from the middle of\n"
          "                        S1's upper endplate (+ superior, right, posterior); the superior,\n"
          "                        left or posterior side is removed, e.g. --section transverse:L4;\n"
          "                        --section tool (with --routine): through the tool across the\n"
          "                        stroke, the part ahead of the tool removed\n"
          "  --peel LAYER          start with the layers above LAYER peeled away, e.g.\n"
          "                        superficial_muscle (skin and fascia off) or bone\n"
          "  --xray                start in x-ray mode (see through to the bones)\n"
          "  --referral MUSCLE     select MUSCLE (a structure id, e.g. quadratus_lumborum.right)\n"
          "                        and show where clients commonly report pain from its trigger\n"
          "                        points: the zones on the skin, the points on the muscle\n"
          "  --views FILE          open a collection of saved views (the Inspector's Views tab)\n"
          "                        and show its first view\n"
          "  --palpation           open the window in the palpation trainer (find landmarks by\n"
          "                        touch: a scored round of ten)\n"
          "  --no-body             hide the client's body and the table around the anatomy\n"
          "  --background B        dark (default) or light (for print) behind the pictures of\n"
          "                        --output, --export-handout and --record\n"
          "  --hands TONE          the therapist's skin in the pictures of --output, --export-handout\n"
          "                        and --record: light, medium (default), brown or dark (the window\n"
          "                        uses the Appearance panel's choice)\n"
          "  --body-fat MM         the client's subcutaneous fat beside the spine, 5 to 45 mm\n"
          "                        (the model has 15 mm): the skin moves, the anatomy stays\n"
          "  --therapist           show the therapist standing at the table, leaning over the\n"
          "                        hands, in the pictures of --output, --export-handout and\n"
          "                        --record (the window uses the Appearance panel's choice)\n"
          "  --resolution WxH      window or image size in pixels (default 1280x720)\n"
          "  --output FILE.png     render one frame to FILE.png and exit\n"
          "  --atlas DIR           use the BodyParts3D meshes in DIR (FJ.._BP.._FMA<id>_<name>.obj,\n"
          "                        millimetres, Z up) in place of the built-in ones, by FMA id\n"
          "  --list-structures     print the model's structures (id, name, layer, side, FMA id,\n"
          "                        triangles) and exit\n"
          "  --routine FILE|ID     open a lesson (a file, or a built-in id such as lumbar-basic)\n"
          "  --step N              with --routine: show step N (1-based)\n"
          "  --time S              seconds into that step (or into the lesson without --step)\n"
          "  --audience A          step texts for student, instructor or patient (default student)\n"
          "  --heat off|step|session  with --routine: colour where the tissue was worked, this step\n"
          "                        or the session so far (viridis)\n"
          "  --export-handout DIR  with --routine: write a printable handout (DIR/index.html and\n"
          "                        DIR/images/step-NN.png) for --audience, pictures at --resolution;\n"
          "                        with --views: the collection's handout (DIR/images/view-NN.png,\n"
          "                        each view's pins numbered and their notes listed)\n"
          "  --record OUT          with --routine: render the lesson (or --step N) frame by frame;\n"
          "                        OUT.mp4 is encoded by ffmpeg, any other OUT is a folder of\n"
          "                        frame-000001.png...; Ctrl+C stops and keeps what was written\n"
          "  --fps N               frames per second of --record, 1 to 120 (default 30)\n"
          "  --speed X             lesson seconds per video second of --record (default 1)\n"
          "  --frames N            stop --record after N frames\n"
          "  --depth               with --routine, --step and --time: print the surfaces crossed\n"
          "                        along the tool's axis (depth_mm  stress_kPa  structure: depth\n"
          "                        under the skin, the estimated vertical stress there, a\n"
          "                        linear-elastic half-space under a uniform round contact) and\n"
          "                        exit; exit 2 when no tool is on the body at that moment\n"
          "  --check-routine FILE  validate a lesson file, print every problem, exit 1 if any\n"
          "  --bench               render the standard scenes offscreen and print mean and\n"
          "                        95th-percentile frame times (use with --headless)\n"
          "  --headless            no window system needed (SDL offscreen driver over EGL)\n"
          "  --shader-dir DIR      read shaders from DIR instead of the built-in copies;\n"
          "                        F5 reloads them (for shader development)\n"
          "  --version             print the version and the commit it was built from, and exit\n"
          "  -h, --help            print this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 a file or the graphics driver failed, 2 bad command line.\n";
}

std::string versionText()
{
    return "lumbarlab " + buildVersion() + " (commit " + buildCommit() + ")\n";
}

} // namespace lumbar::app
