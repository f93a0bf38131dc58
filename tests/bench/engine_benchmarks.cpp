// engine_benchmarks: Google Benchmark timings of the CPU work behind start-up and every frame,
// on the built-in model and lessons. A benchmark, never a test: run it by hand on a quiet machine
// (`build/tests/bench/engine_benchmarks`); the GPU figures come from `lumbarlab --bench`.
#include "anatomy/body_fat.hpp"
#include "anatomy/knowledge_base.hpp"
#include "anatomy/section_slice.hpp"
#include "scene/mesh_lod.hpp"
#include "scene/mesh_topology.hpp"
#include "scene/model_import.hpp"
#include "scene/ray_pick.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/lesson.hpp"
#include "technique/prepared_lesson.hpp"

#include <algorithm>
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

/// The section view's slice of the whole model at the L3-L4 disc (every closed mesh cut and its
/// loops joined): the budget is 20 ms.
void SliceWholeModelAtL3L4(benchmark::State& state)
{
    const BuiltIn& data = builtIn();
    SectionSetting section;
    section.enabled = true;
    section.orientation = SectionOrientation::Transverse;
    section.positionM = *levelHeight("L3-L4", spinalLevels(data.model));
    for (auto _ : state)
        benchmark::DoNotOptimize(sliceModel(data.model, section, [](std::size_t) { return true; }));
}
BENCHMARK(SliceWholeModelAtL3L4)->Unit(benchmark::kMillisecond);

/// Painting that slice into the window's 360-pixel picture.
void PaintSliceAtL3L4(benchmark::State& state)
{
    const BuiltIn& data = builtIn();
    SectionSetting section;
    section.enabled = true;
    section.positionM = *levelHeight("L3-L4", spinalLevels(data.model));
    const Slice slice = sliceModel(data.model, section, [](std::size_t) { return true; });
    const std::vector<glm::vec3> colours(slice.regions.size(), glm::vec3(0.8f));
    const glm::vec2 size = slice.max - slice.min;
    const float metresPerPixel = std::max(size.x, size.y) / 360.0f;
    for (auto _ : state)
        benchmark::DoNotOptimize(paintSlice(slice, colours, int(size.x / metresPerPixel) + 1,
            int(size.y / metresPerPixel) + 1, {slice.min.x, slice.max.y}, metresPerPixel));
}
BENCHMARK(PaintSliceAtL3L4)->Unit(benchmark::kMillisecond);

/// The body-fat control's new skin and body positions (before their GPU meshes are made).
void MoveTheSkinForBodyFat(benchmark::State& state)
{
    const BuiltIn& data = builtIn();
    for (auto _ : state)
        for (const MeshData& mesh : data.model.meshes)
            if (!mesh.fatOffsets.empty())
                benchmark::DoNotOptimize(positionsWithFat(mesh, 0.030));
}
BENCHMARK(MoveTheSkinForBodyFat)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace lumbar

BENCHMARK_MAIN();
