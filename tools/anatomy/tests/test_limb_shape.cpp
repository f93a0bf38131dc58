// The client's limbs, hands and face against the surveys they are built from (client_body.hpp)
// and the shapes that make them a person's rather than a mannequin's: girths where the surveys
// measured them, a calf widest below the knee over a narrow ankle, a forearm flattening to the
// wrist, fingers curling from raised knuckles to their pads on the table, a nose between brow
// and chin. Measured on the signed distances themselves, as a tape would.
#include "client_body.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace lumbar::test {
namespace {

using Field = std::function<float(const glm::vec3&)>;

/// A limb's section at height y as a tape measures it: the perimeter of the convex hull of the
/// field's zero set round `centre` (x, z) in the plane at y, from 360 rays; and its breadth
/// (across, x) and depth (up, z).
struct Section {
    double girthCm = 0.0, breadthM = 0.0, depthM = 0.0, topZ = -1e9;
};

Section sectionAt(const Field& field, float y, glm::vec2 centre)
{
    std::vector<glm::dvec2> points;
    Section out;
    double lo[2] = {1e9, 1e9}, hi[2] = {-1e9, -1e9};
    for (int i = 0; i < 360; ++i) {
        const double angle = 2.0 * M_PI * i / 360.0;
        const glm::vec2 direction(float(std::sin(angle)), float(std::cos(angle)));
        float inside = 0.0f, outside = 0.15f;
        for (int step = 0; step < 30; ++step) {
            const float mid = 0.5f * (inside + outside);
            const glm::vec2 q = centre + direction * mid;
            (field({q.x, y, q.y}) < 0.0f ? inside : outside) = mid;
        }
        const glm::dvec2 point = glm::dvec2(centre) + glm::dvec2(direction) * double(inside);
        points.push_back(point);
        for (int k = 0; k < 2; ++k) {
            lo[k] = std::min(lo[k], point[k]);
            hi[k] = std::max(hi[k], point[k]);
        }
    }
    out.breadthM = hi[0] - lo[0];
    out.depthM = hi[1] - lo[1];
    out.topZ = hi[1];
    out.girthCm = 100.0 * convexHullPerimeter(points);
    return out;
}

const ClientBody& client()
{
    static const ClientBody body = clientBodyOf(computeLandmarks());
    return body;
}

/// The right leg alone (the foot with it), and its section at height y round the leg's line.
Section legAt(float y)
{
    const Field leg = [](const glm::vec3& p) { return client().addProneLeg(1e9f, p, 1.0f); };
    return sectionAt(leg, y, {0.10f, table::kTopZ + 0.055f});
}

/// The right arm alone (the hand with it), its section at height y round the arm's line.
Section armAt(float y, float x, float z)
{
    const Field arm = [](const glm::vec3& p) { return client().addRestingArm(1e9f, p, 1.0f); };
    return sectionAt(arm, y, {x, z});
}

} // namespace

TEST(LimbShape, CalfIsWidestAThirdOfTheWayDownTheLegWithTheSurveyedGirth)
{
    const float kneeY = client().heightY(survey::kKneeHeightCm);
    const float ankleY = client().heightY(survey::kAnkleHeightCm);
    double widest = 0.0;
    float widestY = 0.0f;
    for (float y = kneeY - 0.03f; y > ankleY + 0.05f; y -= 0.005f) {
        const Section s = legAt(y);
        if (s.girthCm > widest) {
            widest = s.girthCm;
            widestY = y;
        }
    }
    EXPECT_NEAR(widest, survey::kCalfGirthCm, 0.10 * survey::kCalfGirthCm);
    // Widest 20-45% of the way from the knee to the ankle (the gastrocnemius' bellies).
    const float along = (kneeY - widestY) / (kneeY - ankleY);
    EXPECT_GT(along, 0.20f);
    EXPECT_LT(along, 0.45f);
}

TEST(LimbShape, ThighKneeAndAnkleHaveTheSurveyedGirthsAndTheLegTapers)
{
    const float trochanterY = client().heightY(survey::kTrochanterionHeightCm);
    const float kneeY = client().heightY(survey::kKneeHeightCm);
    const float ankleY = client().heightY(survey::kAnkleHeightCm);
    // Thigh: below the gluteal fold, 10 cm down from the trochanter (the envelope's thigh).
    const double thigh = legAt(trochanterY - 0.10f).girthCm;
    const double knee = legAt(kneeY).girthCm;
    EXPECT_NEAR(thigh, survey::kThighGirthCm, 0.10 * survey::kThighGirthCm);
    EXPECT_NEAR(knee, survey::kKneeGirthCm, 0.10 * survey::kKneeGirthCm);
    // The thigh keeps its fullness to its middle and narrows above the knee: mid-thigh at least
    // 85% of the thigh's girth, 8 cm above the knee at most 80% (a cone's would be 78% and 60%).
    EXPECT_GT(legAt(trochanterY - 0.22f).girthCm, 0.85 * thigh);
    EXPECT_LT(legAt(kneeY + 0.08f).girthCm, 0.80 * thigh);
    // The ankle's minimum, above the malleoli.
    double ankle = 1e9;
    for (float y = ankleY + 0.02f; y < ankleY + 0.12f; y += 0.005f)
        ankle = std::min(ankle, legAt(y).girthCm);
    EXPECT_NEAR(ankle, survey::kAnkleGirthCm, 0.10 * survey::kAnkleGirthCm);
    EXPECT_LT(ankle, 0.70 * survey::kCalfGirthCm);
}

TEST(LimbShape, TheCalfBulgesBehindBelowTheHollowOfTheKnee)
{
    const float kneeY = client().heightY(survey::kKneeHeightCm);
    const float ankleY = client().heightY(survey::kAnkleHeightCm);
    // Prone, the back of the leg is its top: the popliteal fossa lies lower than the calf below
    // it and the thigh above it, and the calf falls again to the Achilles tendon.
    const double fossa = legAt(kneeY + 0.01f).topZ;
    double calf = -1e9;
    for (float y = kneeY - 0.06f; y > kneeY - 0.20f; y -= 0.005f)
        calf = std::max(calf, legAt(y).topZ);
    EXPECT_GT(calf - fossa, 0.010);
    EXPECT_GT(legAt(kneeY + 0.10f).topZ - fossa, 0.010);
    EXPECT_GT(calf - legAt(ankleY + 0.06f).topZ, 0.025);
}

TEST(LimbShape, TheHollowOfTheKneeIsShallowAndBlendsIntoTheThighAndTheCalf)
{
    // The height of the leg's back (prone, its top) above the table at (x, y), to 0.1 mm.
    const auto back = [](float x, float y) {
        for (float z = table::kTopZ + 0.25f; z > table::kTopZ; z -= 0.0001f)
            if (client().addProneLeg(1e9f, {x, y, z}, 1.0f) < 0.0f)
                return z;
        return table::kTopZ;
    };
    const float kneeY = client().heightY(survey::kKneeHeightCm);
    constexpr float kLegX = 0.100f, kSampleM = 0.005f;
    // Down lines along the leg across the popliteal fossa, from 12 cm above the joint line to 12
    // cm below it, samples 5 mm apart: no step steeper than the thigh's own slope to the knee
    // (3.5 mm) and no kink, the step changing by at most 1.2 mm from one sample to the next
    // (*choices*; the hollow carved as an ellipsoid broke through the thigh's slope in a 16 mm
    // step and kink).
    float steepest = 0.0f, sharpest = 0.0f;
    for (float x = kLegX - 0.025f; x <= kLegX + 0.0251f; x += kSampleM) {
        float previous = back(x, kneeY + 0.12f), previousStep = 0.0f;
        for (int i = 1; i <= 48; ++i) {
            const float z = back(x, kneeY + 0.12f - kSampleM * float(i)), step = z - previous;
            steepest = std::max(steepest, std::abs(step));
            if (i > 1)
                sharpest = std::max(sharpest, std::abs(step - previousStep));
            previous = z;
            previousStep = step;
        }
    }
    EXPECT_LT(steepest, 0.0035f);
    EXPECT_LT(sharpest, 0.0012f);
    // Across its middle, 2 cm above the joint line, the hollow lies 1.5-5 mm below the hamstrings'
    // tendons either side of it: a soft hollow, not a pit, and the tendons only suggested.
    float tendons = table::kTopZ;
    for (float x = kLegX - 0.03f; x <= kLegX + 0.0301f; x += 0.0025f)
        tendons = std::max(tendons, back(x, kneeY + 0.02f));
    const float hollow = tendons - back(kLegX, kneeY + 0.02f);
    EXPECT_GT(hollow, 0.0015f);
    EXPECT_LT(hollow, 0.005f);
}

TEST(LimbShape, ArmHasTheSurveyedGirthsAndTheForearmFlattensToTheWrist)
{
    const float shoulderY = client().heightY(survey::kAcromialHeightCm) - 0.025f;
    const float elbowY = shoulderY - survey::kUpperArmLengthCm * 0.01f;
    const glm::vec3 wrist = client().restingWrist(1.0f);
    // The upper arm, relaxed, round its middle: within 10% of the surveyed (flexed) biceps girth.
    const double upperArm = armAt(shoulderY - 0.19f, 0.225f, table::kTopZ + 0.065f).girthCm;
    EXPECT_NEAR(upperArm, survey::kBicepsGirthCm, 0.10 * survey::kBicepsGirthCm);
    // The forearm's widest girth, below the elbow.
    double forearm = 0.0;
    for (float y = elbowY - 0.02f; y > elbowY - 0.12f; y -= 0.005f)
        forearm = std::max(forearm, armAt(y, 0.247f, table::kTopZ + 0.045f).girthCm);
    EXPECT_NEAR(forearm, survey::kForearmGirthCm, 0.10 * survey::kForearmGirthCm);
    // At the wrist (1 cm above its crease, clear of the hand) the surveyed girth, half as broad
    // again as deep; at the forearm's widest roughly round.
    const Section atWrist = armAt(wrist.y + 0.01f, wrist.x, table::kTopZ + 0.02f);
    EXPECT_NEAR(atWrist.girthCm, survey::kWristGirthCm, 0.10 * survey::kWristGirthCm);
    EXPECT_GT(atWrist.breadthM / atWrist.depthM, 1.35);
    const Section belowElbow = armAt(elbowY - 0.06f, 0.247f, table::kTopZ + 0.045f);
    EXPECT_LT(belowElbow.breadthM / belowElbow.depthM, 1.25);
}

TEST(LimbShape, FingersCurlFromRaisedKnucklesToPadsOnTheTable)
{
    const glm::vec3 wrist = client().restingWrist(1.0f);
    const auto top = [&](float along, float across) {
        // The hand's top (prone: its back) at `along` from the wrist crease, `across` towards
        // the thumb; the right hand's thumb is at +x.
        for (float z = table::kTopZ + 0.06f; z > table::kTopZ; z -= 0.0002f)
            if (client().addRestingHand(1e9f, {wrist.x + across, wrist.y - along, z}, wrist, 1.0f) < 0.0f)
                return z - table::kTopZ;
        return 0.0f;
    };
    const float length = survey::kHandLengthCm * 0.01f;
    const float palm = 0.56f * length;
    // The middle finger (on the hand's axis): its knuckle stands at least 4.5 mm above the back
    // of the hand 2.5 cm before it and 3.5 mm above the valleys either side of it, between the
    // heads of the metacarpals (*choices*: enough to read on the body's 4.5 mm grid); its last
    // joint is lower than the knuckle by at least 8 mm; its tip (within 1.5 cm of the end) at
    // most 1.6 cm up, its pad on the table.
    const float knuckle = std::max(top(palm - 0.006f, 0.0095f), top(palm - 0.002f, 0.0095f));
    EXPECT_GT(knuckle - top(palm - 0.025f, 0.0f), 0.0045f);
    EXPECT_GT(knuckle - top(palm - 0.006f, 0.0f), 0.0035f);
    EXPECT_GT(knuckle - top(palm - 0.006f, 0.019f), 0.0035f);
    EXPECT_LT(top(palm + 0.83f * 0.44f * length, 0.0105f), knuckle - 0.008f);
    EXPECT_LT(top(length - 0.012f, 0.011f), 0.016f);
    EXPECT_LT(client().addRestingHand(
                  1e9f, {wrist.x + 0.011f, wrist.y - (length - 0.012f), table::kTopZ + 0.001f}, wrist, 1.0f),
        0.0f);
}

TEST(LimbShape, TheFaceHasABrowANoseAndAChin)
{
    // Down the midline of the face lying in the cradle (its front is -Z): how far the face
    // reaches towards the cradle at each height from the head's centre.
    const glm::vec3 head = client().headCentre();
    const auto front = [&](float x, float dy) {
        for (float z = head.z - 0.16f; z < head.z; z += 0.0002f)
            if (client().outer({x, head.y + dy, z}) < 0.0f)
                return head.z - z;
        return 0.0f;
    };
    const float brow = front(0.033f, 0.016f), eye = front(0.033f, -0.005f);
    const float noseTip = front(0.0f, -0.036f), upperLip = front(0.0f, -0.066f);
    const float chin = front(0.0f, -0.097f);
    // The nose stands at least 1.5 cm proud of the brow and the lip; the brow over the eye's
    // hollow; the chin no more than 2 cm behind the lip (a face, not an ellipsoid falling away).
    EXPECT_GT(noseTip - brow, 0.015f);
    EXPECT_GT(noseTip - upperLip, 0.015f);
    EXPECT_GT(brow - eye, 0.004f);
    EXPECT_GT(chin, upperLip - 0.02f);
}

TEST(LimbShape, TheFaceIsRoundedEnoughForTheBodysGrid)
{
    // The face is meshed with the body on a 4.5 mm grid (scenery.cpp) and decimated: a fold
    // sharper than the grid shows as facets. Over brow, eyes, nose, lips and chin (9 cm across,
    // from 3 cm above the head's middle to the chin), where a ray from the cradle first meets
    // the face, the skin's normal turns by at most 35 degrees from one sample to the next a grid
    // cell away: a radius of curvature of at least 7 mm (*choice*; the nose's wings and the brow
    // turned by up to 55).
    const glm::vec3 head = client().headCentre();
    constexpr float kCellM = 0.0045f;
    constexpr int kAcross = 21, kDown = 34;
    const auto surface = [&](int i, int j) {
        const float x = -0.045f + kCellM * float(i), y = head.y + 0.03f - kCellM * float(j);
        float outside = head.z - 0.16f, inside = head.z;
        for (float z = outside; z < head.z; z += 0.001f)
            if (client().outer({x, y, z}) < 0.0f) {
                inside = z;
                outside = z - 0.001f;
                break;
            }
        for (int step = 0; step < 16; ++step) {
            const float mid = 0.5f * (outside + inside);
            (client().outer({x, y, mid}) < 0.0f ? inside : outside) = mid;
        }
        return glm::vec3(x, y, inside);
    };
    const auto normal = [&](const glm::vec3& p) {
        constexpr float e = 0.0005f;
        const auto d
            = [&](glm::vec3 offset) { return client().outer(p + offset) - client().outer(p - offset); };
        return glm::normalize(glm::vec3(d({e, 0, 0}), d({0, e, 0}), d({0, 0, e})));
    };
    std::vector<glm::vec3> points, normals;
    for (int j = 0; j < kDown; ++j)
        for (int i = 0; i < kAcross; ++i) {
            points.push_back(surface(i, j));
            normals.push_back(normal(points.back()));
        }
    float sharpest = 0.0f;
    for (int j = 0; j + 1 < kDown; ++j)
        for (int i = 0; i + 1 < kAcross; ++i)
            for (const int next : {1, kAcross}) {
                const int a = j * kAcross + i, b = a + next;
                // Where the ray passes under the nose onto the lip the samples lie far apart.
                if (glm::length(points[b] - points[a]) > 2.5f * kCellM)
                    continue;
                sharpest = std::max(
                    sharpest, std::acos(std::clamp(glm::dot(normals[a], normals[b]), -1.0f, 1.0f)));
            }
    EXPECT_LT(glm::degrees(sharpest), 35.0f);
}

} // namespace lumbar::test
