// Surface queries: closest points against brute force, the posterior surface, anchors and landmarks.
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "technique/anatomy_surface.hpp"

#include <gtest/gtest.h>

#include <random>

namespace lumbar::technique {
namespace {

/// Moves the vertex of `mesh` with the largest `axis` coordinate further out by `by` metres.
glm::vec3 raiseExtremeVertex(MeshData& mesh, int axis, float sign, float by)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < mesh.positions.size(); ++i)
        if (sign * mesh.positions[i][axis] > sign * mesh.positions[best][axis])
            best = i;
    mesh.positions[best][axis] += sign * by;
    return mesh.positions[best];
}

TEST(SurfaceIndex, ClosestPointMatchesBruteForce)
{
    const MeshData sphere = test::makeIcosphere("s", glm::vec3(0.01f, 0.02f, -0.03f), 0.05f, 4);
    const SurfaceIndex index(sphere);
    std::mt19937 random(7);
    std::uniform_real_distribution<float> coordinate(-0.12f, 0.12f);
    for (int i = 0; i < 200; ++i) {
        const glm::vec3 query(coordinate(random), coordinate(random), coordinate(random));
        float brute = 1e30f;
        for (std::size_t t = 0; t < sphere.triangleCount(); ++t)
            brute = std::min(brute,
                closestPointOnTriangle(query, sphere.positions[sphere.indices[3 * t]],
                    sphere.positions[sphere.indices[3 * t + 1]], sphere.positions[sphere.indices[3 * t + 2]])
                    .distance);
        const std::optional<MeshPoint> hit = index.closest(query);
        ASSERT_TRUE(hit.has_value());
        EXPECT_FLOAT_EQ(hit->distance, brute) << "query " << i;
        // The faceted sphere lies within 0.1 mm of the true one at this subdivision.
        EXPECT_NEAR(glm::length(hit->position - glm::vec3(0.01f, 0.02f, -0.03f)), 0.05f, 1e-4f);
    }
}

TEST(SurfaceIndex, TopmostIsThePosteriorFace)
{
    const MeshData box = test::makeBox("b", glm::vec3(0.0f), glm::vec3(0.05f, 0.1f, 0.02f));
    const SurfaceIndex index(box);
    const std::optional<MeshPoint> top = index.topmost(0.01f, -0.03f);
    ASSERT_TRUE(top.has_value());
    EXPECT_FLOAT_EQ(top->position.z, 0.02f);
    EXPECT_FLOAT_EQ(top->position.x, 0.01f);
    EXPECT_FLOAT_EQ(top->position.y, -0.03f);
    EXPECT_FALSE(index.topmost(0.06f, 0.0f).has_value());
}

TEST(SurfaceIndex, OutermostAlongXIsTheSideFace)
{
    const MeshData box = test::makeBox("b", glm::vec3(0.0f), glm::vec3(0.05f, 0.1f, 0.02f));
    const SurfaceIndex index(box);
    const std::optional<MeshPoint> right = index.outermost(ColumnAxis::X, -0.03f, 0.01f, true);
    const std::optional<MeshPoint> left = index.outermost(ColumnAxis::X, -0.03f, 0.01f, false);
    ASSERT_TRUE(right.has_value());
    ASSERT_TRUE(left.has_value());
    EXPECT_FLOAT_EQ(right->position.x, 0.05f);
    EXPECT_FLOAT_EQ(left->position.x, -0.05f);
    EXPECT_NEAR(right->position.y, -0.03f, 1e-6f);
    EXPECT_NEAR(right->position.z, 0.01f, 1e-6f);
    EXPECT_FALSE(index.outermost(ColumnAxis::X, 0.0f, 0.03f, true).has_value());
}

TEST(AnatomySurface, ALateralApproachFindsTheOuterSideOfEachSide)
{
    Model model;
    model.meshes.push_back(test::makeBox(
        "quadratus_lumborum.left", glm::vec3(-0.06f, 0.0f, 0.0f), glm::vec3(0.02f, 0.05f, 0.015f)));
    model.meshes.push_back(test::makeBox(
        "quadratus_lumborum.right", glm::vec3(0.06f, 0.0f, 0.0f), glm::vec3(0.02f, 0.05f, 0.015f)));
    const AnatomySurface surface(model);

    const std::optional<SurfacePoint> left = surface.lateralPoint("quadratus_lumborum.left", 0.01f, 0.005f);
    ASSERT_TRUE(left.has_value());
    EXPECT_FLOAT_EQ(left->position.x, -0.08f);
    EXPECT_LT(left->normal.x, -0.7f); // the box's corner normals are averaged, so not exactly -1
    const std::optional<SurfacePoint> right = surface.lateralPoint("quadratus_lumborum.right", 0.01f, 0.005f);
    ASSERT_TRUE(right.has_value());
    EXPECT_FLOAT_EQ(right->position.x, 0.08f);
    EXPECT_GT(right->normal.x, 0.7f);

    // Anchors from the side: u inferior to superior, v posterior (0) to anterior (1).
    const Anchor anchor{"quadratus_lumborum.left", 0.75, 0.25, ""};
    const std::optional<glm::vec3> side = surface.anchorPoint(anchor, Approach::Lateral);
    ASSERT_TRUE(side.has_value());
    EXPECT_NEAR(side->x, -0.08f, 1e-6f);
    EXPECT_NEAR(side->y, 0.025f, 1e-6f);
    EXPECT_NEAR(side->z, 0.0075f, 1e-6f);
    const std::optional<glm::vec3> back = surface.anchorPoint(anchor, Approach::Posterior);
    ASSERT_TRUE(back.has_value());
    EXPECT_NEAR(back->z, 0.015f, 1e-6f);
}

TEST(AnatomySurface, FindsStructuresAndInterpolatesNormalsAndFibres)
{
    Model model;
    model.meshes.push_back(test::makeIcosphere("multifidus.left", glm::vec3(-0.05f, 0.0f, 0.0f), 0.05f, 3));
    test::setFibres(model.meshes[0], glm::vec3(0, 1, 0));
    const AnatomySurface surface(model);
    EXPECT_EQ(surface.structureMesh("multifidus.left"), &model.meshes[0]);
    EXPECT_EQ(surface.structureMesh("multifidus.right"), nullptr);
    EXPECT_FALSE(surface.closestPoint("multifidus.right", glm::vec3(0.0f)).has_value());

    const std::optional<SurfacePoint> back = surface.posteriorPoint("multifidus.left", -0.05f, 0.0f);
    ASSERT_TRUE(back.has_value());
    EXPECT_NEAR(back->position.z, 0.05f, 1e-4f);
    EXPECT_NEAR(back->normal.z, 1.0f, 1e-3f);
    // Vertical fibres at the back of the sphere stay vertical in the tangent plane.
    EXPECT_NEAR(back->fibreDirection.y, 1.0f, 1e-3f);
    EXPECT_NEAR(glm::dot(back->fibreDirection, back->normal), 0.0f, 1e-5f);

    const std::optional<SurfacePoint> side
        = surface.closestPoint("multifidus.left", glm::vec3(0.1f, 0.0f, 0.0f));
    ASSERT_TRUE(side.has_value());
    EXPECT_NEAR(side->position.x, 0.0f, 1e-4f);
    EXPECT_NEAR(side->normal.x, 1.0f, 1e-2f);
    EXPECT_NEAR(side->distance, 0.1f, 1e-4f);
}

/// Boxes for the two quadratus lumborum muscles either side of the midline and a skin across it.
Model quadratusAndSkin()
{
    Model model;
    model.meshes.push_back(test::makeBox(
        "quadratus_lumborum.left", glm::vec3(-0.06f, 0.0f, 0.0f), glm::vec3(0.04f, 0.08f, 0.02f)));
    model.meshes.push_back(test::makeBox(
        "quadratus_lumborum.right", glm::vec3(0.06f, 0.0f, 0.0f), glm::vec3(0.04f, 0.08f, 0.02f)));
    model.meshes.push_back(test::makeBox("skin", glm::vec3(0.0f), glm::vec3(0.2f, 0.2f, 0.05f)));
    return model;
}

TEST(AnatomySurface, AnchorsSpanTheStructureMedialToLateral)
{
    const Model model = quadratusAndSkin();
    const AnatomySurface surface(model);
    auto at = [&](const std::string& id, double u, double v) { return *surface.anchorPoint({id, u, v, ""}); };
    // Left: medial is the larger X (closer to the midline).
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.left", 0.0, 0.0).x, -0.02f);
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.left", 0.0, 1.0).x, -0.10f);
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.right", 0.0, 0.25).x, 0.04f);
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.right", 0.25, 0.25).y, -0.04f);
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.right", 1.0, 0.25).y, 0.08f);
    EXPECT_FLOAT_EQ(at("quadratus_lumborum.right", 0.5, 0.5).z, 0.02f); // the posterior face
    // A midline structure runs from the patient's left edge (v 0) to the right edge (v 1).
    EXPECT_FLOAT_EQ(at("skin", 0.5, 0.0).x, -0.2f);
    EXPECT_FLOAT_EQ(at("skin", 0.5, 0.75).x, 0.1f);
    EXPECT_FALSE(surface.anchorPoint({"kidney.left", 0.5, 0.5, ""}).has_value());
}

TEST(AnatomySurface, AnchorAtInvertsAnchorPointFromBehindAndFromTheSide)
{
    const Model model = quadratusAndSkin();
    const AnatomySurface surface(model);
    for (const char* id : {"quadratus_lumborum.left", "quadratus_lumborum.right", "skin"})
        for (const Approach approach : {Approach::Posterior, Approach::Lateral}) {
            const Anchor anchor{id, 0.3, 0.7, ""};
            const glm::vec3 point = *surface.anchorPoint(anchor, approach);
            const std::optional<Anchor> back = surface.anchorAt(id, point, approach);
            ASSERT_TRUE(back.has_value());
            EXPECT_EQ(back->structure, id);
            EXPECT_DOUBLE_EQ(back->u, 0.3) << id;
            EXPECT_DOUBLE_EQ(back->v, 0.7) << id;
            EXPECT_TRUE(back->landmark.empty());
        }
    // Outside the structure's extent the fractions clamp to its edge.
    const Anchor outside = *surface.anchorAt("quadratus_lumborum.right", glm::vec3(0.5f, -1.0f, 0.0f));
    EXPECT_DOUBLE_EQ(outside.u, 0.0);
    EXPECT_DOUBLE_EQ(outside.v, 1.0);
    EXPECT_FALSE(surface.anchorAt("kidney.left", glm::vec3(0.0f)).has_value());
}

TEST(AnatomySurface, LandmarksComeFromTheBoneMeshes)
{
    Model model;
    MeshData l3 = test::makeBox("vertebra_l3", glm::vec3(0.0f, 0.0f, 0.0f), glm::vec3(0.02f, 0.015f, 0.015f));
    const glm::vec3 spinous = raiseExtremeVertex(l3, 2, 1.0f, 0.03f);
    MeshData hip
        = test::makeBox("hip_bone.left", glm::vec3(-0.1f, -0.1f, 0.0f), glm::vec3(0.05f, 0.08f, 0.03f));
    const glm::vec3 crest = raiseExtremeVertex(hip, 1, 1.0f, 0.02f);
    MeshData rib
        = test::makeBox("rib_12.right", glm::vec3(0.08f, 0.1f, 0.0f), glm::vec3(0.03f, 0.005f, 0.005f));
    const glm::vec3 tip = raiseExtremeVertex(rib, 0, 1.0f, 0.01f);
    model.meshes = {l3, hip, rib};
    const AnatomySurface surface(model);
    EXPECT_EQ(*surface.landmark("spinous_process.l3"), spinous);
    EXPECT_EQ(*surface.landmark("iliac_crest.left"), crest);
    EXPECT_EQ(*surface.landmark("rib_12_tip.right"), tip);
    // The PSIS is the most posterior vertex of the upper half: the raised crest vertex is also the
    // first posterior one of the upper half in the box's vertex order.
    const glm::vec3 psis = *surface.landmark("psis.left");
    EXPECT_FLOAT_EQ(psis.z, 0.03f);
    EXPECT_GE(psis.y, -0.1f);
    EXPECT_FALSE(surface.landmark("spinous_process.l4").has_value());
    EXPECT_FALSE(surface.landmark("psis.middle").has_value());
    const Anchor landmark{"", 0.0, 0.0, "spinous_process.l3"};
    EXPECT_EQ(*surface.anchorPoint(landmark), spinous);
}

} // namespace
} // namespace lumbar::technique
