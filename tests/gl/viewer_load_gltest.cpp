// Loading a model at run time, as the View panel and a dropped file do: a file the importer
// refuses leaves the current model on screen, and the import runs beside a live GL context.
#include "core/error.hpp"
#include "gl/gl_test_context.hpp"
#include "image/image.hpp"
#include "support/scene_files.hpp"
#include "support/temp_dir.hpp"
#include "viewer.hpp"

#include <algorithm>
#include <cstdlib>

namespace lumbar::test {
namespace {

using ViewerLoadGlTest = GlTest;

/// Loads `path` into `viewer`, expects an ImportError, and returns its message.
std::string loadErrorOf(app::Viewer& viewer, const std::filesystem::path& path)
{
    try {
        viewer.loadModel(path);
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
    viewer.loadModel(good); // forks beside the driver's threads and the live context
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

} // namespace
} // namespace lumbar::test
