// Frame timing of the standard benchmark scenes.
#include "benchmark.hpp"

#include "viewer.hpp"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
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

} // namespace

BenchFigures benchmarkFrames(Viewer& viewer, int width, int height, int frames)
{
    const Camera start = viewer.camera();
    std::vector<double> times;
    viewer.render(width, height); // warm-up: shader variants, buffer uploads
    glFinish();
    for (int i = 0; i < frames; ++i) {
        viewer.camera().orbit(glm::two_pi<float>() / float(frames), 0.0f);
        const auto begin = std::chrono::steady_clock::now();
        viewer.render(width, height);
        glFinish();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
    }
    viewer.camera() = start;
    BenchFigures figures;
    figures.frames = frames;
    if (times.empty())
        return figures;
    for (double t : times)
        figures.meanMs += t;
    figures.meanMs /= double(times.size());
    std::sort(times.begin(), times.end());
    figures.p95Ms = times[std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95))];
    return figures;
}

std::string runBenchmark(Viewer& viewer, int width, int height, double startupMs)
{
    char header[200];
    std::snprintf(header, sizeof header,
        "LumbarLab benchmark, %dx%d, %zu meshes, %zu triangles\n  start-up to first frame: %.0f ms\n"
        "  %-34s %11s  %11s  %10s\n",
        width, height, viewer.model().meshes.size(), viewer.model().triangleCount(), startupMs, "scene",
        "mean", "p95", "rate");
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
    return text;
}

} // namespace lumbar::app
