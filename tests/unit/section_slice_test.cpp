// The section's 2D slice: picture directions, regions, painting with holes, hit-testing.
#include "anatomy/section_slice.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar {
namespace {

TEST(SectionSlice, ATransverseSliceIsSeenFromTheFeetAnteriorUp)
{
    // Radiological convention: the patient's right (+x) on the picture's left, anterior (-z) up.
    SectionSetting section;
    section.orientation = SectionOrientation::Transverse;
    const SliceAxes axes = sliceAxes(section);
    EXPECT_EQ(axes.right, glm::vec3(-1.0f, 0.0f, 0.0f));
    EXPECT_EQ(axes.up, glm::vec3(0.0f, 0.0f, -1.0f));
    section.orientation = SectionOrientation::Sagittal;
    EXPECT_EQ(sliceAxes(section).right, glm::vec3(0.0f, 0.0f, 1.0f));
    section.orientation = SectionOrientation::Coronal;
    EXPECT_EQ(sliceAxes(section).up, glm::vec3(0.0f, 1.0f, 0.0f));
}

TEST(SectionSlice, AToolSliceIsSeenFromAheadOfTheToolSkinUp)
{
    // A stroke heading up the back (+y) on skin facing posterior (+z): seen from above the
    // head looking down the stroke, the skin is up and the patient's left (-x) on the right.
    SectionSetting section;
    section.orientation = SectionOrientation::ThroughTool;
    section.tool = {{0.02f, 0.1f, 0.12f}, {0.0f, 0.0f, 1.0f}, {0.0f, 1.0f, 0.0f}};
    const SliceAxes axes = sliceAxes(section);
    EXPECT_NEAR(glm::distance(axes.up, glm::vec3(0.0f, 0.0f, 1.0f)), 0.0f, 1e-6f);
    EXPECT_NEAR(glm::distance(axes.right, glm::vec3(-1.0f, 0.0f, 0.0f)), 0.0f, 1e-6f);
}

TEST(SectionSlice, RegionsArePaintedWithTheirHolesLeftEmpty)
{
    Model model;
    // A box 4 cm wide (x) and 2 cm deep (z) on the patient's right, and a ring (a torus round
    // the vertical axis) on the left; a third mesh is left out.
    model.meshes.push_back(test::makeBox("box", {0.05f, 0.0f, 0.0f}, {0.02f, 0.05f, 0.01f}));
    model.meshes.push_back(test::makeTorus("ring", {-0.05f, 0.0f, 0.0f}, 0.02f, 0.008f, 64, 32));
    model.meshes.push_back(test::makeBox("left out", {0.0f, 0.0f, 0.0f}, glm::vec3(0.01f)));
    const SectionSetting section{true, SectionOrientation::Transverse, 0.0f, false, {}};
    const Slice slice = sliceModel(model, section, [](std::size_t mesh) { return mesh < 2; });
    ASSERT_EQ(slice.regions.size(), 2u);
    EXPECT_EQ(slice.regions[0].mesh, 0u);
    EXPECT_NEAR(slice.regions[0].areaM2, 0.04f * 0.02f, 1e-7f);
    // The box lies at picture x -0.07..-0.03 (right on the left), y -0.01..0.01.
    EXPECT_NEAR(slice.min.x, -0.07f, 1e-6f);
    EXPECT_NEAR(slice.regions[0].labelAt.x, -0.05f, 1e-6f);
    EXPECT_NEAR(slice.regions[0].labelAt.y, 0.0f, 1e-6f);

    // 1 mm pixels from (-0.08, 0.04): the box covers exactly 40 x 20 pixels.
    const Image image = paintSlice(
        slice, {glm::vec3(1.0f, 0.0f, 0.0f), glm::vec3(0.0f, 0.0f, 1.0f)}, 160, 80, {-0.08f, 0.04f}, 0.001f);
    int red = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            red += image.pixel(x, y)[0] == 255 && image.pixel(x, y)[3] == 255;
    EXPECT_EQ(red, 40 * 20);
    // The ring's centre (picture (0.05, 0)) is its hole: transparent; its tube is blue.
    EXPECT_EQ(image.pixel(130, 40)[3], 0);
    EXPECT_EQ(image.pixel(150, 40)[2], 255);
    EXPECT_EQ(regionAt(slice, {0.05f, 0.0f}), std::nullopt);
    EXPECT_EQ(regionAt(slice, {0.07f, 0.0f}), std::optional<std::size_t>(1));
    EXPECT_EQ(regionAt(slice, {-0.05f, 0.0f}), std::optional<std::size_t>(0));
}

TEST(SectionSlice, NothingWhenTheSectionIsOff)
{
    Model model;
    model.meshes.push_back(test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.01f)));
    EXPECT_TRUE(sliceModel(model, SectionSetting{}, {}).regions.empty());
}

} // namespace
} // namespace lumbar
