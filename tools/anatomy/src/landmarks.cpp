// Lays the vertebrae and discs up the lordotic curve from the S1 endplate and places the
// pelvic landmarks against them (iliac crest top at L4, PSIS at S2: Chakraverty et al. 2007).
#include "landmarks.hpp"

#include <cassert>
#include <cmath>
#include <stdexcept>

namespace lumbar {

namespace {

Frame tiltedFrame(const glm::vec3& origin, float tiltDeg)
{
    // Positive tilt leans the local up axis backwards (towards +Z).
    const float t = glm::radians(tiltDeg);
    return {origin, {0, std::cos(t), std::sin(t)}, {0, -std::sin(t), std::cos(t)}};
}

float tiltOf(const Frame& f)
{
    return glm::degrees(std::atan2(f.up.z, f.up.y));
}

/// Sacral curvature: the axis bends forward (anteriorly) by kappa * along^2 (*estimate*:
/// about 2 cm of anterior concavity over the sacrum's length).
constexpr float kSacralCurvaturePerM = 2.0f;

} // namespace

const VertebraLevel& Landmarks::vertebra(const std::string& id) const
{
    for (const auto& v : vertebrae)
        if (id == v.spec.id)
            return v;
    throw std::out_of_range("Landmarks::vertebra: no vertebra \"" + id + "\" (expected t11, t12, l1-l5)");
}

const DiscLevel& Landmarks::disc(const std::string& id) const
{
    for (const auto& d : discs)
        if (id == d.spec.id)
            return d;
    throw std::out_of_range("Landmarks::disc: no disc \"" + id + "\" (expected t11_t12 ... l5_s1)");
}

Frame Landmarks::sacralFrame(float alongM) const
{
    // Down the sacrum is -up of the S1 plate; the axis curves anteriorly (-posterior).
    const glm::vec3 down = -s1Plate.up;
    const glm::vec3 origin
        = s1Plate.origin + down * alongM - s1Plate.posterior * (kSacralCurvaturePerM * alongM * alongM);
    const glm::vec3 tangent
        = glm::normalize(down - s1Plate.posterior * (2.0f * kSacralCurvaturePerM * alongM));
    Frame f;
    f.origin = origin;
    f.up = -tangent;
    f.posterior = glm::normalize(glm::cross(glm::vec3(1, 0, 0), f.up));
    return f;
}

glm::vec3 Landmarks::onSacrum(float alongM, float dorsalM, float lateralM) const
{
    const Frame f = sacralFrame(alongM);
    return f.origin + f.posterior * dorsalM + glm::vec3(lateralM, 0, 0);
}

float Landmarks::lordosisDeg() const
{
    return tiltOf(vertebra("l1").superiorPlate) - tiltOf(s1Plate);
}

Landmarks computeLandmarks()
{
    Landmarks lm;
    lm.s1Plate = tiltedFrame(glm::vec3(0.0f), -dims::kSacralSlopeDeg);

    // Walk up from the sacrum: disc, vertebra, disc, vertebra...
    Frame plate = lm.s1Plate;
    std::vector<VertebraLevel> upwards;
    std::vector<DiscLevel> discsUp;
    for (int i = int(kVertebrae.size()) - 1; i >= 0; --i) {
        const DiscSpec& ds = kDiscs[std::size_t(i)];
        const float tilt = tiltOf(plate);
        const Frame mid = tiltedFrame(plate.origin, tilt + 0.5f * ds.wedgeDeg);
        DiscLevel disc{ds, plate, tiltedFrame(plate.origin + mid.up * ds.heightM, tilt + ds.wedgeDeg), {}};
        disc.centre = tiltedFrame(plate.origin + mid.up * (0.5f * ds.heightM), tilt + 0.5f * ds.wedgeDeg);
        discsUp.push_back(disc);
        plate = disc.upper;

        const VertebraSpec& vs = kVertebrae[std::size_t(i)];
        VertebraLevel v{vs, tiltedFrame(plate.origin + plate.up * (0.5f * vs.bodyHeightM), tiltOf(plate)),
            plate, tiltedFrame(plate.origin + plate.up * vs.bodyHeightM, tiltOf(plate))};
        upwards.push_back(v);
        plate = v.superiorPlate;
    }
    lm.vertebrae.assign(upwards.rbegin(), upwards.rend());
    lm.discs.assign(discsUp.rbegin(), discsUp.rend());

    // S2 spinous tubercle: second sacral segment, on the median crest (*estimate* 36 mm dorsal
    // to the sacral axis: half the body depth plus canal plus lamina).
    lm.s2Dorsal = lm.onSacrum(0.045f, 0.036f, 0.0f);

    // Pelvis (right side). The crest's top is placed level with the L4 body centre and the PSIS
    // level with S2, 4 cm from the midline (Chakraverty et al. 2007; standard texts); the rest of the crest's
    // S curve and the spines are *estimates* from standard pelvic drawings.
    const float yL4 = lm.vertebra("l4").body.origin.y;
    lm.psis = {dims::kPsisLateralM, lm.s2Dorsal.y, lm.s2Dorsal.z + 0.002f};
    lm.piis = {0.050f, lm.psis.y - 0.030f, lm.psis.z - 0.012f};
    lm.iliacCrestTop = {0.108f, yL4 - 0.007f, 0.012f}; // tube radius brings the top surface to yL4
    lm.hipJoint = dims::kHipJointRightM;
    lm.asis = {0.118f, yL4 - 0.086f, -0.086f};
    lm.iliacCrest = {
        lm.psis,
        {0.056f, lm.psis.y + 0.030f, lm.psis.z - 0.002f},
        {0.082f, yL4 - 0.020f, 0.044f},
        lm.iliacCrestTop,
        {dims::kIliacCrestHalfWidthM - 0.008f, yL4 - 0.016f, -0.030f},
        {0.128f, yL4 - 0.048f, -0.066f},
        lm.asis,
    };

    // Proximal femur and ischium (*estimates* after standard drawings, placed against the
    // relations of standard anatomy texts): the greater trochanter's tip level with the coccyx's
    // tip, about 16 cm from the midline at its outer face; the lesser trochanter about 5 cm below
    // it, behind and inside the shaft; the gluteal tuberosity 5-10 cm below the tip on the shaft's
    // back and outer side; the ischial tuberosity (the sitting bone) about 6 cm below the hip
    // joint's centre and behind it.
    const float coccyxTipY = lm.onSacrum(dims::kCoccyxTipAlongSacrumM, 0.0f, 0.0f).y;
    lm.greaterTrochanterTip = {0.148f, coccyxTipY, -0.004f};
    lm.lesserTrochanter = {0.114f, coccyxTipY - 0.048f, -0.008f};
    lm.glutealTuberosity = {0.143f, coccyxTipY - 0.078f, -0.016f};
    lm.ischialTuberosity = {0.060f, dims::kHipJointRightM.y - 0.062f, 0.016f};
    return lm;
}

} // namespace lumbar
