// Model import: exact counts from files the tests write, and every bad-input message.
#include "core/error.hpp"
#include "scene/model_check.hpp"
#include "scene/model_import.hpp"
#include "support/import_error.hpp"
#include "support/scene_files.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lumbar {
namespace {

using test::importErrorOf;

using test::TempDir;

TEST(ModelImport, ObjBoxHasExactCounts)
{
    TempDir dir;
    MeshData box = test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f, 0.2f, 0.3f));
    box.baseColor = {0.5f, 0.25f, 0.125f, 1.0f};
    const auto path = test::writeObj(dir.path(), "box", {box});

    const Model model = importModel(path);
    ASSERT_EQ(model.meshes.size(), 1u);
    const MeshData& mesh = model.meshes[0];
    EXPECT_EQ(mesh.name, "box");
    EXPECT_EQ(mesh.positions.size(), 8u);
    EXPECT_EQ(mesh.triangleCount(), 12u);
    EXPECT_EQ(mesh.normals.size(), 8u);
    EXPECT_NEAR(mesh.baseColor.r, 0.5f, 1e-6f);
    EXPECT_NEAR(mesh.baseColor.g, 0.25f, 1e-6f);
    EXPECT_NEAR(mesh.baseColor.b, 0.125f, 1e-6f);
    const glm::vec3 size = model.bounds().size();
    EXPECT_NEAR(size.x, 0.2f, 1e-6f);
    EXPECT_NEAR(size.y, 0.4f, 1e-6f);
    EXPECT_NEAR(size.z, 0.6f, 1e-6f);
}

TEST(ModelImport, TheAnatomyGeneratorsTexCoordsAreKeptAsFibreCoordinates)
{
    TempDir dir;
    const std::vector<glm::vec3> corners
        = {{-0.5f, -0.5f, 0.0f}, {0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, {-0.5f, 0.5f, 0.0f}};
    std::vector<glm::vec2> coords;
    for (const glm::vec3& corner : corners)
        coords.emplace_back(corner.x + 2.0f, 0.0f); // the across-fibre coordinate in metres
    const Model model
        = importModel(test::writeQuadGltf(dir.path(), "muscle", corners, coords, "lumbarlab-anatomygen"));
    ASSERT_EQ(model.meshes.size(), 1u);
    const MeshData& mesh = model.meshes[0];
    ASSERT_EQ(mesh.texCoords.size(), mesh.positions.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i)
        EXPECT_FLOAT_EQ(mesh.texCoords[i].x, mesh.positions[i].x + 2.0f) << "vertex " << i;
}

TEST(ModelImport, TheShippedAnatomyHasFibreCoordinatesOnMusclesOnly)
{
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    std::size_t muscles = 0;
    for (const MeshData& mesh : model.meshes) {
        const bool muscle = mesh.name.starts_with("latissimus_dorsi") || mesh.name.starts_with("gluteus_")
            || mesh.name.starts_with("external_oblique") || mesh.name.starts_with("longissimus");
        if (muscle) {
            ++muscles;
            EXPECT_EQ(mesh.texCoords.size(), mesh.positions.size()) << mesh.name;
        }
        if (mesh.name.starts_with("vertebra_") || mesh.name.starts_with("disc_")) {
            EXPECT_TRUE(mesh.texCoords.empty()) << mesh.name;
        }
    }
    EXPECT_GE(muscles, 8u);
}

TEST(ModelImport, TheShippedAnatomyCarriesItsAmbientOcclusionAsVertexColours)
{
    // A grey of 0.3..1 on every structure; the body and the skin over the window are coloured
    // per vertex instead (skin over fat at the cut) on a white base colour.
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    for (const MeshData& mesh : model.meshes) {
        ASSERT_EQ(mesh.colors.size(), mesh.positions.size()) << mesh.name;
        const bool tinted = mesh.name == "body" || mesh.name == "skin";
        EXPECT_EQ(glm::vec3(mesh.baseColor) == glm::vec3(1.0f), tinted) << mesh.name;
        for (const glm::vec3& c : mesh.colors) {
            if (!tinted) {
                ASSERT_FLOAT_EQ(c.g, c.r) << mesh.name;
                ASSERT_FLOAT_EQ(c.b, c.r) << mesh.name;
                ASSERT_GE(c.r, 0.3f) << mesh.name;
            }
            ASSERT_GT(c.r, 0.0f) << mesh.name;
            ASSERT_LE(c.r, 1.0f) << mesh.name;
        }
    }
    // The therapist's hands have none: they draw in their chosen tone.
    const Model hands = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "hands.glb");
    ASSERT_FALSE(hands.meshes.empty());
    EXPECT_TRUE(hands.meshes[0].colors.empty());
}

TEST(ModelImport, OtherFilesTexCoordsAreDropped)
{
    // LumbarLab draws no textures; a UV map read as fibre coordinates would draw wrong stripes.
    TempDir dir;
    const std::vector<glm::vec2> uvs = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    const Model model = importModel(test::writeQuadGltf(dir.path(), "textured", {}, uvs, "Blender"));
    ASSERT_EQ(model.meshes.size(), 1u);
    EXPECT_TRUE(model.meshes[0].texCoords.empty());
}

TEST(ModelImport, ObjKeepsEveryObjectAsANamedMesh)
{
    TempDir dir;
    const auto path = test::writeObj(dir.path(), "two",
        {test::makeBox("first", glm::vec3(0.0f), glm::vec3(0.1f)),
            test::makeIcosphere("second", glm::vec3(0.5f, 0.0f, 0.0f), 0.1f, 1)});
    const Model model = importModel(path);
    ASSERT_EQ(model.meshes.size(), 2u);
    EXPECT_EQ(model.meshes[0].name, "first");
    EXPECT_EQ(model.meshes[1].name, "second");
    EXPECT_EQ(model.meshes[1].triangleCount(), 80u); // 20 * 4^1
    EXPECT_EQ(model.meshes[1].positions.size(), 42u);
    EXPECT_EQ(model.triangleCount(), 92u);
}

TEST(ModelImport, GltfBakesNodeTransformsAndKeepsNodeNames)
{
    TempDir dir;
    const Model model = importModel(test::writeQuadGltf(dir.path(), "quad"));
    ASSERT_EQ(model.meshes.size(), 1u);
    const MeshData& mesh = model.meshes[0];
    EXPECT_EQ(mesh.name, "quad_node");
    EXPECT_EQ(mesh.positions.size(), 4u);
    EXPECT_EQ(mesh.triangleCount(), 2u);
    EXPECT_EQ(mesh.normals.size(), 4u);
    // The parent node lifts the quad by 1 m.
    const Bounds box = model.bounds();
    EXPECT_NEAR(box.min.y, 0.5f, 1e-6f);
    EXPECT_NEAR(box.max.y, 1.5f, 1e-6f);
    EXPECT_NEAR(box.min.x, -0.5f, 1e-6f);
    for (const glm::vec3& normal : mesh.normals)
        EXPECT_NEAR(std::abs(normal.z), 1.0f, 1e-5f);
}

TEST(ModelImport, MissingFileNamesThePath)
{
    const std::string message = importErrorOf([] { importModel("/no/such/folder/spine.glb"); });
    EXPECT_EQ(message,
        "cannot open model '/no/such/folder/spine.glb': file not found (check the "
        "path and its spelling)");
}

TEST(ModelImport, DirectoryIsRefused)
{
    TempDir dir;
    const std::string message = importErrorOf([&] { importModel(dir.path()); });
    EXPECT_NE(message.find("it is a directory, not a file"), std::string::npos) << message;
}

TEST(ModelImport, RejectedFileQuotesAssimpsReason)
{
    TempDir dir;
    const auto path = dir.write("broken.glb", "glTF this is not a binary glTF file at all");
    const std::string message = importErrorOf([&] { importModel(path); });
    EXPECT_EQ(message.rfind("assimp could not read '" + path.string() + "': ", 0), 0u) << message;
    EXPECT_GT(message.size(), ("assimp could not read '" + path.string() + "': ").size() + 5)
        << "assimp's reason is missing: " << message;
}

TEST(ModelImport, FileWithOnlyLinesHasNoTriangles)
{
    TempDir dir;
    const auto path = dir.write("lines.obj", "v 0 0 0\nv 1 0 0\nv 1 1 0\nl 1 2\nl 2 3\n");
    const std::string message = importErrorOf([&] { importModel(path); });
    EXPECT_NE(message.find("contains no triangles"), std::string::npos) << message;
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
}

TEST(ModelImport, NonFinitePositionIsReported)
{
    TempDir dir;
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const auto path = test::writeQuadGltf(dir.path(), "nan",
        {{-0.5f, -0.5f, 0.0f}, {nan, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, {-0.5f, 0.5f, 0.0f}});
    const std::string message = importErrorOf([&] { importModel(path); });
    EXPECT_NE(message.find("non-finite position"), std::string::npos) << message;
    EXPECT_NE(message.find("quad_node"), std::string::npos) << message;
}

TEST(ModelImport, InfinitePositionIsReported)
{
    TempDir dir;
    const float inf = std::numeric_limits<float>::infinity();
    const auto path = test::writeQuadGltf(dir.path(), "inf",
        {{-0.5f, -0.5f, 0.0f}, {0.5f, -0.5f, 0.0f}, {0.5f, inf, 0.0f}, {-0.5f, 0.5f, 0.0f}});
    const std::string message = importErrorOf([&] { importModel(path); });
    EXPECT_NE(message.find("non-finite position"), std::string::npos) << message;
}

TEST(ModelImport, AbsurdSizeIsReported)
{
    TempDir dir;
    const auto path = dir.write("huge.obj", "v 0 0 0\nv 1e7 0 0\nv 0 1e7 0\nf 1 2 3\n");
    const std::string message = importErrorOf([&] { importModel(path); });
    EXPECT_NE(message.find("has an absurd size"), std::string::npos) << message;
    EXPECT_NE(message.find("check the file's units"), std::string::npos) << message;
}

TEST(ModelCheck, DegenerateTinyModelIsReported)
{
    Model model;
    MeshData mesh;
    mesh.name = "dot";
    mesh.positions = {glm::vec3(0.0f), glm::vec3(0.0f), glm::vec3(0.0f)};
    mesh.indices = {0, 1, 2};
    model.meshes.push_back(mesh);
    const std::string message = importErrorOf([&] { checkModel(model, "dot.obj"); });
    EXPECT_NE(message.find("'dot.obj' has an absurd size"), std::string::npos) << message;
}

TEST(ModelCheck, IndexOutOfRangeIsReported)
{
    Model model;
    MeshData mesh = test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f));
    mesh.indices.back() = 99;
    model.meshes.push_back(mesh);
    const std::string message = importErrorOf([&] { checkModel(model, "box.obj"); });
    EXPECT_EQ(message, "'box.obj': mesh 'box' refers to vertex 99 but has only 8: the file is corrupt");
}

TEST(ModelCheck, EmptyModelHasNoTriangles)
{
    const std::string message = importErrorOf([] { checkModel(Model{}, "empty.glb"); });
    EXPECT_EQ(message,
        "'empty.glb' contains no triangles (only points, lines or empty meshes): "
        "export the surfaces as a triangle mesh");
}

} // namespace
} // namespace lumbar
