// Start-up: the structure listing, the one-frame render path, and the interactive window.
#include "window/application.hpp"

#include "anatomy/atlas_import.hpp"
#include "anatomy/body_fat.hpp"
#include "core/error.hpp"
#include "core/user_dirs.hpp"
#include "export/export_commands.hpp"
#include "gl/debug_output.hpp"
#include "gui/lesson_panel.hpp"
#include "image/png_io.hpp"
#include "platform/gl_window.hpp"
#include "scene/isolated_import.hpp"
#include "scene/model_import.hpp"
#include "session/benchmark.hpp"
#include "session/data_paths.hpp"
#include "session/depth_table.hpp"
#include "session/lesson_loading.hpp"
#include "session/lesson_scene.hpp"
#include "session/referral_overlay.hpp"
#include "session/settings.hpp"
#include "session/settings_keeper.hpp"
#include "session/structure_table.hpp"
#include "session/therapist_figure.hpp"
#include "session/viewer.hpp"
#include "technique/anatomy_surface.hpp"
#include "window/interactive_loop.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <iostream>
#include <optional>

namespace lumbar::app {
namespace {

/// File name of the knowledge base beside the built-in model.
constexpr const char* kKnowledgeBaseFile = "structures.json";

/// The built-in anatomy's file. Throws ImportError.
std::filesystem::path builtInModelPath()
{
    const auto builtIn = findModelFile(kBuiltInModelFile);
    if (!builtIn)
        throw ImportError(std::string("the built-in anatomy model ") + kBuiltInModelFile
            + " was not found (looked in " + modelSearchPathText() + "); open a model with --model FILE");
    return *builtIn;
}

/// The built-in knowledge base; an empty one (with a warning) when it is missing, so a model can
/// still be viewed. A malformed file is an error: it ships with the program.
KnowledgeBase loadBuiltInKnowledgeBase()
{
    const auto path = findModelFile(kKnowledgeBaseFile);
    if (!path) {
        std::cerr << "lumbarlab: warning: " << kKnowledgeBaseFile << " was not found (looked in "
                  << modelSearchPathText() << "); structures will have no names or descriptions\n";
        return {};
    }
    return loadKnowledgeBase(*path);
}

void reportGlErrors(gl::DebugOutput& debug)
{
    debug.pollErrors();
    if (!debug.errors().empty())
        std::cerr << "lumbarlab: OpenGL reported errors:\n" << debug.errorSummary();
}

/// Replaces built-in meshes with the atlas's and reports what was mapped, unmapped or failed.
Model withAtlas(const Model& model, const KnowledgeBase& knowledge, const std::filesystem::path& folder)
{
    const AtlasImport atlas = importAtlasFolder(folder, knowledge);
    std::cout << "lumbarlab: atlas " << folder.string() << ": " << atlas.mapped.size() << " files mapped, "
              << atlas.unmapped.size() << " unmapped, " << atlas.failed.size() << " failed, "
              << atlas.ignored.size() << " ignored\n";
    for (const std::string& line : atlas.mapped)
        std::cout << "  mapped    " << line << "\n";
    for (const std::string& line : atlas.unmapped)
        std::cout << "  unmapped  " << line
                  << " (no structure with this FMA id, FMA class and side, or English name; shown as an "
                     "extra mesh)\n";
    for (const std::string& line : atlas.failed)
        std::cout << "  failed    " << line << "\n";
    for (const std::string& line : atlas.ignored)
        std::cout << "  ignored   " << line << " (not a BodyParts3D file name)\n";
    if (atlas.model.meshes.empty())
        throw ImportError("the atlas folder " + inQuotes(folder.string())
            + " holds no usable FJ<n>_BP<n>_FMA<id>_<name>.obj meshes");
    const AtlasFit fit = fitAtlas(model, atlas);
    if (fit.structures > 0) {
        char line[160];
        std::snprintf(line, sizeof line,
            "  placed    scaled by %.3f and moved by (%.1f, %.1f, %.1f) cm onto the %d structures both "
            "have\n",
            double(fit.scale), double(fit.offset.x * 100.0f), double(fit.offset.y * 100.0f),
            double(fit.offset.z * 100.0f), fit.structures);
        std::cout << line;
    } else {
        std::cout << "  placed    as it is: no structure of the atlas is in the built-in model\n";
    }
    return mergeAtlas(model, atlas);
}

/// The model the options ask for: the named file or the built-in anatomy, with the atlas applied.
/// `started`, when valid, is the import of the named file already under way.
Model startupModel(const Options& options, const KnowledgeBase& knowledge, std::future<Model> started = {})
{
    // The user's file is imported by the importer program, so a malformed one cannot crash or hang
    // the app; the built-in model is ours and is read in-process.
    Model model = started.valid() ? started.get()
        : options.modelPath       ? importModelIsolated(*options.modelPath)
                                  : importModel(builtInModelPath());
    if (options.atlasDir)
        model = withAtlas(model, knowledge, *options.atlasDir);
    return model;
}

int listStructures(const Options& options)
{
    const KnowledgeBase knowledge = loadBuiltInKnowledgeBase();
    std::cout << structureTable(knowledge, startupModel(options, knowledge));
    return kExitOk;
}

/// The lesson the options name; throws lumbar::Error when it cannot be found.
std::optional<std::filesystem::path> startupLesson(const Options& options, bool interactive)
{
    if (!options.routine)
        return interactive
            ? findDataFile(DataFolder::Content, std::string("lessons/") + kDefaultLessonId + ".json")
            : std::nullopt;
    const auto path = resolveLesson(*options.routine);
    if (!path)
        throw Error("--routine: \"" + *options.routine
            + "\" is neither a lesson file nor a built-in lesson id (built-in lessons are in "
            + dataSearchPathText(DataFolder::Content) + "/lessons)");
    return path;
}

/// --peel, --xray and --no-body: which layers the first frame shows.
void applyStartupLayers(AnatomyView& anatomy, const Options& options)
{
    anatomy.xray = options.xray;
    anatomy.showScenery = !options.hideScenery;
    if (!options.peelTo)
        return;
    const LayerInfo* layer = anatomy.knowledge().findLayer(*options.peelTo);
    if (!layer)
        throw CommandLineError("--peel: \"" + *options.peelTo + "\" is not a layer; expected one of "
            + anatomy.knowledge().layerIdList());
    anatomy.peelDepth = layer->depth;
}

/// --referral: the muscle selected with its referral pattern shown.
void applyStartupReferral(Viewer& viewer, const Options& options)
{
    if (!options.referral)
        return;
    AnatomyView& anatomy = viewer.anatomy();
    std::string withPatterns;
    for (const StructureInfo& structure : viewer.knowledgeBase().structures)
        if (!structure.referral.empty())
            withPatterns += (withPatterns.empty() ? "" : ", ") + structure.id;
    const std::optional<std::size_t> mesh = anatomy.meshOf(*options.referral);
    const StructureInfo* structure = mesh ? anatomy.structureOf(*mesh) : nullptr;
    if (!structure || structure->referral.empty())
        throw CommandLineError("--referral: \"" + *options.referral
            + "\" is not a structure of this model with " + "a referral pattern; expected one of "
            + (withPatterns.empty() ? "(none)" : withPatterns));
    anatomy.selected = mesh;
    viewer.display.referral = true;
}

/// --section: the plane the first frame is cut along.
void applyStartupSection(Viewer& viewer, const Options& options)
{
    if (!options.sectionOrientation)
        return;
    SectionSetting& section = viewer.display.section;
    section.enabled = true;
    section.orientation = *options.sectionOrientation;
    section.positionM = viewer.sectionStart(section.orientation);
    if (options.sectionAt.empty())
        return; // a plane through the tool is placed on the lesson's moment (renderToFile)
    const std::vector<SpinalLevel>& levels = viewer.spinalLevels();
    if (const std::optional<float> level = levelHeight(options.sectionAt, levels)) {
        if (section.orientation != SectionOrientation::Transverse)
            throw CommandLineError("--section: a spinal level places only a transverse plane; give a "
                + std::string(sectionOrientationName(section.orientation))
                + " plane in millimetres, e.g. --section sagittal:-20");
        section.positionM = *level;
        return;
    }
    const std::string& text = options.sectionAt;
    double millimetres = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), millimetres);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(millimetres)
        || std::abs(millimetres) > 5000.0) {
        std::string names;
        for (const SpinalLevel& level : levels)
            names += (names.empty() ? "" : ", ") + level.name;
        throw CommandLineError("--section: \"" + text + "\" is neither millimetres (e.g. transverse:95) nor "
            + (names.empty() ? std::string("a spinal level (this model has none)")
                             : "a spinal level of this model (" + names + ")"));
    }
    section.positionM = float(millimetres / 1000.0);
}

/// Anchors the anatomy lacks: the lesson still plays, but the user should know.
void printWarnings(const LessonScene& moment)
{
    for (const std::string& warning : moment.warnings())
        std::cerr << "lumbarlab: " << warning << "\n";
}

/// The settings file and what it holds; no path when there is nowhere to keep settings.
struct UserSettings {
    Settings settings;
    std::filesystem::path path;
};

UserSettings loadUserSettings()
{
    UserSettings result;
    try {
        result.path = configDir(processEnvironment()) / "settings.json";
    } catch (const Error& error) {
        std::cerr << "lumbarlab: warning: settings will not be kept: " << error.what() << "\n";
        return result;
    }
    std::vector<std::string> warnings;
    result.settings = loadSettings(result.path, warnings);
    for (const std::string& warning : warnings)
        std::cerr << "lumbarlab: warning: " << warning << "\n";
    return result;
}

int checkRoutine(const Options& options)
{
    const KnowledgeBase knowledge = loadBuiltInKnowledgeBase();
    const Model model = startupModel(options, knowledge);
    const technique::AnatomySurface surface(model, &knowledge);
    const LoadedLesson loaded = loadAndPrepareLesson(*options.checkRoutine, knowledge, surface);
    for (const std::string& problem : loaded.problems)
        std::cout << problem << "\n";
    if (!loaded.problems.empty())
        return kExitFailure;
    std::cout << options.checkRoutine->string() << ": valid, " << loaded.prepared->steps.size() << " steps, "
              << formatClock(loaded.prepared->totalDurationS) << "\n";
    return kExitOk;
}

/// --depth: the surfaces along the tool's axis at the moment --step and --time name.
int printDepthTable(const Options& options)
{
    const KnowledgeBase knowledge = loadBuiltInKnowledgeBase();
    Model model = startupModel(options, knowledge);
    if (options.bodyFatM)
        for (MeshData& mesh : model.meshes)
            mesh.positions = positionsWithFat(mesh, *options.bodyFatM);
    const technique::AnatomySurface surface(model, &knowledge);
    const std::filesystem::path path = *startupLesson(options, false);
    const LoadedLesson loaded = loadAndPrepareLesson(path, knowledge, surface);
    for (const std::string& problem : loaded.problems)
        std::cerr << problem << "\n";
    if (!loaded.prepared)
        return kExitFailure;
    const technique::PreparedLesson& prepared = *loaded.prepared;
    double lessonS = options.stepTimeS;
    std::string moment = formatClock(options.stepTimeS) + " into the lesson";
    if (options.step) {
        if (*options.step < 1 || std::size_t(*options.step) > prepared.steps.size())
            throw CommandLineError("--step " + std::to_string(*options.step) + ": the lesson has "
                + std::to_string(prepared.steps.size()) + " steps");
        const technique::PreparedStep& step = prepared.steps[std::size_t(*options.step - 1)];
        lessonS = step.startS + options.stepTimeS;
        moment = formatClock(options.stepTimeS) + " into step " + std::to_string(*options.step) + " (\""
            + prepared.lesson.steps[step.index].title + "\")";
    }
    const std::optional<std::string> table = depthTable(model, technique::evaluate(prepared, lessonS));
    if (!table) {
        std::cerr << "lumbarlab: --depth: no tool is on the body " << moment
                  << "; choose a --time within a stroke or a hold of the step\n";
        return kExitUsage;
    }
    std::cout << *table;
    return kExitOk;
}

int renderToFile(Viewer& viewer, const Options& options, gl::DebugOutput& debug)
{
    SceneExtras extras;
    std::optional<LessonScene> moment;
    if (const auto lesson = startupLesson(options, false)) {
        moment.emplace(viewer, *lesson);
        printWarnings(*moment);
        if (options.step)
            moment->seekStep(*options.step, options.stepTimeS);
        else
            moment->seek(options.stepTimeS);
        extras = moment->extras(heatScopeFromName(options.heat));
        if (viewer.display.section.orientation == SectionOrientation::ThroughTool) {
            const std::optional<ToolFrame> tool = toolFrameOf(moment->player().frame());
            if (!tool)
                throw CommandLineError(
                    "--section tool: no tool is on the body at this moment; choose a --time "
                    "within a stroke or a hold of the step");
            viewer.display.section.tool = *tool;
        }
    }
    ReferralOverlay referral; // its markers' meshes are drawn by viewer.render below
    if (viewer.display.referral) {
        const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
        referral.addTo(extras, viewer, surface);
        for (const std::string& problem : referral.current(viewer, surface)->problems)
            std::cerr << "lumbarlab: --referral: " << problem << "\n";
    }
    viewer.render(options.width, options.height, extras);
    writePng(*options.outputPath, viewer.target().readPixels());
    reportGlErrors(debug);
    std::cout << "lumbarlab: wrote " << options.outputPath->string() << " (" << options.width << "x"
              << options.height << ", " << viewPresetName(options.view) << " view)\n";
    return kExitOk;
}

} // namespace

int runApplication(const Options& options)
{
    const auto startTime = std::chrono::steady_clock::now();
    try {
        if (options.listStructures)
            return listStructures(options);
        if (options.checkRoutine)
            return checkRoutine(options);
        if (options.depth)
            return printDepthTable(options);

        const bool interactive = !options.outputPath && !options.bench && !options.headless;
        const UserSettings userSettings = interactive ? loadUserSettings() : UserSettings{};
        WindowSettings settings;
        settings.width
            = options.resolutionGiven || !interactive ? options.width : userSettings.settings.windowWidth;
        settings.height
            = options.resolutionGiven || !interactive ? options.height : userSettings.settings.windowHeight;
        settings.headless = options.headless;
        settings.hidden = options.outputPath || options.handoutDir || options.recordPath || options.bench;
        const auto millisecondsSince = [](std::chrono::steady_clock::time_point since) {
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since)
                .count();
        };
        StartupTimes startup;
        // The importer program reads the user's file while the GL context and shaders are made.
        std::future<Model> userModel;
        if (options.modelPath)
            userModel = std::async(
                std::launch::async, [path = *options.modelPath] { return importModelIsolated(path); });
        GlWindow window(settings);
        gl::DebugOutput debug;
        startup.contextMs = millisecondsSince(startTime);

        const auto modelStart = std::chrono::steady_clock::now();
        const gl::ShaderSources shaders
            = options.shaderDir ? gl::ShaderSources(*options.shaderDir) : gl::ShaderSources();
        Viewer viewer(shaders, options.width, options.height);
        viewer.setKnowledgeBase(loadBuiltInKnowledgeBase());
        // The window shows its first frame before the levels of detail are ready; exports wait
        // for them, so the same command gives the same images. One picture of a user's model
        // needs none (full detail); the built-in anatomy's pictures keep the look the golden
        // baselines and the README's pictures were drawn with.
        const ModelLoading loading = interactive || options.bench ? ModelLoading::InBackground
            : options.outputPath && options.modelPath             ? ModelLoading::OneFrame
                                                                  : ModelLoading::Complete;
        viewer.setModel(startupModel(options, viewer.knowledgeBase(), std::move(userModel)), loading);
        applyStartupLayers(viewer.anatomy(), options);
        if (options.bodyFatM)
            viewer.setBodyFat(*options.bodyFatM);
        applyStartupSection(viewer, options);
        applyStartupReferral(viewer, options);
        if (options.lightBackground)
            viewer.display.background = backgroundFor(Theme::Light);
        if (options.handTone)
            viewer.display.handTone = *options.handTone;
        viewer.display.therapist = options.therapist;
        if (options.therapist)
            figureMeshes(); // a picture asked for with the therapist fails without the figure's file
        viewer.resetView(options.view); // after the layers: it frames what they show
        startup.modelMs = millisecondsSince(modelStart);

        if (options.bench) {
            const auto frameStart = std::chrono::steady_clock::now();
            viewer.render(options.width, options.height);
            glFinish();
            startup.firstFrameMs = millisecondsSince(frameStart);
            viewer.finishLoading(); // the scenes are measured with the levels of detail in place
            std::cout << runBenchmark(viewer, options.width, options.height, startup);
            reportGlErrors(debug);
            return kExitOk;
        }
        if (options.outputPath)
            return renderToFile(viewer, options, debug);
        if (options.handoutDir && options.viewsPath) {
            const int status = exportViewsHandoutCommand(viewer, options);
            reportGlErrors(debug);
            return status;
        }
        if (options.handoutDir || options.recordPath) {
            const auto lesson = startupLesson(options, false);
            const int status = options.handoutDir ? exportHandoutCommand(viewer, *lesson, options)
                                                  : recordCommand(viewer, *lesson, options);
            reportGlErrors(debug);
            return status;
        }
        if (options.headless) {
            std::cerr
                << "lumbarlab: --headless has no window to show; add --output FILE.png, --record OUT or "
                   "--export-handout DIR\n";
            return kExitUsage;
        }
        const int status = InteractiveLoop(window, viewer, options, shaders, startupLesson(options, true),
            userSettings.settings, userSettings.path)
                               .run();
        reportGlErrors(debug);
        return status;
    } catch (const CommandLineError& error) {
        std::cerr << "lumbarlab: " << error.what() << "\n";
        return kExitUsage;
    } catch (const Error& error) {
        std::cerr << "lumbarlab: " << error.what() << "\n";
        return kExitFailure;
    }
}

} // namespace lumbar::app
