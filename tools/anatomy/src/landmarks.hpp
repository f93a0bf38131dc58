// The skeleton's layout: dimensions of the lumbar levels as named constants and the frames and
// landmarks derived from them (vertebral bodies along the lordosis, sacrum, pelvis, ribs).
//
// Frame: metres, right-handed, +Y superior, +Z posterior, +X the patient's right. The origin is
// the centre of the S1 superior endplate. Sources: standard anatomy texts (*estimates*),
// landmark levels after Chakraverty et al. 2007;
// where a figure is our own choice within or beside those ranges it says *estimate*.
#pragma once

#include <glm/glm.hpp>

#include <array>
#include <string>
#include <vector>

namespace lumbar {

namespace dims {
/// Sacral slope: angle of the S1 endplate to the horizontal in standing. *Estimate* (typical
/// adult 35-45 degrees); with the disc wedges below it yields the L1-S1 lordosis.
inline constexpr float kSacralSlopeDeg = 40.0f;
/// Subcutaneous layer between skin surface and fascia: *estimate* (a few mm to over 4 cm on MRI:
/// Berikol et al. 2022, Poot-Franco et al. 2024).
inline constexpr float kSubcutaneousThicknessM = 0.015f;
/// Lumbar spinous processes project about 30 mm posteriorly from the laminae (standard
/// texts, *estimate*).
inline constexpr float kSpinousProjectionM = 0.030f;
/// L5's spinous process is the smallest and shortest of the lumbar series (standard texts);
/// *estimate* 24 mm. At the full 30 mm its tip, tilted back by the lordosis, would reach the
/// deep side of the subcutaneous layer and leave no room for the fascia over it.
inline constexpr float kL5SpinousProjectionM = 0.024f;
/// Sacrum length about 10-11 cm (standard texts, *estimate*); we use its axis length.
inline constexpr float kSacrumLengthM = 0.102f;
/// PSIS about 4 cm lateral to S2 (standard texts; Chakraverty et al. 2007 for the level).
inline constexpr float kPsisLateralM = 0.040f;
/// Inter-crestal width about 25-30 cm (standard texts, *estimate*): the crest's most lateral point, per side.
inline constexpr float kIliacCrestHalfWidthM = 0.136f;
/// Hip-joint centres: about 8.5 cm lateral and 10 cm below the S1 endplate, slightly anterior
/// (pelvic tilt about 12 degrees). *Estimate* from standard pelvic parameters.
inline constexpr glm::vec3 kHipJointRightM{0.085f, -0.098f, -0.021f};
/// The coccyx's last segment ends this far down the sacral axis (see pelvis.cpp).
inline constexpr float kCoccyxTipAlongSacrumM = 0.136f;
/// The anatomy is modelled between these heights (model clip, *convention*): from the lower
/// thorax to the proximal thighs, below the gluteal fold, so that gluteus maximus reaches its
/// insertions on the femur and the iliotibial band.
inline constexpr float kTrunkBottomM = -0.250f;
inline constexpr float kTrunkTopM = 0.300f;
/// The hip bone is clipped just below the acetabulum (*convention*, see README).
inline constexpr float kPelvisClipM = -0.128f;
} // namespace dims

/// A posterior sacral foramen (right side; mirror x for the left): its level on the sacral
/// axis (Landmarks::onSacrum), distance from the midline and radius.
struct SacralForamen {
    float alongM, lateralM, radiusM;
};
/// S1-S4 (*estimates* from standard drawings: two rows converging downwards, medial to the
/// PSIS, about 1 cm across at S1 shrinking to 7 mm at S4). The sacrum models them as pits.
inline constexpr std::array<SacralForamen, 4> kSacralForamina{{
    {0.029f, 0.024f, 0.0050f},
    {0.051f, 0.021f, 0.0045f},
    {0.069f, 0.018f, 0.0040f},
    {0.084f, 0.0145f, 0.0035f},
}};

/// One vertebra's body and process sizes (metres). Bodies (standard texts, *estimates*): width 40-50 mm,
/// depth 30-35 mm, height 25-30 mm for lumbar levels; thoracic T11-T12 are smaller (*estimate*).
struct VertebraSpec {
    const char* id; ///< "t11" ... "l5"
    const char* name; ///< "Eleventh thoracic vertebra"
    bool thoracic;
    float bodyWidthM, bodyDepthM, bodyHeightM;
    float transverseLengthM; ///< pedicle to tip: 25-30 mm, L3 longest (standard texts)
    float spinousDropM; ///< how far the spinous tip points downwards (thoracic slope)
    float spinousProjectionM = dims::kSpinousProjectionM; ///< lamina to tip
};

/// Disc below a vertebra: mean height and wedge angle (anterior taller). Standard texts: 10-12 mm
/// lumbar; wedges are an *estimate* chosen so that L1-S1 lordosis is 50 degrees (range 40-60).
struct DiscSpec {
    const char* id; ///< "l4_l5"
    float heightM;
    float wedgeDeg;
};

inline constexpr std::array<VertebraSpec, 7> kVertebrae{{
    {"t11", "Eleventh thoracic vertebra", true, 0.036f, 0.028f, 0.022f, 0.014f, 0.014f},
    {"t12", "Twelfth thoracic vertebra", true, 0.040f, 0.030f, 0.024f, 0.010f, 0.010f},
    {"l1", "First lumbar vertebra", false, 0.042f, 0.031f, 0.026f, 0.020f, 0.004f},
    {"l2", "Second lumbar vertebra", false, 0.044f, 0.032f, 0.027f, 0.025f, 0.003f},
    {"l3", "Third lumbar vertebra", false, 0.046f, 0.033f, 0.027f, 0.030f, 0.002f},
    {"l4", "Fourth lumbar vertebra", false, 0.048f, 0.034f, 0.027f, 0.027f, 0.002f},
    {"l5", "Fifth lumbar vertebra", false, 0.049f, 0.034f, 0.027f, 0.022f, 0.002f,
        dims::kL5SpinousProjectionM},
}};

/// kDiscs[i] lies below kVertebrae[i]; the last one sits on the sacrum.
inline constexpr std::array<DiscSpec, 7> kDiscs{{
    {"t11_t12", 0.007f, -3.0f},
    {"t12_l1", 0.008f, -2.0f},
    {"l1_l2", 0.010f, 5.0f},
    {"l2_l3", 0.011f, 7.0f},
    {"l3_l4", 0.011f, 10.0f},
    {"l4_l5", 0.012f, 12.0f},
    {"l5_s1", 0.012f, 16.0f},
}};

/// An orthonormal frame: X lateral (patient's right), `up` along the local long axis,
/// `posterior` completing it.
struct Frame {
    glm::vec3 origin{0.0f};
    glm::vec3 up{0, 1, 0};
    glm::vec3 posterior{0, 0, 1};

    /// Local (x right, y up, z posterior) to world.
    glm::vec3 toWorld(const glm::vec3& local) const
    {
        return origin + glm::vec3(local.x, 0, 0) + up * local.y + posterior * local.z;
    }
    glm::vec3 toLocal(const glm::vec3& world) const
    {
        const glm::vec3 d = world - origin;
        return {d.x, glm::dot(d, up), glm::dot(d, posterior)};
    }
};

struct VertebraLevel {
    VertebraSpec spec;
    Frame body; ///< at the body centre
    Frame inferiorPlate; ///< centre of the inferior endplate
    Frame superiorPlate; ///< centre of the superior endplate
};

struct DiscLevel {
    DiscSpec spec;
    Frame lower, upper; ///< the endplates it joins
    Frame centre;
};

/// Everything the structure builders place things against.
struct Landmarks {
    std::vector<VertebraLevel> vertebrae; ///< T11 first, L5 last
    std::vector<DiscLevel> discs; ///< T11-T12 first, L5-S1 last
    Frame s1Plate; ///< the origin
    glm::vec3 s2Dorsal{0.0f}; ///< S2 spinous tubercle (median sacral crest)

    // Right-side landmarks (mirror x for the left).
    glm::vec3 psis{0.0f}, piis{0.0f}, asis{0.0f}, iliacCrestTop{0.0f}, hipJoint{0.0f};
    std::vector<glm::vec3> iliacCrest; ///< PSIS to ASIS
    /// The proximal femur and the ischium: the greater trochanter's tip (level with the coccyx's
    /// tip), the lesser trochanter, the gluteal tuberosity's middle and the ischial tuberosity.
    glm::vec3 greaterTrochanterTip{0.0f}, lesserTrochanter{0.0f}, glutealTuberosity{0.0f},
        ischialTuberosity{0.0f};

    const VertebraLevel& vertebra(const std::string& id) const;
    const DiscLevel& disc(const std::string& id) const;

    /// World position of a point given in a vertebra's body frame (metres).
    glm::vec3 onVertebra(const std::string& id, const glm::vec3& local) const
    {
        return vertebra(id).body.toWorld(local);
    }

    /// Point on the curved sacral axis `alongM` below the S1 plate, offset `dorsalM` dorsally
    /// and `lateralM` to the right.
    glm::vec3 onSacrum(float alongM, float dorsalM, float lateralM) const;
    Frame sacralFrame(float alongM) const;

    /// Lordosis between the L1 superior endplate and the S1 superior endplate (degrees).
    float lordosisDeg() const;
};

Landmarks computeLandmarks();

} // namespace lumbar
