// The command line: what the user asked for, parsed and checked before anything starts.
#pragma once

#include "anatomy/section_plane.hpp"
#include "render/view_preset.hpp"
#include "session/hand_tone.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lumbar::app {

/// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< a file, the driver or a shader failed
inline constexpr int kExitUsage = 2; ///< the command line was wrong

/// A command line that cannot be understood; the message says which argument and what is expected.
class CommandLineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Options {
    bool showHelp = false;
    bool showVersion = false;
    bool headless = false;
    bool bench = false; ///< --bench: print frame-time figures and exit
    bool listStructures = false; ///< --list-structures: print the table and exit
    /// FILE: a lesson or a model by what it holds (session/file_kind); parseCommandLine() moves it
    /// into `routine` or `modelPath`.
    std::optional<std::filesystem::path> openFile;
    std::optional<std::filesystem::path> modelPath; ///< --model; the built-in anatomy when absent
    std::optional<std::filesystem::path> atlasDir; ///< --atlas: BodyParts3D meshes replacing built-in ones
    std::optional<std::filesystem::path> outputPath; ///< --output: render one frame and exit
    int width = 1280;
    int height = 720;
    bool resolutionGiven = false; ///< --resolution was on the command line (else the remembered size)
    ViewPreset view = ViewPreset::Oblique;
    std::optional<std::string> peelTo; ///< --peel LAYER: layers above LAYER start peeled away
    bool xray = false; ///< --xray: start in x-ray mode
    /// --referral MUSCLE: start with the muscle selected and its referral pattern shown
    std::optional<std::string> referral;
    bool palpation = false; ///< --palpation: open the window in the palpation trainer
    std::optional<std::filesystem::path> viewsPath; ///< --views FILE: a collection of saved views
    bool hideScenery = false; ///< --no-body: without the client's body and the table
    /// --section ORIENTATION[:AT]: start with the body cut open; AT (a spinal level or millimetres
    /// along the plane's axis) is resolved against the model, empty for the default place.
    std::optional<SectionOrientation> sectionOrientation;
    std::string sectionAt;
    bool depth = false; ///< --depth: print the table along the tool's axis and exit
    bool lightBackground = false; ///< --background light: pictures for print
    std::optional<HandTone> handTone; ///< --hands: the therapist's skin (else the settings' choice)
    std::optional<double> bodyFatM; ///< --body-fat MM: the client's subcutaneous fat, in metres
    bool therapist = false; ///< --therapist: the therapist's figure at the table in the pictures
    std::optional<std::filesystem::path> shaderDir; ///< --shader-dir: read shaders from disk
    std::optional<std::string> routine; ///< --routine FILE|ID: the lesson to open
    std::optional<int> step; ///< --step N: 1-based step to show
    double stepTimeS = 0.0; ///< --time S: seconds into that step (or the lesson)
    std::string heat = "off"; ///< --heat off|step|session: the heat map in --output renders
    std::string audience = "student"; ///< --audience student|instructor|patient
    bool audienceGiven = false; ///< --audience was on the command line (else the remembered one)
    std::optional<std::filesystem::path> checkRoutine; ///< --check-routine FILE: validate and exit
    std::optional<std::filesystem::path>
        handoutDir; ///< --export-handout DIR: the lesson's (or --views') handout
    std::optional<std::filesystem::path> recordPath; ///< --record OUT: a .mp4 file or a folder of PNGs
    int fps = 30; ///< --fps: frames per second of --record
    double recordSpeed = 1.0; ///< --speed: lesson seconds per real second of --record
    std::optional<int> maxFrames; ///< --frames N: stop --record after N frames
};

/// Parses `arguments` (without the program name). Accepts "--name value" and "--name=value", and
/// one FILE, which it reads to tell a lesson from a model (session/file_kind). Throws
/// CommandLineError for unknown options, missing or malformed values, and a FILE that is neither.
Options parseCommandLine(const std::vector<std::string>& arguments);

/// The text printed by --help.
std::string helpText();
/// The text printed by --version.
std::string versionText();

} // namespace lumbar::app
