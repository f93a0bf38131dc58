// The tool's dent, its pad and the isobars as drawn in a slice: where they lie in the picture.
#include "session/slice_picture.hpp"
#include "technique/depth_profile.hpp"
#include "technique/pressure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lumbar::app {
namespace {

/// A forearm's contact (radius 3 cm) pressing 1 cm into the skin, the dent ending at 7.5 cm, the
/// body to the picture's right (a transverse slice with the back on the left).
PictureContact forearm()
{
    PictureContact contact;
    contact.contact = {0.10f, 0.20f};
    contact.inward = {1.0f, 0.0f};
    contact.radiusM = 0.03f;
    contact.dentM = 0.01f;
    contact.dentRadiusM = 0.075f;
    return contact;
}

/// How far `p` lies into the body from the undented skin.
float depthOf(const PictureContact& contact, const glm::vec2& p)
{
    return glm::dot(p - contact.contact, contact.inward);
}

TEST(SlicePicture, TheDentIsTheSkinPressedInUnderTheContact)
{
    const PictureContact contact = forearm();
    EXPECT_EQ(contact.at(0.02f, 0.01f), glm::vec2(0.11f, 0.22f)); // 1 cm in, 2 cm across
    const std::vector<glm::vec2> floor = dentFloor(contact);
    // From one edge of the dent to the other, none at the edges, the full depth under the contact.
    EXPECT_EQ(floor.front(), contact.at(-0.075f, 0.0f));
    EXPECT_EQ(floor.back(), contact.at(0.075f, 0.0f));
    for (const glm::vec2& p : floor) {
        const float across
            = std::abs(glm::dot(p - contact.contact, glm::vec2(-contact.inward.y, contact.inward.x)));
        const float depth = depthOf(contact, p);
        if (across <= 0.03f + 1e-6f)
            EXPECT_NEAR(depth, 0.01f, 1e-6f) << across;
        else
            EXPECT_NEAR(depth, 0.01f * float(technique::falloffWeight(double(across), 0.03, 0.075)), 1e-6f)
                << across;
    }
    // Each strip: the undented surface over two neighbouring floor points, a convex quadrilateral.
    const std::vector<std::vector<glm::vec2>> strips = dentStrips(contact);
    ASSERT_EQ(strips.size(), floor.size() - 1);
    for (std::size_t i = 0; i < strips.size(); ++i) {
        EXPECT_EQ(strips[i][3], floor[i]);
        EXPECT_EQ(strips[i][2], floor[i + 1]);
        EXPECT_NEAR(depthOf(contact, strips[i][0]), 0.0f, 1e-6f);
        EXPECT_NEAR(depthOf(contact, strips[i][1]), 0.0f, 1e-6f);
    }
}

TEST(SlicePicture, TheToolRestsInTheDentAndTheIsobarsStartUnderIt)
{
    const PictureContact contact = forearm();
    const std::vector<glm::vec2> pad = toolOutline(contact);
    float lowest = -1.0f, widest = 0.0f;
    for (const glm::vec2& p : pad) {
        lowest = std::max(lowest, depthOf(contact, p));
        widest = std::max(
            widest, std::abs(glm::dot(p - contact.contact, glm::vec2(-contact.inward.y, contact.inward.x))));
    }
    EXPECT_NEAR(lowest, 0.01f, 1e-5f); // on the dent's floor
    EXPECT_NEAR(widest, 0.03f, 1e-5f); // as wide as the contact
    // Half the surface pressure is reached 1.305 radii under the dent's floor, on the axis.
    const Segments half = isobarsInPicture(contact, 0);
    ASSERT_FALSE(half.empty());
    float onAxis = 0.0f;
    for (const auto& [from, to] : half)
        for (const glm::vec2& p : {from, to})
            if (std::abs(glm::dot(p - contact.contact, glm::vec2(-contact.inward.y, contact.inward.x)))
                < 0.004f)
                onAxis = std::max(onAxis, depthOf(contact, p));
    EXPECT_NEAR(onAxis, 0.01f + float(technique::axialDepthAtStressM(1.0, 0.03, 0.5)), 0.003f);
}

} // namespace
} // namespace lumbar::app
