// The peeled dissection window on the built-in anatomy: what shows round and under the deep
// structures is tissue cut open, drawn bright enough to read as tissue, not the dark inside of
// the body's shell. Pixels are checked only where a pick finds no structure: there the ray stops
// on the body (the background, were it seen, would fail the colour checks).
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "image/image.hpp"
#include "session/viewer.hpp"

#include <stdexcept>
#include <string>

namespace lumbar::test {
namespace {

using DissectionFloorGlTest = GlTest;

constexpr int kFloorViewSizePx = 400;
/// The generator's window::kFloorZ: the coronal plane the hollow in the body stops at.
constexpr float kDissectionFloorZ = -0.100f;

/// The built-in anatomy on `viewer`, peeled to the deep muscles and seen from behind.
Image peeledFromBehind(app::Viewer& viewer)
{
    loadBuiltInAnatomy(viewer);
    const LayerInfo* layer = viewer.knowledgeBase().findLayer("deep_muscle");
    if (!layer)
        throw std::runtime_error("the built-in knowledge base has no deep_muscle layer");
    viewer.anatomy().peelDepth = layer->depth;
    viewer.resetView(ViewPreset::Posterior);
    viewer.render(kFloorViewSizePx, kFloorViewSizePx);
    return viewer.target().readPixels();
}

} // namespace

TEST_F(DissectionFloorGlTest, BelowThePelvisTheFloorOfTheCutReadsAsTissue)
{
    app::Viewer viewer(gl::ShaderSources(), kFloorViewSizePx, kFloorViewSizePx);
    const Image image = peeledFromBehind(viewer);

    // The floor between the hip bones, below the coccyx's tip (at y = -0.127) and above the
    // window's lower edge (y = -0.232). The old dark lining drew there at about sRGB (89, 67, 65);
    // the visceral section (the floor) and the muscle section (the walls) at red 130 and more,
    // red well over green.
    int onBody = 0;
    for (float x = -0.04f; x <= 0.041f; x += 0.02f)
        for (float y = -0.20f; y <= -0.139f; y += 0.015f) {
            const glm::vec2 pixel = viewer.camera().project(
                {x, y, kDissectionFloorZ}, float(kFloorViewSizePx), float(kFloorViewSizePx));
            const auto picked = viewer.pick(pixel, float(kFloorViewSizePx), float(kFloorViewSizePx));
            if (picked)
                continue; // a structure (a bone, a muscle) in front of the floor
            ++onBody;
            const std::uint8_t* rgb = image.pixel(int(pixel.x), int(pixel.y));
            EXPECT_GE(rgb[0], 115) << "x " << x << " y " << y;
            EXPECT_GT(rgb[0], rgb[1] * 1.3f) << "x " << x << " y " << y;
        }
    EXPECT_GE(onBody, 8);
}

TEST_F(DissectionFloorGlTest, OverTheNatalCleftTheFloorShowsNoBrightRedPatch)
{
    // Below the coccyx the floor rises over a ridge along the midline (the fat folded into the
    // natal cleft); its upper end, about y = -0.19 to -0.21 and 7 cm in front of the back, looks
    // up into the key light and back at the viewer. Drawn in the walls' cut-muscle red it read as
    // a bright red patch over the cleft, at about sRGB (171, 67, 74): green under 0.4 of red. As
    // floor it draws as the floor round it, about (140, 82, 77): green about 0.6 of red. (Lower
    // down, at the fat band's notch over the cleft, the ridge's steep front keeps a thin wall rim.)
    app::Viewer viewer(gl::ShaderSources(), kFloorViewSizePx, kFloorViewSizePx);
    const Image image = peeledFromBehind(viewer);

    int onBody = 0;
    for (float x = -0.02f; x <= 0.021f; x += 0.01f)
        for (float y = -0.205f; y <= -0.184f; y += 0.01f) {
            const glm::vec2 pixel
                = viewer.camera().project({x, y, -0.07f}, float(kFloorViewSizePx), float(kFloorViewSizePx));
            if (viewer.pick(pixel, float(kFloorViewSizePx), float(kFloorViewSizePx)))
                continue;
            ++onBody;
            const std::uint8_t* rgb = image.pixel(int(pixel.x), int(pixel.y));
            EXPECT_LE(rgb[0], 160) << "x " << x << " y " << y;
            EXPECT_GT(rgb[1], rgb[0] * 0.5f) << "x " << x << " y " << y;
        }
    EXPECT_GE(onBody, 10);
}

} // namespace lumbar::test
