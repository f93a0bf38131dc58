// Loading a model at run time, as the View panel and a dropped file do: a file the importer
// refuses leaves the current model on screen, and the import runs beside a live GL context.
#include "core/error.hpp"
#include "gl/gl_test_context.hpp"
#include "image/image.hpp"
#include "scene/isolated_import.hpp"
#include "session/viewer.hpp"
#include "support/scene_files.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <cstdlib>

namespace lumbar::test {
namespace {

using ViewerLoadGlTest = GlTest;

/// Opens `path` the way the app does (an isolated import, then setModel), expects an
/// ImportError, and returns its message.
std::string loadErrorOf(app::Viewer& viewer, const std::filesystem::path& path)
{
    try {
        viewer.setModel(importModelIsolated(path));
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an ImportError for " << path;
    return {};
}

TEST_F(ViewerLoadGlTest, ARefusedFileKeepsTheCurrentModel)
{
    TempDir dir;
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    MeshData red = makeBox("first", glm::vec3(0.0f), glm::vec3(0.2f));
    red.baseColor = {0.9f, 0.05f, 0.05f, 1.0f};
    const auto good
        = writeObj(dir.path(), "good", {red, makeIcosphere("second", glm::vec3(0.1f, 0.0f, 0.0f), 0.05f, 1)});
    viewer.setModel(importModelIsolated(good)); // the importer program runs beside the driver's threads
    ASSERT_EQ(viewer.model().meshes.size(), 2u);
    EXPECT_EQ(viewer.model().sourcePath, good.string());

    const char truncated[] = "glTF\x02\0\0\0\xff\0\0\0 truncated binary glTF";
    const auto broken = dir.write("broken.glb", std::string(truncated, sizeof(truncated) - 1));
    const std::string brokenMessage = loadErrorOf(viewer, broken);
    EXPECT_NE(brokenMessage.find(broken.string()), std::string::npos) << brokenMessage;
    const std::string formatMessage = loadErrorOf(viewer, dir.write("model.blend", "BLENDER"));
    EXPECT_NE(formatMessage.find("'.blend' is not a supported format"), std::string::npos) << formatMessage;

    EXPECT_EQ(viewer.model().sourcePath, good.string());
    EXPECT_EQ(viewer.model().meshes.size(), 2u);
    EXPECT_TRUE(viewer.hasModel());
    // Still drawn: the model covers the centre, the background the corner. TearDown asserts no GL error.
    viewer.render(64, 64);
    const Image pixels = viewer.target().readPixels();
    const std::uint8_t* centre = pixels.pixel(32, 32);
    const std::uint8_t* corner = pixels.pixel(0, 0);
    int difference = 0;
    for (int channel = 0; channel < 3; ++channel)
        difference = std::max(difference, std::abs(int(centre[channel]) - int(corner[channel])));
    EXPECT_GT(difference, 30);
}

TEST_F(ViewerLoadGlTest, BackgroundLoadingEndsInTheSameMeshesAndPicture)
{
    // A sphere fine enough to get levels of detail, and a box, seen from far enough away that the
    // coarser levels are drawn.
    const auto scene = [] {
        Model model;
        model.meshes = {makeIcosphere("sphere", glm::vec3(-0.1f, 0.0f, 0.0f), 0.1f, 5),
            makeBox("box", glm::vec3(0.15f, 0.0f, 0.0f), glm::vec3(0.05f))};
        return model;
    };
    app::Viewer complete(gl::ShaderSources(), 96, 96);
    complete.setModel(scene(), app::ModelLoading::Complete);
    app::Viewer background(gl::ShaderSources(), 96, 96);
    background.setModel(scene(), app::ModelLoading::InBackground);
    background.render(96, 96); // the first frame may come before the worker is done
    background.finishLoading();

    const SceneDraw completeScene = complete.buildScene();
    const SceneDraw backgroundScene = background.buildScene();
    ASSERT_EQ(completeScene.items.size(), 2u);
    ASSERT_EQ(backgroundScene.items.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const GpuMesh& done = *completeScene.items[i].mesh;
        const GpuMesh& late = *backgroundScene.items[i].mesh;
        EXPECT_TRUE(late.closedOutward()) << i;
        EXPECT_EQ(late.closedOutward(), done.closedOutward()) << i;
        EXPECT_EQ(late.lodErrorsM(), done.lodErrorsM()) << i;
        for (std::size_t lod = 0; lod < done.lodErrorsM().size(); ++lod)
            EXPECT_EQ(late.indexCount(lod), done.indexCount(lod)) << i << " level " << lod;
    }
    EXPECT_GE(completeScene.items[0].mesh->lodErrorsM().size(), 2u); // the sphere has coarser levels

    complete.render(96, 96);
    background.render(96, 96);
    EXPECT_EQ(complete.target().readPixels().rgba, background.target().readPixels().rgba);
}

TEST_F(ViewerLoadGlTest, ANewModelWhileTheOldOneIsStillLoadingReplacesIt)
{
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    Model first;
    first.meshes = {makeIcosphere("first", glm::vec3(0.0f), 0.1f, 5)};
    viewer.setModel(first, app::ModelLoading::InBackground);
    Model second;
    second.meshes = {makeBox("second", glm::vec3(0.0f), glm::vec3(0.1f))};
    viewer.setModel(second, app::ModelLoading::InBackground); // waits for the first worker, drops its work
    viewer.finishLoading();
    ASSERT_EQ(viewer.model().meshes.size(), 1u);
    EXPECT_EQ(viewer.model().meshes[0].name, "second");
    const SceneDraw scene = viewer.buildScene();
    ASSERT_EQ(scene.items.size(), 1u);
    EXPECT_EQ(scene.items[0].mesh->indexCount(0), 36);
    EXPECT_TRUE(scene.items[0].mesh->closedOutward());
}

TEST_F(ViewerLoadGlTest, TheBodyFatMovesTheSkinAndWhatPicksFollows)
{
    // A 15 mm slab of skin and fat (the model's thickness) on a muscle: its top moves 15 mm per
    // doubling, its underside not at all.
    Model model;
    MeshData skin = makeBox("skin", {0.0f, 0.0f, 0.0075f}, {0.1f, 0.1f, 0.0075f});
    for (const glm::vec3& p : skin.positions)
        skin.fatOffsets.push_back(p.z > 0.01f ? glm::vec3(0.0f, 0.0f, 0.015f) : glm::vec3(0.0f));
    model.meshes.push_back(skin);
    model.meshes.push_back(makeBox("muscle", {0.0f, 0.0f, -0.01f}, {0.05f, 0.05f, 0.01f}));
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    viewer.setModel(model);
    EXPECT_DOUBLE_EQ(viewer.bodyFatM(), 0.015);
    const Ray down{{0.0f, 0.0f, 0.5f}, {0.0f, 0.0f, -1.0f}};
    const auto skinTop
        = [&] { return viewer.castRay(down, [](std::size_t mesh) { return mesh == 0; })->point.z; };
    EXPECT_NEAR(skinTop(), 0.015f, 1e-6f);

    const std::uint64_t revision = viewer.geometryRevision();
    ASSERT_TRUE(viewer.setBodyFat(0.030));
    EXPECT_DOUBLE_EQ(viewer.bodyFatM(), 0.030);
    EXPECT_GT(viewer.geometryRevision(), revision);
    EXPECT_NEAR(skinTop(), 0.030f, 1e-6f);
    // From the set value, not from the last one; beyond the range, its end.
    ASSERT_TRUE(viewer.setBodyFat(0.001));
    EXPECT_DOUBLE_EQ(viewer.bodyFatM(), 0.005);
    EXPECT_NEAR(skinTop(), 0.005f, 1e-6f);
    EXPECT_NEAR(viewer.model().meshes[1].bounds().max.z, 0.0f, 1e-6f); // the muscle stays
    viewer.render(64, 64); // the new buffers draw; TearDown asserts no GL error

    // A model without fat offsets has no fat to change.
    viewer.setModel(Model{{}, {makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f))}});
    EXPECT_FALSE(viewer.setBodyFat(0.030));
    EXPECT_DOUBLE_EQ(viewer.bodyFatM(), 0.015);
}

TEST_F(ViewerLoadGlTest, AnEndangermentSiteShowsThroughTheLayersAboveIt)
{
    // A "kidney" under a "muscle": emphasised, it is drawn red in place and again as a faint red
    // ghost over everything, so the muscle above does not hide it.
    Model model;
    model.meshes.push_back(makeBox("muscle", {0.0f, 0.0f, 0.05f}, {0.2f, 0.2f, 0.02f}));
    model.meshes.push_back(makeBox("kidney", glm::vec3(0.0f), {0.05f, 0.05f, 0.02f}));
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    viewer.setModel(model);
    app::SceneExtras extras;
    const auto ghosts = [&](const SceneDraw& scene) {
        std::vector<const DrawItem*> found;
        for (const DrawItem& item : scene.items)
            if (item.overlay && item.mesh == scene.items[1].mesh)
                found.push_back(&item);
        return found;
    };
    EXPECT_TRUE(ghosts(viewer.buildScene(extras)).empty());
    extras.emphasised = {1};
    const SceneDraw scene = viewer.buildScene(extras);
    ASSERT_EQ(ghosts(scene).size(), 1u);
    EXPECT_GT(ghosts(scene)[0]->color.r, 0.8f);
    EXPECT_LT(ghosts(scene)[0]->color.a, 0.5f);
    // Seen from above (+z), the view's middle turns red where the muscle alone was drawn before.
    viewer.camera().target = glm::vec3(0.0f);
    viewer.camera().distance = 0.8f;
    viewer.camera().yawRadians = 0.0f;
    viewer.camera().pitchRadians = 1.5707f;
    viewer.render(64, 64, {});
    const Image plain = viewer.target().readPixels();
    viewer.render(64, 64, extras);
    const Image shown = viewer.target().readPixels();
    const std::uint8_t* before = plain.pixel(32, 32);
    const std::uint8_t* after = shown.pixel(32, 32);
    EXPECT_GT(int(after[0]) - int(after[1]), int(before[0]) - int(before[1]) + 20);
}

} // namespace
} // namespace lumbar::test
