// The client on the table against the surveys the body is built from (client_body.hpp): trunk
// girths, the length head to heel, the table under the body, and the dissection window that opens
// the skin over the lower back and nowhere else.
#include "client_body.hpp"
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
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
    // Convex hull (monotone chain), then its perimeter.
    std::sort(
        points.begin(), points.end(), [](auto a, auto b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const auto cross = [](glm::dvec2 o, glm::dvec2 a, glm::dvec2 b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<glm::dvec2> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    double perimeter = 0.0;
    for (std::size_t i = 0; i < hull.size(); ++i)
        perimeter += glm::length(hull[(i + 1) % hull.size()] - hull[i]);
    return perimeter;
}

/// The first mesh a ray from high above (travelling -Z) meets at (x, y), or "" when none.
std::string firstFromAbove(const ShippedModel& g, float x, float y)
{
    std::string first;
    float highest = -1e9f;
    for (const auto& m : g.meshes) {
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

} // namespace lumbar::test
