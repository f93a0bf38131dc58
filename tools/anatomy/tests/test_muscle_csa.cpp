// Muscle cross-sectional areas in the horizontal plane through the L3-L4 disc, against the
// MRI ranges per side (standard-text estimates: erector spinae 15-25 cm2, multifidus 6-10,
// quadratus lumborum 4-7, psoas 10-20), and the erector spinae columns' sections at the model's
// top cut.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {

namespace {
double csaCm2(const std::string& id, float planeY)
{
    return crossSectionAreaY(shippedModel().mesh(id), planeY) * 1e4;
}

double csaCm2(const std::string& id)
{
    return csaCm2(id, shippedModel().landmarks.disc("l3_l4").centre.origin.y);
}
} // namespace

TEST(MuscleCsa, AtTheL3L4Disc)
{
    for (const std::string side : {".left", ".right"}) {
        SCOPED_TRACE(side);
        const double erector = csaCm2("iliocostalis_lumborum" + side) + csaCm2("longissimus_thoracis" + side);
        const double multifidus = csaCm2("multifidus" + side);
        const double ql = csaCm2("quadratus_lumborum" + side);
        const double psoas = csaCm2("psoas_major" + side);
        RecordProperty("erector_spinae" + side, std::to_string(erector));
        RecordProperty("multifidus" + side, std::to_string(multifidus));
        RecordProperty("quadratus_lumborum" + side, std::to_string(ql));
        RecordProperty("psoas_major" + side, std::to_string(psoas));
        std::printf("CSA L3-L4 %s: erector spinae %.1f, multifidus %.1f, QL %.1f, psoas %.1f cm2\n",
            side.c_str(), erector, multifidus, ql, psoas);
        EXPECT_GE(erector, 15.0);
        EXPECT_LE(erector, 25.0);
        EXPECT_GE(multifidus, 6.0);
        EXPECT_LE(multifidus, 10.0);
        EXPECT_GE(ql, 4.0);
        EXPECT_LE(ql, 7.0);
        EXPECT_GE(psoas, 10.0);
        EXPECT_LE(psoas, 20.0);
    }
}

TEST(MuscleCsa, ErectorColumnsEndInFullWidthCutsAtTheTop)
{
    // The columns run on up the thorax; the model cuts them at its top plane, so just below it
    // each keeps a broad section instead of tapering to a point. Half its L1-level section is
    // a floor a tapering tip (a few mm2) cannot reach; the plane lies below the trunk cut's
    // gap and the rounding that smoothing gives the cut's rim.
    constexpr float kBelowTopM = 0.005f;
    constexpr double kMinFractionOfL1 = 0.5;
    const auto& g = shippedModel();
    const float topY = dims::kTrunkTopM - kBelowTopM;
    const float l1Y = g.landmarks.vertebra("l1").body.origin.y;
    for (const std::string column : {"iliocostalis_lumborum", "longissimus_thoracis", "spinalis_thoracis"})
        for (const std::string side : {".left", ".right"}) {
            const double top = csaCm2(column + side, topY), l1 = csaCm2(column + side, l1Y);
            std::printf(
                "%s%s: %.2f cm2 at L1, %.2f cm2 below the top\n", column.c_str(), side.c_str(), l1, top);
            EXPECT_GE(top, kMinFractionOfL1 * l1) << column << side << " tapers towards the model's top";
        }
}

} // namespace lumbar::test
