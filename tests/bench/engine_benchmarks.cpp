// engine_benchmarks: Google Benchmark timings of the CPU work behind start-up and every frame,
// on the built-in model and lessons. A benchmark, never a test: run it by hand on a quiet machine
// (`build/tests/bench/engine_benchmarks`); the GPU figures come from `lumbarlab --bench`.
#include "anatomy/knowledge_base.hpp"
#include "scene/mesh_lod.hpp"
#include "scene/mesh_topology.hpp"
#include "scene/model_import.hpp"
#include "scene/ray_pick.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/lesson.hpp"
#include "technique/prepared_lesson.hpp"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <memory>

namespace lumbar {
namespace {

const std::filesystem::path kModels = LUMBARLAB_MODELS_DIR;
const std::filesystem::path kBasicLesson
    = std::filesystem::path(LUMBARLAB_CONTENT_DIR) / "lessons/lumbar-basic.json";

/// The built-in model, knowledge base and full lesson, loaded once for every benchmark.
struct BuiltIn {
    KnowledgeBase knowledge = loadKnowledgeBase(kModels / "structures.json");
    Model model = importModel(kModels / "lumbar.glb");
    technique::AnatomySurface surface{model, &knowledge};
    technique::PreparedLesson lesson
        = technique::prepareLesson(*technique::loadLesson(kBasicLesson, &knowledge).lesson, surface);
};

const BuiltIn& builtIn()
{
    static const auto data = std::make_unique<BuiltIn>();
    return *data;
}

void ImportBuiltInModel(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(importModel(kModels / "lumbar.glb"));
}
BENCHMARK(ImportBuiltInModel)->Unit(benchmark::kMillisecond);

void BuildLodsOfEveryMesh(benchmark::State& state)
{
    const Model& model = builtIn().model;
    for (auto _ : state)
        for (const MeshData& mesh : model.meshes)
            benchmark::DoNotOptimize(buildLods(mesh));
}
BENCHMARK(BuildLodsOfEveryMesh)->Unit(benchmark::kMillisecond);

void CheckEveryMeshIsClosed(benchmark::State& state)
{
    const Model& model = builtIn().model;
    for (auto _ : state)
        for (const MeshData& mesh : model.meshes)
            benchmark::DoNotOptimize(isClosedOutward(mesh));
}
BENCHMARK(CheckEveryMeshIsClosed)->Unit(benchmark::kMillisecond);

void PickFromBehind(benchmark::State& state)
{
    // Rays from behind the patient through a 10 x 10 grid over the lower back, as a click would.
    const MeshPicker picker(builtIn().model);
    int i = 0;
    for (auto _ : state) {
        const Ray ray{
            {-0.10f + 0.02f * float(i % 10), -0.05f + 0.03f * float(i / 10 % 10), 1.0f}, {0, 0, -1}};
        benchmark::DoNotOptimize(picker.pick(ray));
        ++i;
    }
}
BENCHMARK(PickFromBehind)->Unit(benchmark::kMicrosecond);

void EvaluateFullLesson(benchmark::State& state)
{
    const technique::PreparedLesson& lesson = builtIn().lesson;
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            technique::evaluate(lesson, lesson.totalDurationS * double(i % 997) / 997.0));
        ++i;
    }
}
BENCHMARK(EvaluateFullLesson)->Unit(benchmark::kMicrosecond);

void ParseAndPrepareFullLesson(benchmark::State& state)
{
    const BuiltIn& data = builtIn();
    for (auto _ : state) {
        const technique::LessonParseResult parsed = technique::loadLesson(kBasicLesson, &data.knowledge);
        benchmark::DoNotOptimize(technique::prepareLesson(*parsed.lesson, data.surface));
    }
}
BENCHMARK(ParseAndPrepareFullLesson)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace lumbar

BENCHMARK_MAIN();
