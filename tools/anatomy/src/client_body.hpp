// The whole client lying prone on a massage table, around the modelled lumbar anatomy: the body's
// outer surface (head to feet), the dissection window opened in its skin over the lower back, and
// the table with its face cradle. All in the anatomy's frame (metres, +Y superior, +Z posterior,
// +X the patient's right); the table top is level with the body's front.
#pragma once

#include "body_envelope.hpp"
#include "landmarks.hpp"
#include "limb_loft.hpp"

#include <glm/glm.hpp>

#include <array>

namespace lumbar {

/// Body measurements used, each an adult male mean (cm) from a survey:
/// - lengths from the 2012 US Army anthropometric survey ANSUR II (Gordon et al. 2014,
///   NATICK/TR-15/007): stature, acromial, trochanterion, lateral femoral epicondyle and lateral
///   malleolus heights, acromion-radiale and radiale-stylion lengths, hand length and breadth;
/// - girths and breadths from Heinz, Peterson, Johnson & Kerk 2003 (J Stat Educ 11(2), 247 men,
///   means computed from the published data): waist, hip, thigh, knee, calf, ankle, forearm,
///   wrist and flexed biceps girths, biacromial breadth.
/// Values not in either survey are marked *estimate* where they are used.
namespace survey {
inline constexpr float kStatureCm = 175.62f; // ANSUR II
inline constexpr float kAcromialHeightCm = 144.07f; // ANSUR II
inline constexpr float kTrochanterionHeightCm = 90.09f; // ANSUR II
inline constexpr float kKneeHeightCm = 49.17f; // ANSUR II, lateral femoral epicondyle height
inline constexpr float kAnkleHeightCm = 7.29f; // ANSUR II, lateral malleolus height
inline constexpr float kUpperArmLengthCm = 33.52f; // ANSUR II, acromion-radiale
inline constexpr float kForearmLengthCm = 26.79f; // ANSUR II, radiale-stylion
inline constexpr float kHandLengthCm = 19.33f; // ANSUR II
inline constexpr float kHandBreadthCm = 8.83f; // ANSUR II
inline constexpr float kBiacromialBreadthCm = 41.24f; // Heinz et al. 2003
inline constexpr float kWaistGirthCm = 84.53f; // Heinz et al. 2003, narrowest part below the ribs
inline constexpr float kHipGirthCm = 97.76f; // Heinz et al. 2003, at the bitrochanteric level
inline constexpr float kThighGirthCm = 56.50f; // Heinz et al. 2003, below the gluteal fold
inline constexpr float kKneeGirthCm = 37.20f; // Heinz et al. 2003
inline constexpr float kCalfGirthCm = 37.21f; // Heinz et al. 2003, maximum
inline constexpr float kAnkleGirthCm = 23.16f; // Heinz et al. 2003, minimum
inline constexpr float kBicepsGirthCm = 34.40f; // Heinz et al. 2003, flexed
inline constexpr float kForearmGirthCm = 28.24f; // Heinz et al. 2003
inline constexpr float kWristGirthCm = 17.19f; // Heinz et al. 2003

/// Radius (m) of a round limb of the given girth.
constexpr float radiusOfGirth(float girthCm)
{
    return girthCm * 0.01f / (2.0f * 3.14159265f);
}
} // namespace survey

/// Where the body meets the table and the table's size (a *convention* of massage tables: about 185 x 71-76
/// cm, 60-90 cm high, a face cradle at the head).
namespace table {
/// z of the table top: the body's front rests on it (the belly flattened by about 5 mm).
inline constexpr float kTopZ = -0.165f;
inline constexpr float kLengthM = 1.85f;
inline constexpr float kWidthM = 0.74f;
/// Floor to table top: a deep-work setting within the 60-90 cm range (*convention*).
inline constexpr float kHeightM = 0.70f;
/// Padded top (*estimate*).
inline constexpr float kThicknessM = 0.065f;
} // namespace table

/// The dissection window: a rounded rectangle on the back, from just below the lower ribs to the
/// proximal thighs and round to each flank, where the skin and the fat are cut away to show the
/// layers. The skin drawn inside it (see-through, peeled first) is the shell between the envelope
/// and its inner side, 1.5 cm in.
namespace window {
inline constexpr float kBottomM = -0.232f;
inline constexpr float kTopM = 0.255f;
/// How far round the trunk from the posterior midline, either side (70 degrees).
inline constexpr float kHalfAngleRad = 1.2217f;
/// The window's corners are rounded over this arc length (at kArcRadiusM).
inline constexpr float kCornerM = 0.04f;
/// Radius at which angles round the trunk are turned into arc lengths.
inline constexpr float kArcRadiusM = 0.16f;
/// The slit left in the window's skin over the natal cleft, from this height down, this far either
/// side of the midline: there the skin and fat fold into the cleft's crease, and cut across by the
/// window's edge they fold through themselves on the 4.8 mm grid (the skin's mesh gets handles).
inline constexpr float kCleftSlitTopM = -0.150f;
inline constexpr float kCleftSlitHalfWidthM = 0.020f;
/// Gap between the skin inside the window and the body around it (each side of the cut).
inline constexpr float kCutGapM = 0.0005f;
/// The floor of the dissection: a coronal plane (z) the hollow round the anatomy stops at, so that
/// it reads as a box cut down to a flat face through the abdomen rather than as the inside of the
/// body's shell (*choice*: about 6 mm in front of the deepest modelled structures, psoas major
/// and the hip bones, which reach z = -0.094 in the generated model). It cuts every structure, as
/// a box cut does: the external oblique, wrapping round the flank, ends on it.
inline constexpr float kFloorZ = -0.100f;
} // namespace window

/// One arm of a body: its joints and the hand, an ellipsoid with half-sizes along the model's axes.
struct ArmJoints {
    glm::vec3 shoulder, elbow, wrist, handCentre, handHalfSize;
};

/// One leg of a body: hip, knee, the calf's widest point and the ankle.
struct LegJoints {
    glm::vec3 hip, knee, calf, ankle;
};

class ClientBody {
public:
    /// `coccyxTipY`: the greater trochanter's tip is level with the coccyx tip (standard
    /// anatomy texts); the other surveyed landmarks keep their standing distances from it.
    explicit ClientBody(float coccyxTipY);

    /// The height (y) of a landmark `standingHeightCm` above the floor when standing.
    float heightY(float standingHeightCm) const
    {
        return m_trochanterY + (standingHeightCm - survey::kTrochanterionHeightCm) * 0.01f;
    }

    /// Approximate signed distance to the client's skin, head to feet (negative inside): the lower
    /// trunk is the BodyEnvelope the anatomy is built in; chest, shoulders, neck, head, arms and
    /// legs are blended onto it; the front is flattened where it rests on the table.
    float outer(const glm::vec3& p) const;
    /// The parts every body is made of, the client's and the therapist's figure alike, with the
    /// same sizes and fillets. The trunk: the lower trunk of the envelope, the chest and the
    /// shoulders.
    float trunk(const glm::vec3& p) const;
    /// `d` with the neck and the head (centred at `headCentre`) blended on.
    float addHead(float d, const glm::vec3& p, const glm::vec3& headCentre) const;
    /// `d` with an arm blended on: upper arm, forearm and hand, sized from the surveyed girths.
    float addArm(float d, const glm::vec3& p, const ArmJoints& arm) const;
    /// `d` with the upper arm and the forearm blended on, ending at the wrist.
    float addArmToWrist(float d, const glm::vec3& p, const ArmJoints& arm) const;
    /// `d` with a leg from the hip to the ankle blended on.
    float addLeg(float d, const glm::vec3& p, const LegJoints& leg) const;
    /// `d` with a foot from the heel to the toes blended on.
    float addFoot(float d, const glm::vec3& p, const glm::vec3& heel, const glm::vec3& toes) const;

    /// Where the client's head is centred, face down in the cradle.
    glm::vec3 headCentre() const;
    /// How much of the skin at `p` is hair, 0 (bare skin) to 1: the scalp above a hairline across
    /// the forehead, round the temples and the ears and down to the nape; 0 away from the head.
    float hairCover(const glm::vec3& p) const;
    /// The client's leg on side `side` (+1 right, -1 left) lying prone, blended onto `d`: the
    /// envelope's thigh turning into a loft of surveyed girths (client_limbs.cpp) with the
    /// popliteal fossa behind the knee, the calf's two heads and the Achilles tendon, and the foot.
    float addProneLeg(float d, const glm::vec3& p, float side) const;
    /// The client's arm on side `side` resting beside the body, palm down, blended onto `d`: the
    /// deltoid over the shoulder, the upper arm, the elbow and the forearm flattening to the
    /// wrist as a loft of surveyed girths, and the hand.
    float addRestingArm(float d, const glm::vec3& p, float side) const;
    /// Brow, nose, cheeks, lips and chin on the client's face, lying in the face cradle.
    float addFace(float d, const glm::vec3& p) const;
    /// The client's lateral malleolus on side `side`: where the foot hangs from the leg.
    glm::vec3 proneAnkle(float side) const;
    /// The client's wrist crease on side `side`, resting on the table.
    glm::vec3 restingWrist(float side) const;
    /// The client's foot on side `side` (+1 right, -1 left) lying prone, blended onto `d`: heel,
    /// sole facing up and back, the toes pointing down to the table.
    float addProneFoot(float d, const glm::vec3& p, const glm::vec3& ankle, float side) const;
    /// The client's hand on side `side` resting palm down on the table beside the body, blended
    /// onto `d`: palm, thumb and four fingers, relaxed.
    float addRestingHand(float d, const glm::vec3& p, const glm::vec3& wrist, float side) const;

    /// How flushed the skin at `p` is, 0 (the body's even tone) to 1: the skin over bony points
    /// that bear weight and are rubbed, and the thin skin of the ears, looks pinker (*choice*, as
    /// photographs show it; no survey measures it): the elbows' olecranon, the knuckles, the
    /// heels and the soles, the ears. Soft-edged zones a few centimetres across.
    float skinFlush(const glm::vec3& p) const;

    /// Signed distance to the dissection window's outline, as a prism round the trunk's axis
    /// (negative inside the window, whatever the depth).
    float window(const glm::vec3& p) const;
    /// The space under the fat where the lumbar anatomy is modelled, down to the dissection's
    /// floor (negative inside).
    float core(const glm::vec3& p) const;
    /// The client's skin and fat outside the window, closed: the body is hollow only where the
    /// modelled anatomy is.
    float bodyOutsideWindow(const glm::vec3& p) const;
    /// How far the skin at `p` moves outwards when the subcutaneous fat doubles: its height above
    /// the fat's deep side along the skin's outward normal (none on the deep side, the local
    /// thickness on the skin). Over the lower trunk only, fading out over 8 cm beyond the
    /// modelled region and on the front that rests on the table.
    glm::vec3 fatOffset(const glm::vec3& p) const;
    /// The table: padded top, legs and the face cradle.
    float massageTable(const glm::vec3& p) const;

    const BodyEnvelope& envelope() const { return m_envelope; }

    /// Sections of the right leg below the hip and of the right arm below the shoulder (the left
    /// ones mirror them), ordered from the root of the limb.
    static constexpr std::size_t kLegSectionCount = 10;
    static constexpr std::size_t kArmSectionCount = 10;

private:
    /// skinFlush over the arms and legs (client_limbs.cpp).
    float limbFlush(const glm::vec3& p) const;

    float m_trochanterY;
    BodyEnvelope m_envelope;
    std::array<LimbSection, kLegSectionCount> m_legSections{};
    std::array<LimbSection, kArmSectionCount> m_armSections{};
};

/// The client around the anatomy of `lm`.
ClientBody clientBodyOf(const Landmarks& lm);

} // namespace lumbar
