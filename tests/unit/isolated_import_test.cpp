// Isolated import: the same model as in-process, a crashing, hanging or greedy importer turned
// into a message while the test process carries on, and a missing importer program named.
#include "core/error.hpp"
#include "core/sanitizer.hpp"
#include "scene/import_worker.hpp"
#include "scene/isolated_import.hpp"
#include "scene/model_formats.hpp"
#include "scene/model_import.hpp"
#include "support/import_error.hpp"
#include "support/scene_files.hpp"
#include "support/stand_in_importer.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <thread>

namespace lumbar {
namespace {

using test::importErrorOf;
using test::TempDir;

/// True when this process has no child left, running or zombie: every importer was reaped.
bool noChildrenLeft()
{
    int status = 0;
    return ::waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD;
}

void expectSameModel(const Model& actual, const Model& expected)
{
    EXPECT_EQ(actual.sourcePath, expected.sourcePath);
    ASSERT_EQ(actual.meshes.size(), expected.meshes.size());
    for (std::size_t i = 0; i < expected.meshes.size(); ++i) {
        const MeshData& a = actual.meshes[i];
        const MeshData& e = expected.meshes[i];
        EXPECT_EQ(a.name, e.name);
        EXPECT_EQ(a.positions, e.positions) << e.name;
        EXPECT_EQ(a.normals, e.normals) << e.name;
        EXPECT_EQ(a.tangents, e.tangents) << e.name;
        EXPECT_EQ(a.texCoords, e.texCoords) << e.name;
        EXPECT_EQ(a.colors, e.colors) << e.name;
        EXPECT_EQ(a.indices, e.indices) << e.name;
        EXPECT_EQ(a.baseColor, e.baseColor) << e.name;
    }
}

/// Imports `path` with the stand-in importer program (support/stand_in_importer.hpp).
Model importWithStandIn(const std::filesystem::path& path, const ImportLimits& limits = {})
{
    return importModelIsolated(path, limits, test::standInImporter());
}

/// The box the stand-in returns for a file named *box.
Model standInBox(const std::filesystem::path& path)
{
    Model model;
    model.sourcePath = path.string();
    model.meshes.push_back(test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f)));
    return model;
}

TEST(IsolatedImport, TheImporterProgramIsFoundInTheBuildFolder)
{
    const std::optional<std::filesystem::path> worker = findImportWorker();
    ASSERT_TRUE(worker) << importWorkerSearchText();
    EXPECT_EQ(worker->filename(), kImportWorkerName);
}

TEST(IsolatedImport, ObjEqualsTheInProcessImport)
{
    TempDir dir;
    const auto path = test::writeObj(dir.path(), "two",
        {test::makeBox("first", glm::vec3(0.0f), glm::vec3(0.1f)),
            test::makeIcosphere("second", glm::vec3(0.5f, 0.0f, 0.0f), 0.1f, 2)});
    const Model isolated = importModelIsolated(path);
    expectSameModel(isolated, importModel(path));
    EXPECT_EQ(isolated.triangleCount(), 12u + 320u);
    EXPECT_TRUE(noChildrenLeft());
}

TEST(IsolatedImport, GltfEqualsTheInProcessImport)
{
    TempDir dir;
    const auto path = test::writeQuadGltf(dir.path(), "quad");
    const Model isolated = importModelIsolated(path);
    expectSameModel(isolated, importModel(path));
    ASSERT_EQ(isolated.meshes.size(), 1u);
    EXPECT_EQ(isolated.meshes[0].name, "quad_node");
    EXPECT_EQ(isolated.meshes[0].normals.size(), 4u);
}

TEST(IsolatedImport, FileNamesWithSpacesQuotesAndOptionsSurviveTheCommandLine)
{
    // Handed to the importer as one argument after "--": never split, never read as an option.
    TempDir dir;
    const MeshData box = test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f));
    for (const std::string stem :
        {"my model (copy 2)", "--help", "-it's \"quoted\" $HOME; `x`", "Wirbelsäule *?"}) {
        const auto path = test::writeObj(dir.path(), stem, {box});
        const Model isolated = importModelIsolated(path);
        expectSameModel(isolated, importModel(path));
        EXPECT_EQ(isolated.sourcePath, path.string());
        const auto missing = dir.path() / (stem + " missing.glb");
        EXPECT_EQ(importErrorOf([&] { importModelIsolated(missing); }),
            "cannot open model '" + missing.string() + "': file not found (check the path and its spelling)");
    }
    EXPECT_TRUE(noChildrenLeft());
}

TEST(IsolatedImport, ImportersMessageComesBackUnchanged)
{
    TempDir dir;
    const auto missing = dir.path() / "missing.glb";
    EXPECT_EQ(importErrorOf([&] { importModelIsolated(missing); }),
        "cannot open model '" + missing.string() + "': file not found (check the path and its spelling)");
    EXPECT_EQ(importErrorOf([&] { importWithStandIn("/nowhere/refuse.glb"); }), "no vertices here");
    EXPECT_EQ(importErrorOf([&] { importWithStandIn("/nowhere/throw-int.glb"); }),
        "the importer of '/nowhere/throw-int.glb' failed without saying why");
}

TEST(IsolatedImport, AMissingImporterProgramIsNamed)
{
    TempDir dir;
    const auto missing = dir.path() / "no-such-importer";
    EXPECT_EQ(importErrorOf([&] { importModelIsolated("/nowhere/box.glb", {}, missing); }),
        "cannot import '/nowhere/box.glb': the importer program '" + missing.string()
            + "' cannot be started (No such file or directory); reinstall LumbarLab, or build the "
              "lumbarlab-import target");
    const auto notAProgram = dir.write("not-a-program", "#!/bin/sh\n"); // no execute permission
    EXPECT_EQ(importErrorOf([&] { importModelIsolated("/nowhere/box.glb", {}, notAProgram); }),
        "cannot import '/nowhere/box.glb': the importer program '" + notAProgram.string()
            + "' cannot be started (Permission denied); reinstall LumbarLab, or build the "
              "lumbarlab-import target");
    EXPECT_TRUE(noChildrenLeft());
}

TEST(IsolatedImport, TheImporterProgramRunByHandSaysWhatItIs)
{
    char name[] = "lumbarlab-import";
    char file[] = "spine.glb";
    char* argv[] = {name, file, nullptr};
    testing::internal::CaptureStderr();
    EXPECT_EQ(runImportWorker(2, argv, importModel), 2);
    const std::string said = testing::internal::GetCapturedStderr();
    EXPECT_EQ(said.rfind("lumbarlab-import: LumbarLab starts this program to import one model file", 0), 0u)
        << said;
}

TEST(IsolatedImport, SegmentationFaultIsReportedAndTheCallerCarriesOn)
{
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/crash.glb"); });
    EXPECT_EQ(
        message.rfind("'/nowhere/crash.glb' crashed the importer (signal 11, Segmentation fault): ", 0), 0u)
        << message;
    EXPECT_TRUE(noChildrenLeft());
    // The caller is unharmed: the next import works.
    expectSameModel(importWithStandIn("/nowhere/box.glb"), standInBox("/nowhere/box.glb"));
}

TEST(IsolatedImport, AbortIsReported)
{
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/abort.glb"); });
    EXPECT_EQ(message.rfind("'/nowhere/abort.glb' crashed the importer (signal 6, Aborted): ", 0), 0u)
        << message;
}

TEST(IsolatedImport, HangingImporterIsKilledAtTheTimeLimit)
{
    ImportLimits limits;
    limits.time = std::chrono::milliseconds(300);
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/hang.glb", limits); });
    EXPECT_EQ(message,
        "'/nowhere/hang.glb' took longer than 0.3 s to import, so the importer was stopped: the file is "
        "malformed or too big to open here; try re-exporting or simplifying it");
    EXPECT_TRUE(noChildrenLeft()) << "the hanging importer was not killed and reaped";
}

TEST(IsolatedImport, CancellingEndsTheImportAndKillsTheImporter)
{
    ImportLimits limits;
    limits.time = std::chrono::minutes(5); // far beyond the test: only the cancel can end it
    std::atomic<bool> cancelled = false;
    limits.cancelled = &cancelled;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancelled = true;
    });
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/hang.glb", limits); });
    canceller.join();
    EXPECT_EQ(message, "opening '/nowhere/hang.glb' was cancelled");
    EXPECT_TRUE(noChildrenLeft()) << "the cancelled importer was not killed and reaped";
}

TEST(IsolatedImport, DefaultLimits)
{
    EXPECT_EQ(ImportLimits{}.time, std::chrono::seconds(20));
    EXPECT_EQ(ImportLimits{}.memoryBytes, std::uint64_t(4) << 30);
}

TEST(IsolatedImport, ImporterOverTheMemoryLimitIsReported)
{
    if (kAddressSanitizer) {
        GTEST_SKIP() << "AddressSanitizer's shadow memory rules out an address-space limit";
    }
    ImportLimits limits;
    limits.memoryBytes = std::uint64_t(256) << 20;
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/greedy.glb", limits); });
    EXPECT_EQ(message,
        "'/nowhere/greedy.glb' made the importer run out of memory (it may use 256 MiB): the file is "
        "malformed or too big; decimate or split the model");
}

TEST(IsolatedImport, InvalidModelFromTheImporterIsRefused)
{
    const std::string message = importErrorOf([&] { importWithStandIn("/nowhere/nan.glb"); });
    EXPECT_NE(message.find("cannot import '/nowhere/nan.glb': the importer sent back unusable data: "),
        std::string::npos)
        << message;
    EXPECT_NE(message.find("mesh 0 ('box') position 3 is not a finite number"), std::string::npos) << message;

    EXPECT_EQ(importErrorOf([&] { importWithStandIn("/nowhere/no-triangles.glb"); }),
        "'/nowhere/no-triangles.glb' contains no triangles (only points, lines or empty meshes): export the "
        "surfaces as a triangle mesh");
}

TEST(IsolatedImport, UnsupportedFormatNeverReachesTheImporter)
{
    EXPECT_EQ(importErrorOf([&] { importWithStandIn("/data/crash.txt"); }),
        "cannot open model '/data/crash.txt': '.txt' is not a supported format (supported: .glb, .gltf, "
        ".obj, .fbx, .ply, .stl, .dae); export the model as glTF (.glb) or OBJ");
    EXPECT_EQ(importErrorOf([&] { importWithStandIn("/data/README"); }),
        "cannot open model '/data/README': the name has no extension (supported: .glb, .gltf, .obj, .fbx, "
        ".ply, .stl, .dae); export the model as glTF (.glb) or OBJ");
}

TEST(ModelFormats, ExtensionsAreMatchedInAnyCase)
{
    EXPECT_TRUE(isSupportedModelFile("a/spine.GLB"));
    EXPECT_TRUE(isSupportedModelFile("a/b.c/spine.Obj"));
    EXPECT_FALSE(isSupportedModelFile("spine.blend"));
    EXPECT_FALSE(isSupportedModelFile("glb"));
    EXPECT_EQ(supportedModelExtensions().size(), 7u);
}

} // namespace
} // namespace lumbar
