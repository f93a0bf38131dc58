// Isolated import: the same model as in-process, and a crashing, hanging or greedy importer
// turned into a message while the test process carries on.
#include "core/error.hpp"
#include "core/sanitizer.hpp"
#include "scene/isolated_import.hpp"
#include "scene/model_formats.hpp"
#include "support/import_error.hpp"
#include "support/scene_files.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <sys/wait.h>
#include <thread>

namespace lumbar {
namespace {

using test::importErrorOf;

using test::TempDir;

/// A path the format check accepts; the stand-in importers never open it.
const std::filesystem::path kAnyModel = "/nowhere/spine.glb";

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
        EXPECT_EQ(a.indices, e.indices) << e.name;
        EXPECT_EQ(a.baseColor, e.baseColor) << e.name;
    }
}

/// A small valid model the stand-in importers can return.
Model smallModel()
{
    Model model;
    model.sourcePath = kAnyModel.string();
    model.meshes.push_back(test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f)));
    return model;
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

TEST(IsolatedImport, ImportersMessageComesBackUnchanged)
{
    TempDir dir;
    const auto missing = dir.path() / "missing.glb";
    EXPECT_EQ(importErrorOf([&] { importModelIsolated(missing); }),
        "cannot open model '" + missing.string() + "': file not found (check the path and its spelling)");
    const auto failing = [](const std::filesystem::path&) -> Model { throw ImportError("no vertices here"); };
    EXPECT_EQ(importErrorOf([&] { importModelIsolated(kAnyModel, {}, failing); }), "no vertices here");
    const auto silent = [](const std::filesystem::path&) -> Model { throw 42; };
    EXPECT_EQ(importErrorOf([&] { importModelIsolated(kAnyModel, {}, silent); }),
        "the importer of '/nowhere/spine.glb' failed without saying why");
}

TEST(IsolatedImport, SegmentationFaultIsReportedAndTheCallerCarriesOn)
{
    const auto crashing = [](const std::filesystem::path&) -> Model {
        std::raise(SIGSEGV);
        return {};
    };
    const std::string message = importErrorOf([&] { importModelIsolated(kAnyModel, {}, crashing); });
    EXPECT_EQ(
        message.rfind("'/nowhere/spine.glb' crashed the importer (signal 11, Segmentation fault): ", 0), 0u)
        << message;
    EXPECT_TRUE(noChildrenLeft());
    // The caller is unharmed: the next import works.
    const auto working = [](const std::filesystem::path&) { return smallModel(); };
    expectSameModel(importModelIsolated(kAnyModel, {}, working), smallModel());
}

TEST(IsolatedImport, AbortIsReported)
{
    const auto aborting = [](const std::filesystem::path&) -> Model { std::abort(); };
    const std::string message = importErrorOf([&] { importModelIsolated(kAnyModel, {}, aborting); });
    EXPECT_EQ(message.rfind("'/nowhere/spine.glb' crashed the importer (signal 6, Aborted): ", 0), 0u)
        << message;
}

TEST(IsolatedImport, HangingImporterIsKilledAtTheTimeLimit)
{
    const auto hanging = [](const std::filesystem::path&) -> Model {
        std::this_thread::sleep_for(std::chrono::minutes(10));
        return {};
    };
    ImportLimits limits;
    limits.time = std::chrono::milliseconds(300);
    const std::string message = importErrorOf([&] { importModelIsolated(kAnyModel, limits, hanging); });
    EXPECT_EQ(message,
        "'/nowhere/spine.glb' took longer than 0.3 s to import, so the importer was stopped: the file is "
        "malformed or too big to open here; try re-exporting or simplifying it");
    EXPECT_TRUE(noChildrenLeft()) << "the hanging importer was not killed and reaped";
}

TEST(IsolatedImport, DefaultTimeLimitIsTwentySeconds)
{
    EXPECT_EQ(ImportLimits{}.time, std::chrono::seconds(20));
    EXPECT_EQ(ImportLimits{}.memoryBytes, std::uint64_t(4) << 30);
}

TEST(IsolatedImport, ImporterOverTheMemoryLimitIsReported)
{
    if (kAddressSanitizer) {
        GTEST_SKIP() << "AddressSanitizer's shadow memory rules out an address-space limit";
    }
    const auto greedy = [](const std::filesystem::path&) -> Model {
        std::vector<char> block(std::size_t(2) << 30, 1); // fails at once under the limit
        if (block[block.size() / 2] == 1)
            throw ImportError("allocated 2 GiB despite the limit");
        return {};
    };
    ImportLimits limits;
    limits.memoryBytes = std::uint64_t(256) << 20;
    const std::string message = importErrorOf([&] { importModelIsolated(kAnyModel, limits, greedy); });
    EXPECT_EQ(message,
        "'/nowhere/spine.glb' made the importer run out of memory (it may use 256 MiB): the file is "
        "malformed "
        "or too big; decimate or split the model");
}

TEST(IsolatedImport, InvalidModelFromTheImporterIsRefused)
{
    const auto nonFinite = [](const std::filesystem::path&) {
        Model model = smallModel();
        model.meshes[0].positions[3].y = std::numeric_limits<float>::quiet_NaN();
        return model;
    };
    const std::string message = importErrorOf([&] { importModelIsolated(kAnyModel, {}, nonFinite); });
    EXPECT_NE(message.find("cannot import '/nowhere/spine.glb': the importer sent back unusable data: "),
        std::string::npos)
        << message;
    EXPECT_NE(message.find("mesh 0 ('box') position 3 is not a finite number"), std::string::npos) << message;

    const auto noTriangles = [](const std::filesystem::path&) {
        Model model = smallModel();
        model.meshes[0].indices.clear();
        return model;
    };
    EXPECT_EQ(importErrorOf([&] { importModelIsolated(kAnyModel, {}, noTriangles); }),
        "'/nowhere/spine.glb' contains no triangles (only points, lines or empty meshes): export the "
        "surfaces "
        "as a triangle mesh");
}

TEST(IsolatedImport, UnsupportedFormatNeverReachesTheImporter)
{
    const auto crashing = [](const std::filesystem::path&) -> Model {
        std::raise(SIGSEGV);
        return {};
    };
    EXPECT_EQ(importErrorOf([&] { importModelIsolated("/data/notes.txt", {}, crashing); }),
        "cannot open model '/data/notes.txt': '.txt' is not a supported format (supported: .glb, .gltf, "
        ".obj, "
        ".fbx, .ply, .stl, .dae); export the model as glTF (.glb) or OBJ");
    EXPECT_EQ(importErrorOf([&] { importModelIsolated("/data/README", {}, crashing); }),
        "cannot open model '/data/README': the name has no extension (supported: .glb, .gltf, .obj, .fbx, "
        ".ply, "
        ".stl, .dae); export the model as glTF (.glb) or OBJ");
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
