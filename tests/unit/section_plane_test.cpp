// The section view's plane (which side it removes) and the spine's levels it is placed by.
#include "anatomy/section_plane.hpp"
#include "scene/mesh_section.hpp"
#include "scene/model_import.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lumbar {
namespace {

/// True when `p` stays (is not removed) under `plane`.
bool kept(const glm::vec4& plane, const glm::vec3& p)
{
    return glm::dot(glm::vec3(plane), p) + plane.w >= 0.0f;
}

TEST(SectionPlane, OffRemovesNothing)
{
    SectionSetting section;
    section.positionM = 0.05f;
    EXPECT_EQ(sectionPlane(section), glm::vec4(0.0f));
}

TEST(SectionPlane, EachOrientationRemovesTheSideItIsLookedAtFrom)
{
    SectionSetting section;
    section.enabled = true;
    section.positionM = 0.05f;
    section.orientation = SectionOrientation::Transverse;
    EXPECT_EQ(sectionPlane(section), glm::vec4(0.0f, -1.0f, 0.0f, 0.05f));
    EXPECT_TRUE(kept(sectionPlane(section), {0.0f, 0.04f, 0.0f}));
    EXPECT_FALSE(kept(sectionPlane(section), {0.0f, 0.06f, 0.0f})); // superior goes
    section.orientation = SectionOrientation::Sagittal;
    EXPECT_EQ(sectionPlane(section), glm::vec4(1.0f, 0.0f, 0.0f, -0.05f));
    EXPECT_FALSE(kept(sectionPlane(section), {0.04f, 0.0f, 0.0f})); // towards the left goes
    section.orientation = SectionOrientation::Coronal;
    EXPECT_EQ(sectionPlane(section), glm::vec4(0.0f, 0.0f, -1.0f, 0.05f));
    EXPECT_FALSE(kept(sectionPlane(section), {0.0f, 0.0f, 0.06f})); // posterior goes
    section.flipped = true;
    EXPECT_EQ(sectionPlane(section), glm::vec4(0.0f, 0.0f, 1.0f, -0.05f));
    EXPECT_TRUE(kept(sectionPlane(section), {0.0f, 0.0f, 0.06f}));
}

TEST(SectionPlane, ThroughTheToolItRemovesWhatLiesAheadOfTheTool)
{
    SectionSetting section;
    section.enabled = true;
    section.orientation = SectionOrientation::ThroughTool;
    // The tool at (0.02, 0.1, 0.12) on skin facing +z, heading up and a little into the skin:
    // only the heading along the skin counts.
    section.tool = {{0.02f, 0.1f, 0.12f}, {0.0f, 0.0f, 1.0f}, {0.0f, 0.6f, -0.8f}};
    const glm::vec4 plane = sectionPlane(section);
    EXPECT_NEAR(glm::distance(glm::vec3(plane), glm::vec3(0.0f, -1.0f, 0.0f)), 0.0f, 1e-6f);
    EXPECT_NEAR(plane.w, 0.1f, 1e-6f);
    EXPECT_TRUE(kept(plane, {0.0f, 0.09f, 0.0f})); // behind the tool
    EXPECT_FALSE(kept(plane, {0.0f, 0.11f, 0.0f})); // ahead of it
    section.flipped = true;
    EXPECT_TRUE(kept(sectionPlane(section), {0.0f, 0.11f, 0.0f}));
    EXPECT_EQ(parseSectionOrientation("tool"), SectionOrientation::ThroughTool);
}

TEST(SectionPlane, OrientationsByName)
{
    EXPECT_EQ(parseSectionOrientation("Sagittal"), SectionOrientation::Sagittal);
    EXPECT_EQ(parseSectionOrientation("transverse"), SectionOrientation::Transverse);
    EXPECT_EQ(parseSectionOrientation("coronal"), SectionOrientation::Coronal);
    EXPECT_FALSE(parseSectionOrientation("axial"));
    EXPECT_EQ(sectionAxis(SectionOrientation::Coronal), 2);
}

TEST(SpinalLevels, VertebraeAtTheMiddleOfTheirBodiesDiscsAtTheirMiddle)
{
    Model model;
    // A vertebra: a body 30 mm tall (y 0 to 0.03, its front at z -0.02) and a spinous process
    // behind it reaching 15 mm lower, which must not pull the level down.
    MeshData l4 = test::makeBox("vertebra_l4", {0.0f, 0.015f, 0.0f}, {0.02f, 0.015f, 0.02f});
    const MeshData process = test::makeBox("", {0.0f, 0.0f, 0.05f}, {0.005f, 0.015f, 0.02f});
    l4.positions.insert(l4.positions.end(), process.positions.begin(), process.positions.end());
    model.meshes.push_back(l4);
    model.meshes.push_back(test::makeBox("disc_l3_l4", {0.0f, 0.035f, 0.0f}, {0.02f, 0.005f, 0.02f}));
    model.meshes.push_back(test::makeBox("vertebra_l3", {0.0f, 0.055f, 0.0f}, {0.02f, 0.015f, 0.02f}));
    model.meshes.push_back(test::makeBox("disc_", {0.0f, 0.5f, 0.0f}, glm::vec3(0.01f))); // no pair
    model.meshes.push_back(test::makeBox("kidney.right", {0.0f, 0.5f, 0.0f}, glm::vec3(0.01f)));
    const std::vector<SpinalLevel> levels = spinalLevels(model);
    ASSERT_EQ(levels.size(), 3u);
    EXPECT_EQ(levels[0].name, "L3");
    EXPECT_NEAR(levels[0].yM, 0.055f, 1e-6f);
    EXPECT_EQ(levels[1].name, "L3-L4");
    EXPECT_NEAR(levels[1].yM, 0.035f, 1e-6f);
    EXPECT_EQ(levels[2].name, "L4");
    EXPECT_NEAR(levels[2].yM, 0.015f, 1e-6f);

    EXPECT_EQ(describeHeight(0.0552f, levels), "L3");
    EXPECT_EQ(describeHeight(0.059f, levels), "L3 +4 mm");
    EXPECT_EQ(describeHeight(0.011f, levels), "L4 -4 mm");
    EXPECT_EQ(describeHeight(0.037f, levels), "L3-L4 +2 mm");
    EXPECT_EQ(describeHeight(0.012f, {}), "y 12 mm");
    EXPECT_NEAR(*levelHeight("l3-l4", levels), 0.035f, 1e-6f);
    SectionSetting section{true, SectionOrientation::Transverse, 0.059f, false, {}};
    EXPECT_EQ(describeSectionPosition(section, levels), "L3 +4 mm");
    section = {true, SectionOrientation::Sagittal, 0.012f, false, {}};
    EXPECT_EQ(describeSectionPosition(section, levels), "12 mm right");
    section.positionM = -0.0004f;
    EXPECT_EQ(describeSectionPosition(section, levels), "midline");
    section = {true, SectionOrientation::Coronal, -0.005f, false, {}};
    EXPECT_EQ(describeSectionPosition(section, levels), "5 mm anterior");
    EXPECT_FALSE(levelHeight("L9", levels));
}

TEST(SpinalLevels, TheBuiltInSpineRunsFromT11ToL5InOrder)
{
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    const std::vector<SpinalLevel> levels = spinalLevels(model);
    std::vector<std::string> names;
    for (const SpinalLevel& level : levels)
        names.push_back(level.name);
    EXPECT_EQ(names,
        (std::vector<std::string>{"T11", "T11-T12", "T12", "T12-L1", "L1", "L1-L2", "L2", "L2-L3", "L3",
            "L3-L4", "L4", "L4-L5", "L5", "L5-S1"}));
    // The frame's origin is the middle of S1's upper endplate: the L5-S1 disc lies just above it,
    // L3 about 10-12 cm higher (a lumbar segment, vertebra and disc, is 3.5-4 cm tall).
    EXPECT_GT(levels.back().yM, 0.0f);
    EXPECT_LT(levels.back().yM, 0.02f);
    const float l3 = *levelHeight("L3", levels);
    EXPECT_GT(l3, 0.09f);
    EXPECT_LT(l3, 0.13f);
}

TEST(VertebralBody, ReachesFromTheFrontToTheCanalNotToTheArchBehind)
{
    Model model;
    // A body 30 mm deep (z -0.015 to 0.015) and, 10 mm behind it across the canal, an arch 40 mm
    // deep that the line through the body's middle height also crosses.
    MeshData l4 = test::makeBox("vertebra_l4", {0.0f, 0.015f, 0.0f}, {0.02f, 0.015f, 0.015f});
    const MeshData arch = test::makeBox("", {0.0f, 0.005f, 0.045f}, {0.005f, 0.02f, 0.02f});
    appendMesh(l4, arch);
    model.meshes.push_back(l4);
    model.meshes.push_back(test::makeBox("disc_l3_l4", {0.0f, 0.035f, 0.0f}, {0.02f, 0.005f, 0.015f}));
    const std::optional<VertebralBodyDepth> body = vertebralBodyDepth(model, "l4");
    ASSERT_TRUE(body);
    EXPECT_NEAR(body->frontM, -0.015f, 1e-6f);
    EXPECT_NEAR(body->backM, 0.015f, 1e-6f);
    EXPECT_NEAR(body->middleM(), 0.0f, 1e-6f);
    EXPECT_FALSE(vertebralBodyDepth(model, "L3")); // a disc, no vertebra
}

TEST(VertebralBody, TheBuiltInBodiesAreAsDeepAsMeasured)
{
    // The bodies of T11-L5 are 25-40 mm deep front to back (standard texts; L5's the deepest).
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    for (const std::string level : {"T11", "T12", "L1", "L2", "L3", "L4", "L5"}) {
        const std::optional<VertebralBodyDepth> body = vertebralBodyDepth(model, level);
        ASSERT_TRUE(body) << level;
        EXPECT_GE(body->backM - body->frontM, 0.025f) << level;
        EXPECT_LE(body->backM - body->frontM, 0.040f) << level;
    }
    // L3's, along the midline at its middle height: 44.5 mm in front of S1's endplate to 12.4 mm.
    const std::optional<VertebralBodyDepth> l3 = vertebralBodyDepth(model, "L3");
    ASSERT_TRUE(l3);
    EXPECT_NEAR(l3->frontM, -0.0445f, 0.0005f);
    EXPECT_NEAR(l3->backM, -0.0124f, 0.0005f);
}

TEST(DirectionLetter, TheLargestComponentNamesTheDirectionSoOppositeEndsDiffer)
{
    EXPECT_STREQ(directionLetter({1.0f, 0.0f, 0.0f}), "R");
    EXPECT_STREQ(directionLetter({0.0f, -1.0f, 0.0f}), "I");
    EXPECT_STREQ(directionLetter({0.0f, 0.0f, -1.0f}), "A");
    // The skin's normal beside the spine on the left, tilted out of the back: posterior first
    // (x first would have named it L, the letter the slice's left side already has).
    const glm::vec3 up = glm::normalize(glm::vec3(-0.6f, 0.0f, 0.8f));
    const glm::vec3 right = glm::normalize(glm::vec3(0.8f, 0.0f, 0.6f));
    EXPECT_STREQ(directionLetter(up), "P");
    EXPECT_STREQ(directionLetter(-up), "A");
    EXPECT_STREQ(directionLetter(right), "R");
    EXPECT_STREQ(directionLetter(-right), "L");
}

TEST(SpinalLevels, TheBuiltInCrossSectionsAtL3L4LieInTheirMeasuredRanges)
{
    // Per side at the L3-L4 disc, on MRI (estimates from standard
    // texts): erector spinae (iliocostalis and longissimus) 15-25 cm2, multifidus 6-10,
    // quadratus lumborum 4-7, psoas 10-20.
    const Model model = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
    const float y = *levelHeight("L3-L4", spinalLevels(model));
    const auto areaCm2 = [&](const std::string& id) {
        const MeshData* mesh = model.find(id);
        EXPECT_NE(mesh, nullptr) << id;
        return mesh ? sliceMesh(*mesh, {0.0f, -1.0f, 0.0f, y}).areaM2() * 1e4f : 0.0f;
    };
    for (const std::string side : {".left", ".right"}) {
        const float erector
            = areaCm2("iliocostalis_lumborum" + side) + areaCm2("longissimus_thoracis" + side);
        EXPECT_GE(erector, 15.0f) << side;
        EXPECT_LE(erector, 25.0f) << side;
        EXPECT_GE(areaCm2("multifidus" + side), 6.0f) << side;
        EXPECT_LE(areaCm2("multifidus" + side), 10.0f) << side;
        EXPECT_GE(areaCm2("quadratus_lumborum" + side), 4.0f) << side;
        EXPECT_LE(areaCm2("quadratus_lumborum" + side), 7.0f) << side;
        EXPECT_GE(areaCm2("psoas_major" + side), 10.0f) << side;
        EXPECT_LE(areaCm2("psoas_major" + side), 20.0f) << side;
    }
}

} // namespace
} // namespace lumbar
