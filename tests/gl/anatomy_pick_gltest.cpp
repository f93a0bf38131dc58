// Picking on the built-in anatomy: a click on a pixel selects the structure the user sees
// there, for the views and peel depths students use. Pixels are found from the meshes
// themselves (the projection of a vertex on the side facing the camera), so the test follows
// the model when it is regenerated.
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "session/viewer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lumbar::test {
namespace {

using AnatomyPickGlTest = GlTest;

constexpr int kSizePx = 400;

class BuiltInAnatomy {
public:
    BuiltInAnatomy() : viewer(gl::ShaderSources(), kSizePx, kSizePx) { loadBuiltInAnatomy(viewer); }

    void show(ViewPreset preset, const std::string& peelTo)
    {
        const LayerInfo* layer = viewer.knowledgeBase().findLayer(peelTo);
        ASSERT_NE(layer, nullptr) << peelTo;
        viewer.anatomy().peelDepth = layer->depth;
        viewer.resetView(preset);
    }

    const MeshData& mesh(const std::string& id) const
    {
        for (const MeshData& m : viewer.model().meshes)
            if (m.name == id)
                return m;
        throw std::runtime_error("no mesh " + id);
    }

    /// The window pixel over the middle of what the camera sees of `id` at height `y`: the
    /// centroid of its vertices within 5 mm of that height whose normals face the camera.
    glm::vec2 pixelOn(const std::string& id, float y) const
    {
        constexpr float kBandM = 0.005f;
        constexpr float kFacing = 0.7f; // cosine between the normal and the direction to the eye
        const MeshData& m = mesh(id);
        const glm::vec3 eye = viewer.camera().eye();
        glm::vec3 sum(0.0f);
        int count = 0;
        for (std::size_t i = 0; i < m.positions.size(); ++i) {
            const glm::vec3& p = m.positions[i];
            if (std::abs(p.y - y) < kBandM && glm::dot(m.normals[i], glm::normalize(eye - p)) > kFacing) {
                sum += p;
                ++count;
            }
        }
        if (count == 0)
            throw std::runtime_error(id + " shows no surface to the camera at that height");
        return viewer.camera().project(sum / float(count), float(kSizePx), float(kSizePx));
    }

    std::string pickedAt(const glm::vec2& pixel) const
    {
        const auto picked = viewer.pick(pixel, float(kSizePx), float(kSizePx));
        return picked ? viewer.model().meshes[*picked].name : std::string("(nothing)");
    }

    app::Viewer viewer;
};

TEST_F(AnatomyPickGlTest, AClickSelectsTheStructureSeenUnderThePixel)
{
    BuiltInAnatomy anatomy;

    // From the left the flank lies under the client's skin beyond the dissection window: a click
    // there selects nothing (the body is the scene, not a structure).
    anatomy.show(ViewPreset::Left, "superficial_muscle");
    const glm::vec2 flank = anatomy.pixelOn("external_oblique.left", 0.12f);
    EXPECT_EQ(anatomy.pickedAt(flank), "(nothing)");
    // With the body and the table hidden and skin and fascia peeled: the flank between ribs and
    // crest is external oblique, the loin behind it latissimus dorsi.
    anatomy.viewer.anatomy().showScenery = false;
    EXPECT_EQ(anatomy.pickedAt(flank), "external_oblique.left");
    EXPECT_EQ(anatomy.pickedAt(anatomy.pixelOn("latissimus_dorsi.left", 0.25f)), "latissimus_dorsi.left");
    EXPECT_EQ(anatomy.pickedAt(anatomy.pixelOn("gluteus_maximus.left", -0.08f)), "gluteus_maximus.left");

    // From behind (from the ceiling), nothing peeled: the skin in the dissection window is
    // translucent (30%), so a click over the L3 spinous process selects the fascia seen under
    // it; with the skin made opaque, the skin.
    anatomy.viewer.anatomy().showScenery = true;
    anatomy.show(ViewPreset::Posterior, "skin");
    const glm::vec2 l3Tip = anatomy.pixelOn("vertebra_l3", anatomy.mesh("vertebra_l3").bounds().center().y);
    EXPECT_EQ(anatomy.pickedAt(l3Tip), "thoracolumbar_fascia");
    LayerControl& skinLayer = anatomy.viewer.anatomy().layers[0];
    skinLayer.opacity = 1.0f;
    EXPECT_EQ(anatomy.pickedAt(l3Tip), "skin");
    skinLayer.opacity = AnatomyView::kDefaultSkinOpacity;
    // Peeled to the bones, the same pixel is the L3 spinous process; the erector spinae beside
    // it at the deep-muscle depth.
    anatomy.show(ViewPreset::Posterior, "bone");
    EXPECT_EQ(
        anatomy.pickedAt(anatomy.pixelOn("vertebra_l3", anatomy.mesh("vertebra_l3").bounds().center().y)),
        "vertebra_l3");
    anatomy.show(ViewPreset::Posterior, "deep_muscle");
    EXPECT_EQ(anatomy.pickedAt(anatomy.pixelOn("iliocostalis_lumborum.right", 0.15f)),
        "iliocostalis_lumborum.right");
    EXPECT_EQ(
        anatomy.pickedAt(anatomy.pixelOn("longissimus_thoracis.left", 0.15f)), "longissimus_thoracis.left");

    // Beyond the window, the body around it: nothing. Outside the body: nothing.
    anatomy.show(ViewPreset::Posterior, "skin");
    const MeshData& body = anatomy.mesh("body");
    glm::vec3 shoulderBlade(0.0f);
    for (const glm::vec3& p : body.positions)
        if (std::abs(p.y - 0.40f) < 0.005f && std::abs(p.x - 0.08f) < 0.01f && p.z > shoulderBlade.z)
            shoulderBlade = p;
    ASSERT_GT(shoulderBlade.z, 0.05f);
    EXPECT_EQ(
        anatomy.pickedAt(anatomy.viewer.camera().project(shoulderBlade, float(kSizePx), float(kSizePx))),
        "(nothing)");
    anatomy.viewer.anatomy().showScenery = false;
    EXPECT_EQ(anatomy.pickedAt({2.0f, 2.0f}), "(nothing)");
}

TEST_F(AnatomyPickGlTest, WithASectionAClickOnACutFaceSelectsTheStructureCut)
{
    BuiltInAnatomy anatomy;
    anatomy.show(ViewPreset::Superior, "skin");
    app::Viewer& viewer = anatomy.viewer;
    const glm::vec3 disc = anatomy.mesh("disc_l3_l4").bounds().center();
    const glm::vec3 erector = anatomy.mesh("longissimus_thoracis.right").bounds().center();
    const auto pixelAt
        = [&](const glm::vec3& p) { return viewer.camera().project(p, float(kSizePx), float(kSizePx)); };
    // Seen from the head, the middle of the L3-L4 disc lies behind the body: a click gives nothing.
    EXPECT_EQ(anatomy.pickedAt(pixelAt({disc.x, disc.y, disc.z})), "(nothing)");
    // Cut through the disc, the disc's cross-section shows there and a click on it selects it;
    // beside it, the cut longissimus.
    viewer.display.section = {true, SectionOrientation::Transverse, disc.y, false, {}};
    EXPECT_EQ(anatomy.pickedAt(pixelAt({disc.x, disc.y, disc.z})), "disc_l3_l4");
    EXPECT_EQ(anatomy.pickedAt(pixelAt({erector.x, disc.y, erector.z})), "longissimus_thoracis.right");
    // Keeping the other side, the camera looks at the underside of what is left: the body.
    viewer.display.section.flipped = true;
    EXPECT_EQ(anatomy.pickedAt(pixelAt({disc.x, disc.y, disc.z})), "(nothing)");
}

} // namespace
} // namespace lumbar::test
