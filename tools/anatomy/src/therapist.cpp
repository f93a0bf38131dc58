// The therapist's figure from the client's body parts, stood up: the same trunk, head, arm and legs
// (ClientBody), placed in a lunge and dressed. Each part is polygonised on its own so that the app
// can colour it and move it with the stance.
#include "therapist.hpp"

#include "client_body.hpp"
#include "decimate.hpp"
#include "landmarks.hpp"
#include "middle_joint.hpp"
#include "parallel.hpp"
#include "polygonise.hpp"
#include "sdf.hpp"

#include <cmath>
#include <functional>
#include <string>

namespace lumbar {
namespace {

using glm::vec3;

constexpr float kFar = 1e9f;

/// Clothes stand off the skin (*estimates*): the tunic loose, the trousers a little less, so the
/// tunic's hem lies over the trousers' waistband.
constexpr float kTunicEaseM = 0.010f;
constexpr float kTrousersEaseM = 0.006f;
/// Where the trousers' waistband is (anatomy frame: a little above S1, below the iliac crests'
/// tops) and how far below it the tunic's hem reaches.
constexpr float kWaistbandY = 0.03f;
constexpr float kHemBelowWaistbandM = 0.06f;

/// Lengths of the thigh (hip joint to knee) and the leg (knee to ankle) from the surveyed heights.
constexpr float kThighM = (survey::kTrochanterionHeightCm - survey::kKneeHeightCm) * 0.01f;
constexpr float kShankM = (survey::kKneeHeightCm - survey::kAnkleHeightCm) * 0.01f;

/// The figure in the anatomy frame (standing, facing -Z): its joints and the field of each part.
class Figure {
public:
    explicit Figure(const ClientBody& body) : m_body(body)
    {
        m_pivot = vec3(0.0f, body.heightY(survey::kTrochanterionHeightCm) + 0.005f, -0.010f);
        m_floorY = m_pivot.y - kTherapistPivotHeightM;
        const float acromionY = body.heightY(survey::kAcromialHeightCm);
        const float shoulderX = survey::kBiacromialBreadthCm * 0.005f;
        const float armY0 = acromionY - 0.025f;
        for (float s : {-1.0f, 1.0f})
            m_shoulder[s > 0.0f] = vec3(s * (shoulderX - 0.01f), armY0, -0.045f);
        m_headCentre = vec3(0.0f, body.heightY(survey::kStatureCm) - 0.115f, -0.02f);

        // The lunge: the left foot forward with the knee bent, the right foot back and its leg
        // nearly straight, both flat on the floor (*convention*: a staggered stance about 50 cm
        // from ankle to ankle).
        const float ankleY = m_floorY + survey::kAnkleHeightCm * 0.01f;
        const vec3 forward(0.0f, 0.0f, -1.0f);
        const vec3 ankles[2] = {vec3(-0.105f, ankleY, -0.24f), vec3(0.105f, ankleY, 0.25f)};
        for (int side = 0; side < 2; ++side) {
            const vec3 hip(side ? 0.094f : -0.094f, m_pivot.y, m_pivot.z);
            const vec3 knee = middleJoint(hip, ankles[side], kThighM, kShankM, forward, "therapist's leg");
            // The calf's widest point, a little behind the shin's line.
            const vec3 calf = glm::mix(knee, ankles[side], 0.29f) + vec3(0.0f, 0.0f, 0.008f);
            m_legs[side] = {hip, knee, calf, ankles[side]};
            m_heel[side] = vec3(ankles[side].x, m_floorY + 0.036f, ankles[side].z + 0.04f);
            m_toes[side] = vec3(ankles[side].x * 1.15f, m_floorY + 0.024f, ankles[side].z - 0.175f);
        }

        // The other arm at rest, the hand on the hip (the fingers forward, the elbow out and back):
        // it stays by the body however far the figure leans over the table.
        const vec3 wrist(-0.185f, 0.10f, 0.02f);
        const vec3 elbow = middleJoint(m_shoulder[0], wrist, survey::kUpperArmLengthCm * 0.01f,
            survey::kForearmLengthCm * 0.01f, vec3(-1.0f, 0.0f, 0.6f), "therapist's arm");
        const float handHalfLength = survey::kHandLengthCm * 0.005f;
        m_arm = {m_shoulder[0], elbow, wrist, vec3(-0.19f, 0.09f, 0.02f - handHalfLength * 0.9f),
            vec3(0.016f, survey::kHandBreadthCm * 0.005f, handHalfLength)};
    }

    const vec3& pivot() const { return m_pivot; }
    vec3 shoulder(bool right) const { return m_shoulder[right]; }

    float legs(const vec3& p) const
    {
        float d = kFar;
        for (const LegJoints& leg : m_legs)
            d = m_body.addLeg(d, p, leg);
        return d - kTrousersEaseM;
    }
    float shoes(const vec3& p) const
    {
        float d = kFar;
        for (int side = 0; side < 2; ++side)
            d = m_body.addFoot(d, p, m_heel[side], m_toes[side]);
        return d - 0.004f; // the sole and the upper's thickness (*estimate*)
    }
    float hips(const vec3& p) const { return std::max(m_body.trunk(p) - kTrousersEaseM, p.y - kWaistbandY); }
    float tunic(const vec3& p) const
    {
        // The trunk and a short sleeve capping each shoulder, whichever way the arm leaves it.
        const float upperArmR = 0.92f * survey::kBicepsGirthCm * 0.01f / 6.2831853f;
        float d = m_body.trunk(p);
        for (const vec3& shoulder : m_shoulder)
            d = sdf::smoothUnion(d, sdf::sphere(p, shoulder, upperArmR + 0.004f), 0.02f);
        return std::max(d - kTunicEaseM, kWaistbandY - kHemBelowWaistbandM - p.y);
    }
    float head(const vec3& p) const { return m_body.addHead(kFar, p, m_headCentre); }
    float hair(const vec3& p) const
    {
        // A short cut: a shell over the crown and the back of the head, its front edge a
        // hairline across the forehead (*estimates*).
        const vec3 q = p - m_headCentre;
        const float cap = sdf::ellipsoid(q, vec3(0.078f, 0.115f, 0.098f) + vec3(0.007f));
        const float above = -0.03f - glm::dot(q, glm::normalize(vec3(0.0f, 1.0f, 0.6f)));
        return std::max(cap, above);
    }
    float arm(const vec3& p) const { return m_body.addArm(kFar, p, m_arm); }

private:
    const ClientBody& m_body;
    vec3 m_pivot{0.0f};
    float m_floorY = 0.0f;
    vec3 m_shoulder[2]{};
    vec3 m_headCentre{0.0f};
    LegJoints m_legs[2]{};
    vec3 m_heel[2]{}, m_toes[2]{};
    ArmJoints m_arm{};
};

/// One part: its field, where it lies (anatomy frame), its colour and triangle budget.
struct FigurePartSpec {
    std::function<float(const vec3&)> field;
    Box box;
    glm::vec4 colour;
    std::size_t targetTriangles;
};

/// Clothes and hair (*choice*: a teal tunic and charcoal trousers, as many clinics dress; dark
/// shoes; dark brown hair). The skin is the hands' medium tone; the app shows the chosen tone.
constexpr glm::vec4 kTunicColour{0.06f, 0.30f, 0.34f, 1.0f};
constexpr glm::vec4 kTrousersColour{0.13f, 0.14f, 0.16f, 1.0f};
constexpr glm::vec4 kShoesColour{0.06f, 0.06f, 0.07f, 1.0f};
constexpr glm::vec4 kSkinColour{0.55f, 0.34f, 0.23f, 1.0f};
constexpr glm::vec4 kHairColour{0.10f, 0.07f, 0.05f, 1.0f};

Mesh meshPart(const FigurePartSpec& part, const vec3& pivot, float cellScale)
{
    // 6 mm: the figure is seen whole, from a distance.
    Mesh mesh = polygonise(part.field, part.box, 0.006f * cellScale);
    removeSmallComponents(mesh, 0.02);
    taubinSmooth(mesh, 3);
    decimate(mesh, part.targetTriangles);
    taubinSmooth(mesh, 1);
    for (vec3& p : mesh.positions)
        p -= pivot;
    computeNormals(mesh);
    mesh.tangents.assign(mesh.positions.size(), glm::vec4(1.0f, 0.0f, 0.0f, 1.0f));
    return mesh;
}

} // namespace

glm::vec3 therapistShoulder(bool right)
{
    const ClientBody body = clientBodyOf(computeLandmarks());
    const Figure figure(body);
    return figure.shoulder(right) - figure.pivot();
}

Model buildTherapist(const BuildOptions& options)
{
    const ClientBody body = clientBodyOf(computeLandmarks());
    const Figure figure(body);
    const vec3 o = figure.pivot();
    const float floorY = o.y - kTherapistPivotHeightM;
    const auto field = [&figure](float (Figure::*part)(const vec3&) const) {
        return [&figure, part](const vec3& p) { return (figure.*part)(p); };
    };
    const float acromionY = body.heightY(survey::kAcromialHeightCm);
    const float vertexY = body.heightY(survey::kStatureCm);
    // In kTherapistParts' order.
    const FigurePartSpec parts[] = {
        {field(&Figure::legs), {{-0.26f, floorY, -0.50f}, {0.26f, o.y + 0.14f, 0.52f}}, kTrousersColour,
            3000},
        {field(&Figure::shoes), {{-0.20f, floorY - 0.01f, -0.52f}, {0.20f, floorY + 0.10f, 0.42f}},
            kShoesColour, 800},
        {field(&Figure::hips), {{-0.27f, o.y - 0.16f, -0.26f}, {0.27f, kWaistbandY + 0.01f, 0.22f}},
            kTrousersColour, 1500},
        {field(&Figure::tunic),
            {{-0.30f, kWaistbandY - kHemBelowWaistbandM - 0.01f, -0.26f}, {0.30f, acromionY + 0.14f, 0.23f}},
            kTunicColour, 3500},
        {field(&Figure::head), {{-0.11f, acromionY - 0.07f, -0.16f}, {0.11f, vertexY + 0.02f, 0.14f}},
            kSkinColour, 1800},
        {field(&Figure::hair), {{-0.10f, vertexY - 0.24f, -0.14f}, {0.10f, vertexY + 0.02f, 0.13f}},
            kHairColour, 700},
        {field(&Figure::arm), {{-0.45f, -0.05f, -0.22f}, {-0.10f, acromionY + 0.06f, 0.30f}}, kSkinColour,
            1200},
    };
    Model model;
    model.structures.resize(kTherapistParts.size());
    forEachInParallel(model.structures.size(), options.threads, [&](std::size_t i) {
        model.structures[i] = {"therapist." + std::string(kTherapistParts[i]), Layer::Skin, parts[i].colour,
            meshPart(parts[i], o, options.cellScale), true};
    });
    return model;
}

} // namespace lumbar
