// The referral view on the built-in body: the selected muscle's zones turn the skin red where they
// lie and nowhere else, and its trigger points show as red dots over the layers above them.
#include "anatomy/knowledge_base.hpp"
#include "built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "session/referral_overlay.hpp"
#include "session/viewer.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::test {
namespace {

using ReferralGlTest = GlTest;

constexpr int kReferralSizePx = 400;

/// How much redder than green a pixel is (sRGB).
int redness(const Image& image, const glm::vec2& pixel)
{
    const std::uint8_t* p = image.pixel(int(pixel.x), int(pixel.y));
    return int(p[0]) - int(p[1]);
}

TEST_F(ReferralGlTest, TheZonesRedTheSkinWhereTheyLieAndTheTriggerPointsShowThroughTheLayers)
{
    app::Viewer viewer(gl::ShaderSources(), kReferralSizePx, kReferralSizePx);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Posterior);
    viewer.anatomy().selected = viewer.anatomy().meshOf("quadratus_lumborum.right");
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    app::ReferralOverlay overlay;

    viewer.render(kReferralSizePx, kReferralSizePx);
    const Image plain = viewer.target().readPixels();
    viewer.display.referral = true;
    app::SceneExtras extras;
    extras.pointerHighlights = false; // no selection tint: only the pattern differs
    overlay.addTo(extras, viewer, surface);
    viewer.render(kReferralSizePx, kReferralSizePx, extras);
    const Image shown = viewer.target().readPixels();

    const technique::ReferralMap* map = overlay.current(viewer, surface);
    ASSERT_NE(map, nullptr);
    ASSERT_EQ(map->zones.size(), 4u);
    const auto pixelOf = [&](const glm::vec3& p) {
        return viewer.camera().project(p, float(kReferralSizePx), float(kReferralSizePx));
    };
    // The zones seen from behind: the sacroiliac joint and the lower buttock.
    for (const technique::PlacedZone& zone : map->zones) {
        if (zone.zone->id != "sacroiliac_joint" && zone.zone->id != "lower_buttock")
            continue;
        const glm::vec2 centre = pixelOf(zone.spots.at(0).centre);
        EXPECT_GT(redness(shown, centre), redness(plain, centre) + 40) << zone.zone->id;
        // The same place on the other side stays as it was.
        const glm::vec3 mirrored = zone.spots[0].centre * glm::vec3(-1.0f, 1.0f, 1.0f);
        EXPECT_LE(std::abs(redness(shown, pixelOf(mirrored)) - redness(plain, pixelOf(mirrored))), 2)
            << zone.zone->id;
    }
    // Each trigger point: a red dot, though quadratus lumborum lies under the erector spinae.
    ASSERT_EQ(map->triggerPoints.size(), 4u);
    for (const technique::PlacedTriggerPoint& point : map->triggerPoints) {
        const std::uint8_t* p = shown.pixel(int(pixelOf(point.position).x), int(pixelOf(point.position).y));
        EXPECT_GT(int(p[0]), 150) << point.point->id;
        EXPECT_LT(int(p[1]), 90) << point.point->id;
    }

    // Off again: the picture is the plain one.
    viewer.display.referral = false;
    EXPECT_EQ(overlay.current(viewer, surface), nullptr);
}

} // namespace
} // namespace lumbar::test
