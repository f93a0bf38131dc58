// Every structure in the shipped glb is a closed, manifold, outward-wound mesh with smooth
// unit normals and unit tangents, and the whole model stays within the triangle budget.
#include "model_fixture.hpp"
#include "structure.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {

TEST(MeshQuality, EveryStructureIsClosedManifoldAndOutward)
{
    for (const auto& m : shippedModel().meshes) {
        SCOPED_TRACE(m.name);
        const TopologyReport r = checkTopology(m.mesh);
        EXPECT_EQ(r.boundaryEdges, 0u);
        EXPECT_EQ(r.nonManifoldEdges, 0u);
        EXPECT_EQ(r.inconsistentEdges, 0u);
        EXPECT_EQ(r.nonManifoldVertices, 0u);
        EXPECT_EQ(r.degenerateTriangles, 0u);
        EXPECT_GT(signedVolume(m.mesh), 0.0) << "triangles wind inwards";
    }
}

TEST(MeshQuality, NormalsAreUnitAndAgreeWithTheFaces)
{
    for (const auto& m : shippedModel().meshes) {
        SCOPED_TRACE(m.name);
        const Mesh& mesh = m.mesh;
        ASSERT_EQ(mesh.normals.size(), mesh.positions.size());
        for (const auto& n : mesh.normals)
            ASSERT_NEAR(glm::length(n), 1.0f, 1e-4f);
        // Smooth vertex normals point the same way as the faces they belong to (outward).
        std::size_t disagreeing = 0;
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                            c = mesh.positions[mesh.indices[t + 2]];
            const glm::vec3 face = glm::cross(b - a, c - a);
            for (int k = 0; k < 3; ++k)
                if (glm::dot(face, mesh.normals[mesh.indices[t + std::size_t(k)]]) < 0)
                    ++disagreeing;
        }
        // Vertices on sharp creases (where carving cuts a muscle against bone at a right
        // angle, or the rim of a thin sheet) may have a face beyond 90 degrees: allow 3%.
        EXPECT_LT(double(disagreeing), 0.03 * double(mesh.indices.size()));
    }
}

TEST(MeshQuality, TangentsAreUnitSurfaceDirections)
{
    for (const auto& m : shippedModel().meshes) {
        SCOPED_TRACE(m.name);
        const Mesh& mesh = m.mesh;
        ASSERT_EQ(mesh.tangents.size(), mesh.positions.size());
        for (std::size_t i = 0; i < mesh.tangents.size(); ++i) {
            const glm::vec4 t = mesh.tangents[i];
            ASSERT_NEAR(glm::length(glm::vec3(t)), 1.0f, 1e-4f) << "vertex " << i;
            ASSERT_EQ(t.w, 1.0f);
            ASSERT_NEAR(glm::dot(glm::vec3(t), mesh.normals[i]), 0.0f, 1e-3f)
                << "tangent leaves the surface at vertex " << i;
        }
    }
}

namespace {
/// Mean |tangent . direction| over a structure's vertices.
double meanAlignment(const Mesh& mesh, glm::vec3 direction)
{
    direction = glm::normalize(direction);
    double sum = 0;
    for (const auto& t : mesh.tangents)
        sum += std::abs(glm::dot(glm::vec3(t), direction));
    return sum / double(mesh.tangents.size());
}
} // namespace

TEST(MeshQuality, MuscleTangentsFollowTheFibres)
{
    // Thresholds: a random surface direction averages |cos| = 0.5 (sheets) to 0.64; the fibres
    // of these muscles are nearly vertical or run up-and-out, so real alignment sits well above.
    const auto& g = shippedModel();
    for (const char* side : {".left", ".right"}) {
        const std::string s = side;
        const float out = s == ".right" ? 1.0f : -1.0f;
        EXPECT_GT(meanAlignment(g.mesh("longissimus_thoracis" + s), {0, 1, 0}), 0.80) << s;
        EXPECT_GT(meanAlignment(g.mesh("iliocostalis_lumborum" + s), {0, 1, 0}), 0.75) << s;
        EXPECT_GT(meanAlignment(g.mesh("latissimus_dorsi" + s), {0.45f * out, 0.9f, 0}), 0.80) << s;
        EXPECT_GT(meanAlignment(g.mesh("gluteus_maximus" + s), {0.72f * out, -0.68f, 0}), 0.75) << s;
        EXPECT_GT(meanAlignment(g.mesh("psoas_major" + s), {0, 1, 0}), 0.70) << s;
    }
}

TEST(MeshQuality, WholeModelFitsTheTriangleBudget)
{
    // Software rendering must stay interactive: at most 150k triangles (brief), and no
    // structure so coarse that it loses its shape.
    std::size_t total = 0;
    for (const auto& m : shippedModel().meshes) {
        total += m.mesh.triangleCount();
        EXPECT_GE(m.mesh.triangleCount(), 200u) << m.name;
    }
    EXPECT_LE(total, 150000u);
}

} // namespace lumbar::test
