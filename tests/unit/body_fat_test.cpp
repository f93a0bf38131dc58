// The body-fat control: the skin moves by the set amount, its deep side and the anatomy stay, and
// the depths under the skin follow.
#include "anatomy/body_fat.hpp"
#include "anatomy/section_plane.hpp"
#include "scene/model_import.hpp"
#include "technique/depth_profile.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lumbar {
namespace {

Model builtIn()
{
    return importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb");
}

/// The model with the subcutaneous layer `thicknessM` thick.
Model withFat(Model model, double thicknessM)
{
    for (MeshData& mesh : model.meshes)
        mesh.positions = positionsWithFat(mesh, thicknessM);
    return model;
}

struct UnderTheSkin {
    double fatM = 0.0; ///< from the skin to the fat's deep side
    double firstMuscleM = 0.0; ///< from the skin to the first structure under the fat
    std::size_t firstMuscle = 0;
};

/// Along `axis`, the fat's thickness and the depth of the first structure under it.
UnderTheSkin underTheSkin(const Model& model, const Ray& axis)
{
    const std::vector<technique::DepthBoundary> profile = technique::depthProfile(
        model, axis, 10.0, 10.0, 0.15, [&](std::size_t mesh) { return model.meshes[mesh].name != "table"; });
    UnderTheSkin found;
    bool fat = false;
    for (const technique::DepthBoundary& boundary : profile) {
        const std::string& name = model.meshes[boundary.mesh].name;
        if (name == "skin" && !boundary.entering && !fat) {
            found.fatM = boundary.depthM;
            fat = true;
        } else if (fat && boundary.entering && name != "thoracolumbar_fascia") {
            found.firstMuscleM = boundary.depthM;
            found.firstMuscle = boundary.mesh;
            return found;
        }
    }
    ADD_FAILURE() << "no skin and structure under it along the axis";
    return found;
}

TEST(BodyFat, OnlyTheSkinAndTheBodyCarryFatOffsets)
{
    const Model model = builtIn();
    ASSERT_TRUE(hasFatOffsets(model));
    for (const MeshData& mesh : model.meshes) {
        if (mesh.name == "skin" || mesh.name == "body")
            EXPECT_EQ(mesh.fatOffsets.size(), mesh.positions.size()) << mesh.name;
        else
            EXPECT_TRUE(mesh.fatOffsets.empty()) << mesh.name;
    }
    // At the model's own thickness nothing moves; the other structures never do.
    for (const MeshData& mesh : model.meshes)
        EXPECT_EQ(positionsWithFat(mesh, kModelFatThicknessM), mesh.positions) << mesh.name;
}

TEST(BodyFat, TheSkinMovesByTheSetAmountAndTheDepthsFollow)
{
    const Model model = builtIn();
    const float l3 = *levelHeight("L3", spinalLevels(model));
    // 5 cm right of the midline at L3, over the erector spinae, straight in along the skin's
    // normal there.
    const glm::vec3 above(0.05f, l3, 0.30f);
    MeshPicker picker(model);
    const auto skin = picker.pick(
        Ray{above, {0.0f, 0.0f, -1.0f}}, [&](std::size_t mesh) { return model.meshes[mesh].name == "skin"; });
    ASSERT_TRUE(skin);
    const glm::vec3 inward = -glm::normalize(skin->normal);
    const Ray axis{skin->point - inward * 0.10f, inward};

    const UnderTheSkin model15 = underTheSkin(model, axis);
    // The model's layer beside the spine: 15 mm.
    EXPECT_NEAR(model15.fatM, kModelFatThicknessM, 0.0015);
    for (const double thickness : {kLeanFatThicknessM, 0.025, kHighFatThicknessM}) {
        const UnderTheSkin set = underTheSkin(withFat(model, thickness), axis);
        const double factor = thickness / kModelFatThicknessM;
        // The layer scales by the set factor (within a millimetre: the skin moves along its
        // normal field, which turns a little between vertices): the skin moves by the difference...
        EXPECT_NEAR(set.fatM, model15.fatM * factor, 0.001) << thickness;
        // ...the structure under it stays, so its depth under the skin grows by as much.
        EXPECT_EQ(set.firstMuscle, model15.firstMuscle) << thickness;
        EXPECT_NEAR(set.firstMuscleM - model15.firstMuscleM, set.fatM - model15.fatM, 0.0005) << thickness;
    }
}

TEST(BodyFat, TheControlsRangeAndWords)
{
    const Model model = builtIn();
    const MeshData& skin = *model.find("skin");
    // Beyond the range, the range's ends.
    EXPECT_EQ(positionsWithFat(skin, 0.0), positionsWithFat(skin, kLeanFatThicknessM));
    EXPECT_EQ(positionsWithFat(skin, 1.0), positionsWithFat(skin, kHighFatThicknessM));
    EXPECT_STREQ(bodyFatWords(0.005), "thin");
    EXPECT_STREQ(bodyFatWords(0.015), "medium");
    EXPECT_STREQ(bodyFatWords(0.03), "thick");
    EXPECT_STREQ(bodyFatWords(0.045), "very thick");
}

} // namespace
} // namespace lumbar
