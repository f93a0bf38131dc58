// The client on the table against the surveys the body is built from (client_body.hpp): trunk
// girths, the length head to heel, the table under the body, the dissection window that opens
// the skin over the lower back and nowhere else, and what makes the figure a person rather than a
// mannequin: hair on the scalp, feet with heels and toes, hands with thumbs.
#include "client_body.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace lumbar::test {
namespace {

/// Girth of the lower trunk at height y as a tape measures it: the perimeter of the convex hull
/// of the outer surface's section (the tape bridges the midline furrow), from 720 rays.
double girthAt(const BodyEnvelope& envelope, float y)
{
    std::vector<glm::dvec2> points;
    const float centreZ = envelope.centreZ(y);
    for (int i = 0; i < 720; ++i) {
        const double angle = 2.0 * M_PI * i / 720.0;
        const glm::vec2 direction(float(std::sin(angle)), float(std::cos(angle)));
        float inside = 0.0f, outside = 0.5f; // bisection on the distance along the ray
        for (int step = 0; step < 40; ++step) {
            const float mid = 0.5f * (inside + outside);
            const glm::vec3 p(direction.x * mid, y, centreZ + direction.y * mid);
            (envelope.outer(p) < 0.0f ? inside : outside) = mid;
        }
        points.push_back({direction.x * inside, direction.y * inside});
    }
    const double perimeter = convexHullPerimeter(points);
    return perimeter;
}

/// The first mesh a ray from high above (travelling -Z) meets at (x, y), or "" when none.
std::string firstFromAbove(
    const ShippedModel& g, float x, float y, std::initializer_list<std::string_view> peeled = {})
{
    std::string first;
    float highest = -1e9f;
    for (const auto& m : g.meshes) {
        if (std::find(peeled.begin(), peeled.end(), m.name) != peeled.end())
            continue;
        const Mesh& mesh = m.mesh;
        for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
            const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                            c = mesh.positions[mesh.indices[t + 2]];
            // Barycentric test of (x, y) in the triangle's projection on the XY plane.
            const float det = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
            if (std::abs(det) < 1e-12f)
                continue;
            const float u = ((b.y - c.y) * (x - c.x) + (c.x - b.x) * (y - c.y)) / det;
            const float v = ((c.y - a.y) * (x - c.x) + (a.x - c.x) * (y - c.y)) / det;
            if (u < 0 || v < 0 || u + v > 1)
                continue;
            const float z = u * a.z + v * b.z + (1 - u - v) * c.z;
            if (z > highest) {
                highest = z;
                first = m.name;
            }
        }
    }
    return first;
}

} // namespace

namespace {

/// Blue over red of a vertex colour: the ambient occlusion baked into COLOR_0 scales all three
/// channels alike, so the ratio is the tint's whatever the shading (skin 0.38, hair 0.14).
float blueOverRed(const glm::vec3& colour)
{
    return colour.b / colour.r;
}

} // namespace

TEST(BodyProportions, TheScalpIsHairAboveAHairlineAndTheFaceAndTheNapeAreSkin)
{
    const auto& g = shippedModel();
    const ClientBody client = clientBodyOf(g.landmarks);
    const GlbMesh* body = nullptr;
    for (const GlbMesh& m : g.meshes)
        if (m.name == "body")
            body = &m;
    ASSERT_TRUE(body != nullptr);
    ASSERT_EQ(body->colours.size(), body->mesh.positions.size());
    const glm::vec3 linearHair = glm::pow(glm::vec3(colours::kHair), glm::vec3(2.2f));
    const glm::vec3 linearSkin = glm::pow(glm::vec3(colours::kSkin), glm::vec3(2.2f));
    int crown = 0, crownNotHair = 0, bare = 0, bareNotSkin = 0;
    for (std::size_t i = 0; i < body->mesh.positions.size(); ++i) {
        // From the head's centre, prone: +Y the vertex, +Z the back of the head, the face at -Z.
        const glm::vec3 q = body->mesh.positions[i] - client.headCentre();
        const glm::vec3 colour = body->colours[i];
        // On the head itself: within a quarter of its half-sizes of its ellipsoid.
        const bool onHead = glm::length(q / glm::vec3(0.078f, 0.115f, 0.098f)) < 1.25f;
        // The crown and the back of the head, well inside the hairline (5 cm above the nape's,
        // 2.5 cm above the forehead's, clear of the ears): hair. No brighter than the hair's
        // tint (a margin of 0.01) and of hair's hue, within 0.05.
        if (onHead && (q.y > 0.085f || (q.z > 0.05f && q.y > -0.025f))) {
            ++crown;
            if (colour.r > linearHair.r + 0.01f
                || (colour.r > 0.01f && std::abs(blueOverRed(colour) - blueOverRed(linearHair)) > 0.05f))
                ++crownNotHair;
        }
        // The face (forehead to chin, lying in the cradle) and the back of the neck below the
        // nape's hairline (-7.8 cm): skin's hue, within 0.05, where it is lit enough to tell.
        const bool onFace = onHead && q.z < -0.06f && q.y > -0.09f && q.y < 0.02f && std::abs(q.x) < 0.04f;
        const bool onNape = q.z > 0.03f && q.y < -0.11f && q.y > -0.17f && std::abs(q.x) < 0.04f;
        if ((onFace || onNape) && colour.r > 0.05f) {
            ++bare;
            if (std::abs(blueOverRed(colour) - blueOverRed(linearSkin)) > 0.05f)
                ++bareNotSkin;
        }
    }
    EXPECT_GE(crown, 100);
    EXPECT_EQ(crownNotHair, 0) << "of " << crown << " vertices on the crown and the back of the head";
    EXPECT_GE(bare, 20);
    EXPECT_EQ(bareNotSkin, 0) << "of " << bare << " vertices on the face and the nape";
}

namespace {

/// The body's vertices on one side (+1 right, -1 left) in the box x in [xMin, xMax] (measured
/// outwards from the midline) and y below `belowY`.
std::vector<glm::vec3> bodyVerticesOn(const Mesh& body, float side, float xMin, float xMax, float belowY)
{
    std::vector<glm::vec3> out;
    for (const glm::vec3& p : body.positions)
        if (side * p.x >= xMin && side * p.x <= xMax && p.y < belowY)
            out.push_back(p);
    return out;
}

} // namespace

TEST(BodyProportions, EachFootHasAHeelBehindTheAnkleAndABroadForefootWithToesOnTheTable)
{
    const auto& g = shippedModel();
    const ClientBody client = clientBodyOf(g.landmarks);
    const float ankleY = client.heightY(survey::kAnkleHeightCm);
    for (float side : {-1.0f, 1.0f}) {
        const std::vector<glm::vec3> foot
            = bodyVerticesOn(g.mesh("body"), side, 0.02f, 0.18f, ankleY + 0.03f);
        ASSERT_GT(foot.size(), 50u);
        glm::vec3 heel(0.0f, 0.0f, -1e9f), toes(0.0f, 1e9f, 0.0f);
        for (const glm::vec3& p : foot) {
            if (p.z > heel.z)
                heel = p;
            if (p.y < toes.y)
                toes = p;
        }
        // The heel: the foot's highest point, level with the ankle (within 3 cm) and at least
        // 10 cm above the table (the ankle's centre is 3.7 cm up, the heel bone behind it).
        EXPECT_NEAR(heel.y, ankleY, 0.03f) << "side " << side;
        EXPECT_GT(heel.z, table::kTopZ + 0.10f) << "side " << side;
        // Toes: 18-24 cm down the table from the ankle (a foot 26 cm long, plantarflexed), within
        // 2 cm of the table top.
        EXPECT_GT(ankleY - toes.y, 0.18f) << "side " << side;
        EXPECT_LT(ankleY - toes.y, 0.24f) << "side " << side;
        EXPECT_LT(toes.z, table::kTopZ + 0.02f) << "side " << side;
        // Not a point: 3 cm from the tips the toes span at least 7 cm across, at the ball (7 cm
        // up from the tips) at least 8.5 cm (a 10 cm forefoot, less the mesh's rounding).
        const auto breadthAt = [&foot](float y) {
            float lo = 1e9f, hi = -1e9f;
            for (const glm::vec3& p : foot)
                if (std::abs(p.y - y) < 0.006f) {
                    lo = std::min(lo, p.x);
                    hi = std::max(hi, p.x);
                }
            return hi - lo;
        };
        EXPECT_GT(breadthAt(toes.y + 0.03f), 0.07f) << "side " << side;
        EXPECT_GT(breadthAt(toes.y + 0.07f), 0.085f) << "side " << side;
    }
}

TEST(BodyProportions, EachHandHasAThumbBesideThePalm)
{
    const auto& g = shippedModel();
    for (float side : {-1.0f, 1.0f}) {
        // The hand: the arm's part beyond the thigh, below the hip joints.
        const std::vector<glm::vec3> arm = bodyVerticesOn(g.mesh("body"), side, 0.19f, 0.40f, -0.10f);
        ASSERT_GT(arm.size(), 50u);
        float tipY = 1e9f;
        for (const glm::vec3& p : arm)
            tipY = std::min(tipY, p.y);
        // Across the hand at the thumb's middle (13 cm from the middle finger's tip): palm and
        // thumb together are broader than the surveyed breadth across the knuckles by at least
        // 1.5 cm; the thumb is on the lateral side (palm down), beyond the palm's edge.
        float lo = 1e9f, hi = -1e9f;
        for (const glm::vec3& p : arm)
            if (std::abs(p.y - (tipY + 0.13f)) < 0.006f) {
                lo = std::min(lo, side * p.x);
                hi = std::max(hi, side * p.x);
            }
        EXPECT_GT((hi - lo) * 100.0f, survey::kHandBreadthCm + 1.5f) << "side " << side;
    }
}

TEST(BodyProportions, WaistAndHipGirthsAreWithinTenPercentOfTheSurveyMeans)
{
    const BodyEnvelope envelope;
    // Waist: the narrowest girth below the ribs (Heinz et al. 2003's definition), searched
    // between the iliac crests and the lower ribs.
    double waist = 1e9;
    for (float y = 0.06f; y <= 0.26f; y += 0.005f)
        waist = std::min(waist, girthAt(envelope, y));
    EXPECT_NEAR(waist * 100.0, survey::kWaistGirthCm, 0.10 * survey::kWaistGirthCm);
    // Hip: at the level of the greater trochanters (the coccyx tip).
    const ClientBody client = clientBodyOf(shippedModel().landmarks);
    const double hip = girthAt(envelope, client.heightY(survey::kTrochanterionHeightCm));
    EXPECT_NEAR(hip * 100.0, survey::kHipGirthCm, 0.10 * survey::kHipGirthCm);
}

TEST(BodyProportions, TheBodyLiesOnTheTableHeadToFeetWithTheSurveyedStature)
{
    const auto& g = shippedModel();
    const ClientBody client = clientBodyOf(g.landmarks);
    const Mesh& body = g.mesh("body");
    // The table ends at the shoulders; the face lies in the cradle beyond it.
    const float tableEndY = client.heightY(survey::kAcromialHeightCm);
    float top = -1e9f, bottom = 1e9f, front = 1e9f;
    for (const glm::vec3& p : body.positions) {
        top = std::max(top, p.y);
        if (p.y < tableEndY)
            front = std::min(front, p.z);
    }
    // Vertex to the lateral malleolus, standing: stature minus malleolus height (ANSUR II).
    const float ankleY = client.heightY(survey::kAnkleHeightCm);
    EXPECT_NEAR((top - ankleY) * 100.0f, survey::kStatureCm - survey::kAnkleHeightCm, 2.0f);
    for (const glm::vec3& p : body.positions)
        if (p.y < ankleY)
            bottom = std::min(bottom, p.y);
    EXPECT_LT(bottom, ankleY - 0.15f) << "the feet reach past the ankles";
    // Resting on the table, never through it.
    EXPECT_GE(front, table::kTopZ);
    EXPECT_LT(front, table::kTopZ + 0.005f);
    const Mesh& massageTable = g.mesh("table");
    float tableTop = -1e9f, tableWidth = 0.0f;
    for (const glm::vec3& p : massageTable.positions) {
        tableTop = std::max(tableTop, p.z);
        tableWidth = std::max(tableWidth, 2.0f * std::abs(p.x));
    }
    EXPECT_NEAR(tableTop, table::kTopZ, 0.004f);
    EXPECT_NEAR(tableWidth, table::kWidthM, 0.01f);
}

TEST(BodyProportions, TheWindowOpensTheSkinOverTheLowerBackAndNowhereElse)
{
    const auto& g = shippedModel();
    // From above: inside the window the first thing met is the skin over the anatomy (peeled
    // in the app, it shows the layers); outside it, the client's body.
    EXPECT_EQ(firstFromAbove(g, 0.0f, 0.08f), "skin");
    EXPECT_EQ(firstFromAbove(g, 0.08f, 0.20f), "skin");
    EXPECT_EQ(firstFromAbove(g, -0.08f, -0.05f), "skin");
    EXPECT_EQ(firstFromAbove(g, 0.0f, 0.40f), "body"); // between the shoulder blades
    EXPECT_EQ(firstFromAbove(g, 0.0f, 0.65f), "body"); // the back of the head
    // Down to the proximal thighs, below the gluteal fold, but for the natal cleft, where the
    // skin is left open over the fat of the ischioanal fossae.
    EXPECT_EQ(firstFromAbove(g, 0.10f, -0.22f), "skin");
    EXPECT_EQ(firstFromAbove(g, -0.10f, -0.22f), "skin");
    EXPECT_EQ(firstFromAbove(g, 0.0f, -0.19f), "ischioanal_fat");
    EXPECT_EQ(firstFromAbove(g, 0.08f, -0.30f), "body"); // the back of the thigh
    EXPECT_EQ(firstFromAbove(g, 0.0f, 0.30f), "body"); // above the window's top edge
    EXPECT_EQ(firstFromAbove(g, 0.33f, 0.0f), "table"); // beside the client
}

TEST(BodyProportions, TheIschioanalFatFillsTheCleftBetweenTheButtocksNotOverThem)
{
    const auto& g = shippedModel();
    // With the skin peeled: between gluteus maximus's lower borders, below the coccyx, the fat of
    // the fossae; over the buttocks beside it, the muscle itself (the fat there is the skin's).
    EXPECT_EQ(firstFromAbove(g, 0.0f, -0.19f, {"skin"}), "ischioanal_fat");
    EXPECT_EQ(firstFromAbove(g, 0.0f, -0.14f, {"skin"}), "ischioanal_fat");
    for (const float side : {-1.0f, 1.0f}) {
        const std::string maximus = side > 0 ? "gluteus_maximus.right" : "gluteus_maximus.left";
        EXPECT_EQ(firstFromAbove(g, side * 0.045f, -0.18f, {"skin"}), maximus) << side;
        EXPECT_EQ(firstFromAbove(g, side * 0.050f, -0.19f, {"skin"}), maximus) << side;
        // Under the coccyx's tip the two borders meet in an arch, not a level edge.
        EXPECT_EQ(firstFromAbove(g, side * 0.035f, -0.15f, {"skin"}), maximus) << side;
    }
}

} // namespace lumbar::test
