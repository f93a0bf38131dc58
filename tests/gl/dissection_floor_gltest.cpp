// The peeled dissection window on the built-in anatomy: what shows round and under the deep
// structures is tissue cut open, drawn bright enough to read as tissue, not the dark inside of
// the body's shell. Pixels are checked only where a pick finds no structure: there the ray stops
// on the body (the background, were it seen, would fail the colour checks). In front of the
// floor the body is solid, and a section through it reads as one cut face.
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "image/image.hpp"
#include "session/viewer.hpp"

#include <cstdlib>
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

/// The height of the middle of the L3-L4 disc in the built-in model.
float discL3L4HeightM(const app::Viewer& viewer)
{
    for (const MeshData& mesh : viewer.model().meshes)
        if (mesh.name == "disc_l3_l4")
            return mesh.bounds().center().y;
    throw std::runtime_error("the built-in model has no disc_l3_l4");
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

TEST_F(DissectionFloorGlTest, InFrontOfTheFloorATransverseCutIsOneSolidFace)
{
    // Cut across at the L3-L4 disc and seen from the head, skin peeled. Between the dissection's
    // floor and the table the body is solid, and its cut face is flat and one colour. The external
    // oblique, wrapping round the flank under the fat, once ran on past the floor into the solid
    // body: there the body's cut showed the muscle's surface inside it, about sRGB (97, 44, 48),
    // on either side of the face's true colour, about (128, 74, 70), a paler rectangle between.
    // Flat-shaded, the face may vary by rounding alone: 6/255 per channel.
    constexpr int kToleranceSrgb = 6;
    app::Viewer viewer(gl::ShaderSources(), kFloorViewSizePx, kFloorViewSizePx);
    loadBuiltInAnatomy(viewer);
    const LayerInfo* layer = viewer.knowledgeBase().findLayer("fascia");
    ASSERT_NE(layer, nullptr);
    viewer.anatomy().peelDepth = layer->depth;
    const float cutY = discL3L4HeightM(viewer);
    viewer.display.section = {true, SectionOrientation::Transverse, cutY, false, {}};
    viewer.resetView(ViewPreset::Superior);
    viewer.render(kFloorViewSizePx, kFloorViewSizePx);
    const Image image = viewer.target().readPixels();
    const auto pixelAt = [&](float x, float z) {
        const glm::vec2 pixel
            = viewer.camera().project({x, cutY, z}, float(kFloorViewSizePx), float(kFloorViewSizePx));
        return image.pixel(int(pixel.x), int(pixel.y));
    };

    // The middle of the face, 3 cm in front of the floor and 3.5 cm above the table: tissue red.
    const std::uint8_t* middle = pixelAt(0.0f, kDissectionFloorZ - 0.03f);
    EXPECT_GE(middle[0], 100);
    EXPECT_GT(middle[0], middle[1] * 1.4f);
    // Across the face from 1 to 4.5 cm in front of the floor, 10 cm either side of the midline
    // (the body there is about 30 cm wide): the same colour everywhere.
    int checked = 0;
    for (float x = -0.10f; x <= 0.101f; x += 0.02f)
        for (float z = kDissectionFloorZ - 0.01f; z >= kDissectionFloorZ - 0.0451f; z -= 0.005f) {
            const std::uint8_t* rgb = pixelAt(x, z);
            ++checked;
            for (int c = 0; c < 3; ++c)
                EXPECT_LE(std::abs(int(rgb[c]) - int(middle[c])), kToleranceSrgb)
                    << "x " << x << " z " << z << " channel " << c;
        }
    EXPECT_EQ(checked, 88);
}

} // namespace lumbar::test
