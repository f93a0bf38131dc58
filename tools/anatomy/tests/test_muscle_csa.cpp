// Muscle cross-sectional areas in the horizontal plane through the L3-L4 disc, against the
// MRI ranges per side in DOMAIN.md §2.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {

namespace {
double csaCm2(const std::string& id)
{
    const auto& g = generatedModel();
    return crossSectionAreaY(g.mesh(id), g.landmarks.disc("l3_l4").centre.origin.y) * 1e4;
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

} // namespace lumbar::test
