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

/// Renders `frames` frames at width x height while the camera turns a full circle, waiting for
/// each to finish (glFinish), and returns mean and 95th-percentile frame times.
BenchFigures benchmarkFrames(Viewer& viewer, int width, int height, int frames);

/// Runs the standard scenes (anatomy as shown, all layers translucent, x-ray, the full lesson
/// playing, and the floor: the same meshes with the simplest shader) and formats a table with the
/// lesson-to-floor ratio, picking and evaluate() times and the peak memory.
std::string runBenchmark(Viewer& viewer, int width, int height, double startupMs);

} // namespace lumbar::app
