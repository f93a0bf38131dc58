// Superficial structures cover deep ones and nothing pokes through anything else: every
// vertex lies inside the skin's cavity, and no vertex of a structure lies inside a structure
// it was carved away from.
#include "body_envelope.hpp"
#include "client_body.hpp"
#include "layered_sheet.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace lumbar::test {

namespace {

/// Ids of the structures a ray from far outside meets, in the order met; consecutive hits on
/// one structure count once. `swizzle` maps a model point to (u, v, depth): the ray runs along
/// the line (u, v) from large depth to small.
template <typename Swizzle>
std::vector<std::string> structuresMet(const ShippedModel& g, float u, float v, Swizzle swizzle)
{
    // Barycentric tolerance: a ray through an edge or vertex shared by two faces (likely on
    // the symmetry plane x = 0) must hit at least one of them, never slip between.
    constexpr double kEdgeTolerance = 1e-9;
    std::vector<std::pair<double, std::string>> hits; // (depth, id)
    for (const auto& m : g.meshes) {
        const Mesh& mesh = m.mesh;
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            const glm::dvec3 a = swizzle(mesh.positions[mesh.indices[t]]);
            const glm::dvec3 b = swizzle(mesh.positions[mesh.indices[t + 1]]);
            const glm::dvec3 c = swizzle(mesh.positions[mesh.indices[t + 2]]);
            if (const std::optional<double> depth = zCrossing(a, b, c, u, v, kEdgeTolerance))
                hits.push_back({*depth, m.name});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    std::vector<std::string> met;
    for (const auto& [depth, id] : hits)
        if (met.empty() || met.back() != id)
            met.push_back(id);
    return met;
}

/// A ray from far behind the body travelling forwards (-Z) along the line (x, y).
std::vector<std::string> structuresMetFromBehind(const ShippedModel& g, float x, float y)
{
    return structuresMet(g, x, y, [](const glm::vec3& p) { return glm::dvec3(p); });
}

/// A ray from far out on the patient's right travelling towards the left (-X) along (y, z).
std::vector<std::string> structuresMetFromTheRight(const ShippedModel& g, float y, float z)
{
    return structuresMet(g, y, z, [](const glm::vec3& p) { return glm::dvec3(p.y, p.z, p.x); });
}

/// Euler characteristic V - E + F of an indexed triangle mesh: 2 - 2 * genus when closed.
long eulerCharacteristic(const Mesh& mesh)
{
    std::set<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::set<std::uint32_t> vertices;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = mesh.indices[t + std::size_t(k)];
            const std::uint32_t b = mesh.indices[t + std::size_t((k + 1) % 3)];
            edges.insert({std::min(a, b), std::max(a, b)});
            vertices.insert(a);
        }
    }
    return long(vertices.size()) - long(edges.size()) + long(mesh.indices.size() / 3);
}

} // namespace

TEST(Layering, EverythingLiesUnderTheSkin)
{
    // The client's skin is the skin inside the dissection window and the body around it.
    const auto& g = shippedModel();
    Mesh skinAndBody = g.mesh("skin");
    const Mesh& body = g.mesh("body");
    const auto offset = std::uint32_t(skinAndBody.positions.size());
    skinAndBody.positions.insert(skinAndBody.positions.end(), body.positions.begin(), body.positions.end());
    for (const std::uint32_t index : body.indices)
        skinAndBody.indices.push_back(index + offset);
    const InsideTester skin(skinAndBody);
    const BodyEnvelope envelope;
    for (const auto& m : g.meshes) {
        if (m.name == "skin" || m.name == "body" || m.name == "table")
            continue;
        std::size_t outside = 0;
        for (const auto& p : m.mesh.positions) {
            // In the cavity: a ray backwards crosses the skin shell's inner and outer surfaces
            // (an even, non-zero count); inside the shell itself the count is odd.
            // A ray along the dissection window's top or bottom cut can run inside the 1 mm gap
            // between the skin and the body: rays 2 mm above and below decide there.
            const auto outsideAt = [&](const glm::vec3& q) {
                const int n = skin.crossingsAbove(q);
                return n == 0 || (n & 1);
            };
            // Under the slit left over the natal cleft nothing covers it: there it must lie inside
            // the skin's deep side.
            const bool underTheSlit = std::abs(p.x) < window::kCleftSlitHalfWidthM + 0.003f
                && p.y < window::kCleftSlitTopM + 0.003f && envelope.inner(p) < 0.0f;
            // In front of the dissection's floor the body is solid: nothing runs on into it (the
            // external oblique, wrapping round the flank under the fat, is cut by the floor), or a
            // section would show it through the body's cut face.
            if (outsideAt(p) && outsideAt(p + glm::vec3(0.0f, 0.002f, 0.0f))
                && outsideAt(p - glm::vec3(0.0f, 0.002f, 0.0f)) && !underTheSlit)
                ++outside;
        }
        EXPECT_EQ(outside, 0u) << m.name << ": vertices outside the skin's cavity";
    }
}

TEST(Layering, CarvedNeighboursDoNotInterpenetrate)
{
    const auto& g = shippedModel();
    const auto defs = allStructureDefs(g.landmarks);
    std::size_t pairs = 0;
    for (const auto& def : defs) {
        for (const auto& avoid : def.avoid) {
            const InsideTester other(g.mesh(avoid.id));
            const Mesh& mine = g.mesh(def.id);
            std::size_t inside = 0;
            for (const auto& p : mine.positions)
                inside += other.inside(p);
            // Carving leaves a 0.4-1.5 mm gap; smoothing and decimation move vertices by less.
            EXPECT_EQ(inside, 0u) << def.id << " has vertices inside " << avoid.id;
            ++pairs;
        }
    }
    EXPECT_GT(pairs, 100u); // the check really covers the model's neighbourhoods
}

TEST(Layering, FasciaPassesOverTheLumbarSpinousTips)
{
    // The spinous tips attach to the fascia's deep surface through the supraspinous ligament;
    // they must not pierce it. From behind, straight at each tip: skin, then the fascia, and
    // only then bone.
    const auto& g = shippedModel();
    for (const char* level : {"l1", "l2", "l3", "l4", "l5"}) {
        const std::string vertebra = std::string("vertebra_") + level;
        const auto& positions = g.mesh(vertebra).positions;
        const glm::vec3 tip = *std::max_element(positions.begin(), positions.end(),
            [](const glm::vec3& l, const glm::vec3& r) { return l.z < r.z; });
        const auto met = structuresMetFromBehind(g, 0.0f, tip.y);
        ASSERT_GE(met.size(), 3u) << level;
        EXPECT_EQ(met[0], "skin") << level;
        EXPECT_EQ(met[1], "thoracolumbar_fascia") << level << ": met " << met[1] << " under the skin";
        const auto fascia = std::find(met.begin(), met.end(), "thoracolumbar_fascia");
        const auto bone = std::find_if(
            met.begin(), met.end(), [](const std::string& id) { return id.rfind("vertebra_", 0) == 0; });
        EXPECT_LT(fascia, bone) << level << ": a spinous process pierces the fascia";
    }
}

TEST(Layering, NothingPiercesTheFasciaFromBelow)
{
    // Wherever the fascial diamond lies, the first thing under the skin is the fascia: no bone
    // or muscle pokes through it. Sampled every 4 mm, 3 mm inside the outline, which is more
    // than the gap its neighbours are carved with.
    constexpr float kStepM = 0.004f;
    constexpr float kInsetM = 0.003f;
    const auto& g = shippedModel();
    const std::vector<glm::vec2> diamond = thoracolumbarDiamond();
    std::size_t samples = 0;
    for (float y = -0.08f; y < 0.24f; y += kStepM) {
        for (float x = -0.10f; x < 0.10f; x += kStepM) {
            if (sdf::polygon(diamond, {x, y}) > -kInsetM)
                continue;
            const auto met = structuresMetFromBehind(g, x, y);
            ++samples;
            ASSERT_GE(met.size(), 2u) << x << ", " << y;
            EXPECT_EQ(met[1], "thoracolumbar_fascia")
                << "at x = " << x << ", y = " << y << " " << met[1] << " pierces the fascia";
        }
    }
    EXPECT_GT(samples, 1000u);
}

TEST(Layering, TheFlankIsClosedByMuscleBetweenRibsAndCrest)
{
    // Seen from the side between the iliac crest and the model's top, the first thing under
    // the skin is the wall of the flank, external oblique or latissimus dorsi over it: never a
    // rib, the kidney or a deep muscle showing through a gap. Sampled every 5 mm over the flank
    // (the trunk's centre is about z = -0.04; the crest's highest point y = 0.052), from the
    // dissection's floor, which ends the modelled anatomy in front, to z = 0.
    constexpr float kStepM = 0.005f;
    const auto& g = shippedModel();
    std::size_t samples = 0;
    for (float y = 0.075f; y < 0.285f; y += kStepM) {
        for (float z = window::kFloorZ + kStepM; z < 0.0f; z += kStepM) {
            const auto met = structuresMetFromTheRight(g, y, z);
            ++samples;
            ASSERT_GE(met.size(), 2u) << "y = " << y << ", z = " << z;
            // The skin in the window, or the body beyond it (with the arm lying beside the flank).
            EXPECT_TRUE(met[0] == "skin" || met[0] == "body") << "y = " << y << ", z = " << z;
            EXPECT_TRUE(met[1] == "external_oblique.right" || met[1] == "latissimus_dorsi.right")
                << "at y = " << y << ", z = " << z << " the flank shows " << met[1] << " under the skin";
        }
    }
    EXPECT_GT(samples, 750u);
}

TEST(Layering, SheetsAndTheSkinHaveNoHoles)
{
    // Whatever pokes through a sheet is carved out of it as a hole, which turns the closed mesh
    // into one with a handle: the Euler characteristic drops by 2. The skin is the thick plate
    // of skin and fat filling the dissection window, and the superficial sheets and the gluteal
    // cushions are solid too (all genus 0).
    // The fascia is left out: its decimated mesh keeps a few small tunnels that the ray tests
    // above do not see.
    const auto& g = shippedModel();
    EXPECT_EQ(eulerCharacteristic(g.mesh("skin")), 2);
    for (const char* id : {"latissimus_dorsi", "serratus_posterior_inferior", "gluteus_maximus",
             "gluteus_medius", "external_oblique"})
        for (const char* side : {".left", ".right"}) {
            const std::string name = std::string(id) + side;
            EXPECT_EQ(eulerCharacteristic(g.mesh(name)), 2) << name << " has a hole";
        }
}

} // namespace lumbar::test
