// Frame timing of the standard benchmark scenes.
#include "session/benchmark.hpp"

#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/render_scale.hpp"
#include "session/slice_picture.hpp"
#include "session/viewer.hpp"
#include "technique/prepared_lesson.hpp"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

namespace lumbar::app {
namespace {

/// Frames per benchmark scene: enough for a stable 95th percentile, short enough for CI.
constexpr int kFramesPerScene = 60;

std::string row(const char* scene, const BenchFigures& figures)
{
    char text[160];
    std::snprintf(text, sizeof text, "  %-34s %8.1f ms  %8.1f ms  %6.1f fps\n", scene, figures.meanMs,
        figures.p95Ms, figures.meanMs > 0.0 ? 1000.0 / figures.meanMs : 0.0);
    return text;
}

/// Mean microseconds of `calls` calls of `work`.
double meanMicroseconds(int calls, const std::function<void(int)>& work)
{
    const auto begin = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i)
        work(i);
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - begin).count()
        / double(calls);
}

BenchFigures figuresOf(std::vector<double> times)
{
    BenchFigures figures;
    figures.frames = int(times.size());
    if (times.empty())
        return figures;
    for (double t : times)
        figures.meanMs += t;
    figures.meanMs /= double(times.size());
    std::sort(times.begin(), times.end());
    figures.p95Ms = times[std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95))];
    return figures;
}

/// Frames of each of `draws` (called with the frame number) while the camera turns a full circle,
/// each waited for (glFinish) and timed on its own. Several draws take turns at every camera
/// position, so a busy moment on a shared machine weighs on all of them alike.
std::vector<BenchFigures> timeFrames(
    Viewer& viewer, int frames, const std::vector<std::function<void(int)>>& draws)
{
    const Camera start = viewer.camera();
    std::vector<std::vector<double>> times(draws.size());
    for (const auto& draw : draws) {
        draw(0); // warm-up: shader variants, buffer uploads
        glFinish();
    }
    for (int i = 0; i < frames; ++i) {
        viewer.camera().orbit(glm::two_pi<float>() / float(frames), 0.0f);
        for (std::size_t d = 0; d < draws.size(); ++d) {
            const auto begin = std::chrono::steady_clock::now();
            draws[d](i);
            glFinish();
            times[d].push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
        }
    }
    viewer.camera() = start;
    std::vector<BenchFigures> figures;
    for (std::vector<double>& drawTimes : times)
        figures.push_back(figuresOf(std::move(drawTimes)));
    return figures;
}

BenchFigures timeFrames(Viewer& viewer, int frames, const std::function<void(int)>& draw)
{
    return timeFrames(viewer, frames, std::vector<std::function<void(int)>>{draw}).front();
}

/// The render scale the window would settle on for `draw` in motion: its frames (each waited for)
/// are fed to the window's chooser as the window feeds it, the camera turning, until one scale has
/// held for twice the frames the chooser judges. The window's frames also draw the panels and
/// blit the view, so its own choice can only be as low or lower.
float windowScaleFor(Viewer& viewer, const std::function<void(int, float)>& draw)
{
    constexpr int kMaxFrames = 60;
    const Camera start = viewer.camera();
    RenderScaleChooser chooser;
    const auto begin = std::chrono::steady_clock::now();
    float previous = 1.0f;
    std::size_t held = 0;
    for (int frame = 0; frame < kMaxFrames && held < 2 * RenderScaleChooser::kFramesJudged; ++frame) {
        viewer.camera().orbit(glm::two_pi<float>() / float(kFramesPerScene), 0.0f);
        const auto frameStart = std::chrono::steady_clock::now();
        const float scale
            = chooser.choose({std::chrono::duration<double>(frameStart - begin).count(), true, false},
                RenderScaleMode::Automatic);
        held = scale == previous ? held + 1 : 0;
        previous = scale;
        draw(frame, scale);
        glFinish();
        chooser.recordFrame(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frameStart).count());
    }
    viewer.camera() = start;
    return chooser.movingScale();
}

} // namespace

BenchFigures benchmarkFrames(Viewer& viewer, int width, int height, int frames)
{
    return timeFrames(viewer, frames, [&](int) { viewer.render(width, height); });
}

std::string runBenchmark(Viewer& viewer, int width, int height, const StartupTimes& startup)
{
    char header[400];
    std::snprintf(header, sizeof header,
        "LumbarLab benchmark, %dx%d, %zu meshes, %zu triangles\n"
        "  start-up to first frame: %.0f ms (GL context %.0f ms, model load %.0f ms, first frame %.0f ms)\n"
        "  %-34s %11s  %11s  %10s\n",
        width, height, viewer.model().meshes.size(), viewer.model().triangleCount(), startup.totalMs(),
        startup.contextMs, startup.modelMs, startup.firstFrameMs, "scene", "mean", "p95", "rate");
    std::string text = header;
    text += row("anatomy as shown", benchmarkFrames(viewer, width, height, kFramesPerScene));

    AnatomyView& anatomy = viewer.anatomy();
    const std::vector<LayerControl> saved = anatomy.layers;
    for (LayerControl& layer : anatomy.layers)
        layer.opacity = 0.5f;
    text += row("all layers translucent", benchmarkFrames(viewer, width, height, kFramesPerScene));
    anatomy.layers = saved;
    anatomy.xray = true;
    text += row("x-ray", benchmarkFrames(viewer, width, height, kFramesPerScene));
    anatomy.xray = false;

    // The full lesson, sampled evenly from start to end, with the tool, paths and indentation,
    // and the floor (the same meshes, flat shader) in turns with it, frame by frame.
    std::optional<BenchFigures> lessonFigures;
    BenchFigures floor;
    double evaluateUs = 0.0;
    float windowScale = 1.0f;
    std::vector<BenchFigures> scaledFigures; // the lesson and the floor at windowScale, when below 1
    if (const std::optional<std::filesystem::path> lesson = resolveLesson(kDefaultLessonId)) {
        LessonScene moment(viewer, *lesson);
        const double duration = moment.prepared().totalDurationS;
        // The floor draws the lesson's frame too (its hand, paths and markers are triangles the
        // lesson draws), with the flat shader.
        const auto drawFloorAt = [&](int frame, float scale) {
            moment.seek(duration * double(frame) / double(kFramesPerScene));
            viewer.renderFloor(width, height, moment.extras(HeatScope::Off), scale);
        };
        const auto drawFloor = [&](int frame) { drawFloorAt(frame, 1.0f); };
        // The CPU's share of a lesson frame (the lesson evaluated, the hand placed and turned to
        // clear the body, the path bands): no render scale makes it smaller.
        double extrasMs = 0.0;
        int extrasFrames = 0;
        const auto drawLessonAt = [&](int frame, float scale) {
            const auto begin = std::chrono::steady_clock::now();
            moment.seek(duration * double(frame) / double(kFramesPerScene));
            const SceneExtras extras = moment.extras(HeatScope::Off);
            extrasMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                            .count();
            ++extrasFrames;
            viewer.render(width, height, extras, scale);
        };
        const auto drawLesson = [&](int frame) { drawLessonAt(frame, 1.0f); };
        const std::vector<BenchFigures> paired = timeFrames(viewer, kFramesPerScene, {drawLesson, drawFloor});
        lessonFigures = paired[0];
        floor = paired[1];
        // The lesson as the window plays it: at the render scale it would choose, beside the
        // floor at the same scale.
        windowScale = windowScaleFor(viewer, drawLessonAt);
        if (windowScale < 1.0f)
            scaledFigures = timeFrames(viewer, kFramesPerScene,
                {[&](int frame) { drawLessonAt(frame, windowScale); },
                    [&](int frame) { drawFloorAt(frame, windowScale); }});
        constexpr int kEvaluations = 2000;
        evaluateUs = meanMicroseconds(kEvaluations, [&](int i) {
            const technique::FrameState state
                = technique::evaluate(moment.prepared(), duration * double(i) / double(kEvaluations));
            (void)state;
        });
        text += row("full lesson playing", *lessonFigures);
        // The same with the section view through the tool: the cut and capped scene, and the
        // slice the Section slice window paints again as the tool moves.
        const SectionSetting savedSection = viewer.display.section;
        const auto drawSectioned = [&](int frame) {
            moment.seek(duration * double(frame) / double(kFramesPerScene));
            viewer.display.section.enabled = false;
            if (const std::optional<ToolFrame> tool = toolFrameOf(moment.player().frame())) {
                viewer.display.section.enabled = true;
                viewer.display.section.orientation = SectionOrientation::ThroughTool;
                viewer.display.section.tool = *tool;
                (void)paintSection(viewer, viewer.display.section, 360);
            }
            viewer.render(width, height, moment.extras(HeatScope::Off));
        };
        // The session's heat map, kept as the window keeps it while the lesson plays on.
        const auto drawHeat = [&](int frame) {
            moment.seek(duration * double(frame) / double(kFramesPerScene));
            viewer.render(width, height, moment.extras(HeatScope::SessionSoFar));
        };
        const auto drawXray = [&](int frame) {
            viewer.anatomy().xray = true;
            drawLesson(frame);
            viewer.anatomy().xray = false;
        };
        // In turns with the plain lesson, frame by frame, so each is compared with the lesson
        // drawn under the same load.
        const std::vector<BenchFigures> views
            = timeFrames(viewer, kFramesPerScene, {drawLesson, drawSectioned, drawHeat, drawXray});
        viewer.display.section = savedSection;
        const char* const names[] = {"section through tool", "heat map (session)", "x-ray"};
        for (std::size_t i = 1; i < views.size(); ++i) {
            char line[200];
            std::snprintf(line, sizeof line,
                "  full lesson, %-22s %8.1f ms %8.1f ms   %.2fx the lesson's %.1f ms\n", names[i - 1],
                views[i].meanMs, views[i].p95Ms,
                views[0].meanMs > 0.0 ? views[i].meanMs / views[0].meanMs : 0.0, views[0].meanMs);
            text += line;
        }
        char extra[200];
        std::snprintf(extra, sizeof extra,
            "  of each lesson frame, the lesson, the hand's placement and the path bands (CPU): %.1f ms\n",
            extrasFrames > 0 ? extrasMs / double(extrasFrames) : 0.0);
        text += extra;
    } else {
        floor = timeFrames(viewer, kFramesPerScene, [&](int) { viewer.renderFloor(width, height); });
    }
    text += row("floor: same meshes, flat shader", floor);
    if (lessonFigures && floor.meanMs > 0.0) {
        char ratio[96];
        std::snprintf(
            ratio, sizeof ratio, "  full lesson / floor: %.2fx\n", lessonFigures->meanMs / floor.meanMs);
        text += ratio;
        char scaleLine[160];
        std::snprintf(scaleLine, sizeof scaleLine,
            "  render scale the window chooses for the lesson: %.2f (%dx%d)%s\n", double(windowScale),
            int(std::lround(float(width) * windowScale)), int(std::lround(float(height) * windowScale)),
            windowScale < 1.0f ? "" : ", the figures above");
        text += scaleLine;
    }
    if (scaledFigures.size() == 2) {
        text += row("full lesson at the window's scale", scaledFigures[0]);
        text += row("floor at the window's scale", scaledFigures[1]);
        if (scaledFigures[1].meanMs > 0.0) {
            char ratio[96];
            std::snprintf(ratio, sizeof ratio, "  full lesson / floor at the window's scale: %.2fx\n",
                scaledFigures[0].meanMs / scaledFigures[1].meanMs);
            text += ratio;
        }
    }

    // Picking: a ray through each pixel of a 10 x 10 grid over the view.
    const double pickUs = meanMicroseconds(100, [&](int i) {
        (void)viewer.pick(
            {float(width) * (0.05f + 0.1f * float(i % 10)), float(height) * (0.05f + 0.1f * float(i / 10))},
            float(width), float(height));
    });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    char tail[200];
    std::snprintf(tail, sizeof tail, "  pick: %.0f us, evaluate(): %.1f us, peak memory: %.0f MiB\n", pickUs,
        evaluateUs, double(usage.ru_maxrss) / 1024.0);
    text += tail;
    return text;
}

} // namespace lumbar::app
