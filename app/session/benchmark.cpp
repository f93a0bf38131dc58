// Frame timing of the standard benchmark scenes.
#include "session/benchmark.hpp"

#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/slice_picture.hpp"
#include "session/viewer.hpp"
#include "technique/prepared_lesson.hpp"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <chrono>
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
    const auto drawFloor = [&](int) { viewer.renderFloor(width, height); };
    if (const std::optional<std::filesystem::path> lesson = resolveLesson(kDefaultLessonId)) {
        LessonScene moment(viewer, *lesson);
        const double duration = moment.prepared().totalDurationS;
        const auto drawLesson = [&](int frame) {
            moment.seek(duration * double(frame) / double(kFramesPerScene));
            viewer.render(width, height, moment.extras(HeatScope::Off));
        };
        const std::vector<BenchFigures> paired = timeFrames(viewer, kFramesPerScene, {drawLesson, drawFloor});
        lessonFigures = paired[0];
        floor = paired[1];
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
        const BenchFigures sectioned = timeFrames(viewer, kFramesPerScene, drawSectioned);
        viewer.display.section = savedSection;
        text += row("full lesson, section through tool", sectioned);
        char extra[96];
        std::snprintf(extra, sizeof extra, "  section view / full lesson: %.2fx\n",
            lessonFigures->meanMs > 0.0 ? sectioned.meanMs / lessonFigures->meanMs : 0.0);
        text += extra;
    } else {
        floor = timeFrames(viewer, kFramesPerScene, drawFloor);
    }
    text += row("floor: same meshes, flat shader", floor);
    if (lessonFigures && floor.meanMs > 0.0) {
        char ratio[96];
        std::snprintf(
            ratio, sizeof ratio, "  full lesson / floor: %.2fx\n", lessonFigures->meanMs / floor.meanMs);
        text += ratio;
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
