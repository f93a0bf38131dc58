// --bench: frame-time figures of the real renderer on the current machine.
#pragma once

#include <string>

namespace lumbar::app {

class Viewer;

/// Figures of one benchmark run, in milliseconds.
struct BenchFigures {
    double meanMs = 0.0;
    double p95Ms = 0.0;
    int frames = 0;
};

/// Where the time to the first frame went, in milliseconds from runApplication's start.
struct StartupTimes {
    double contextMs = 0.0; ///< the window (or offscreen surface) and its GL context made
    double modelMs = 0.0; ///< knowledge base read, model imported, uploaded, levels of detail built
    double firstFrameMs = 0.0; ///< the first frame rendered and finished, shaders compiled on the way
    double totalMs() const { return contextMs + modelMs + firstFrameMs; }
};

/// Renders `frames` frames at width x height while the camera turns a full circle, waiting for
/// each to finish (glFinish), and returns mean and 95th-percentile frame times.
BenchFigures benchmarkFrames(Viewer& viewer, int width, int height, int frames);

/// Runs the standard scenes (anatomy as shown, all layers translucent, x-ray, the full lesson
/// playing, and the floor: the same meshes with the simplest shader) and formats a table with the
/// start-up times, the lesson-to-floor ratio, picking and evaluate() times and the peak memory.
/// The lesson and the floor are timed again at the render scale the window would choose for the
/// lesson in motion (session/render_scale), when that is below full resolution.
std::string runBenchmark(Viewer& viewer, int width, int height, const StartupTimes& startup);

} // namespace lumbar::app
