// Sacrum, coccyx and hip bones as blended signed-distance primitives placed on the sacral
// frames and the pelvic landmarks (Chakraverty et al. 2007: PSIS at S2 about 4 cm from the
// midline, iliac crest tops at L4); part sizes not given there are *estimates* kept as named constants.
#include "bone_parts.hpp"
#include "landmarks.hpp"
#include "sdf.hpp"
#include "structure.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace lumbar {

namespace {

using glm::vec3;

// Sacral segments S1-S5 (*estimates* from standard drawings: about 10.5 cm wide at the alae;
// the lateral border runs down the auricular part of S1-S3, then turns in at the inferolateral
// angles to an apex about 3 cm wide).
struct SacralSegment {
    float along, halfWidth, massRadius, massDorsal, axisRadius, dorsal;
};
constexpr std::array<SacralSegment, 5> kSacralSegments{{
    {0.014f, 0.051f, 0.016f, 0.006f, 0.016f, 0.036f},
    {0.040f, 0.045f, 0.013f, 0.008f, 0.013f, 0.034f},
    {0.062f, 0.034f, 0.010f, 0.006f, 0.010f, 0.028f},
    {0.080f, 0.024f, 0.008f, 0.004f, 0.008f, 0.021f},
    {0.095f, 0.015f, 0.006f, 0.002f, 0.006f, 0.014f},
}};

/// Slabs the sacral plate is built from (more: a smoother outline, slower to evaluate).
constexpr int kSacralSlices = 14;

/// The laminar roof's top lies this far below the median crest's axis (*estimate*).
constexpr float kSacralRoofBelowCrestM = 0.007f;

/// Depth of a posterior sacral foramen's pit (kSacralForamina) below the roof's surface
/// (*estimate*: enough to read as a hole).
constexpr float kForamenPitDepthM = 0.008f;
/// The intermediate (fused articular) and lateral (fused transverse) crests run this far
/// medial and lateral of the foramina's centres (*estimates*), as low ridges of this radius.
constexpr float kIntermediateCrestOffsetM = 0.0095f;
constexpr float kLateralCrestOffsetM = 0.0100f;
constexpr float kSacralCrestRadiusM = 0.0027f;
/// Sacral hiatus: the canal's dorsal wall is missing from the lower S4 down (*estimate*);
/// an inverted-U notch about 1 cm wide between the sacral cornua.
constexpr float kHiatusTopAlongM = 0.078f;
constexpr float kHiatusHalfWidthM = 0.0050f;

/// Segment sizes at a level on the sacral axis, interpolated down the table.
SacralSegment sacralSegmentAt(float along)
{
    const auto& t = kSacralSegments;
    if (along <= t.front().along)
        return t.front();
    for (std::size_t i = 1; i < t.size(); ++i)
        if (along <= t[i].along) {
            const float f = (along - t[i - 1].along) / (t[i].along - t[i - 1].along);
            const auto mix = [f](float a, float b) { return a + f * (b - a); };
            const auto &a = t[i - 1], &b = t[i];
            return SacralSegment{along, mix(a.halfWidth, b.halfWidth), mix(a.massRadius, b.massRadius),
                mix(a.massDorsal, b.massDorsal), mix(a.axisRadius, b.axisRadius), mix(a.dorsal, b.dorsal)};
        }
    return t.back();
}

/// Where the roof's dorsal surface lies at a level (distance behind the axis).
float sacralRoofTop(float along)
{
    return sacralSegmentAt(along).dorsal - kSacralRoofBelowCrestM;
}

/// A foramen's distance from the midline at any level: the rows are straight between the
/// foramina and run on beyond the first and last.
float foramenRowLateral(float along)
{
    const auto& f = kSacralForamina;
    const std::size_t i = along <= f[1].alongM ? 0 : (along <= f[2].alongM ? 1 : 2);
    const float t = (along - f[i].alongM) / (f[i + 1].alongM - f[i].alongM);
    return f[i].lateralM + t * (f[i + 1].lateralM - f[i].lateralM);
}

/// Blended primitives with their end points precomputed once: every onSacrum() builds a frame,
/// and the sacrum and the muscles carved from it evaluate the field millions of times.
struct BlendedRod {
    vec3 a, b;
    float ra, rb, blendM;
};

/// The sacrum as a distance field: the S1 body and a curved plate of slabs with a roof over the
/// canal, then crests, tubercles and articular processes blended on, then the posterior
/// foramina and the hiatus cut away.
class SacrumShape {
public:
    explicit SacrumShape(const Landmarks& lm);
    float operator()(const vec3& p) const;

private:
    struct Slab {
        Frame frame;
        vec3 massCentre, massHalf;
        float massRounding;
        vec3 roofCentre, roofHalf;
    };
    Frame s1Body_;
    std::vector<Slab> slabs_;
    std::vector<BlendedRod> rods_; ///< smooth-unioned in order after the slabs
    std::vector<BlendedRod> pits_; ///< capsules (ra = rb) cut away at the end
};

SacrumShape::SacrumShape(const Landmarks& lm) : s1Body_(lm.sacralFrame(0.0125f))
{
    // The plate: thin slabs across the curved axis, their sizes interpolated down the segment
    // table, blended into one curved shield (wide alae and auricular part above, apex below);
    // a raised roof over the sacral canal carries the crests and the foramina.
    const float firstAlong = kSacralSegments.front().along, lastAlong = kSacralSegments.back().along;
    const float halfStep = 0.6f * (lastAlong - firstAlong) / float(kSacralSlices - 1);
    for (int k = 0; k < kSacralSlices; ++k) {
        const float along = firstAlong + (lastAlong - firstAlong) * float(k) / float(kSacralSlices - 1);
        const SacralSegment s = sacralSegmentAt(along);
        // Lateral parts (alae, auricular surfaces): a plate, not a rod. The roof over the canal
        // reaches just beyond the lateral crests and falls away to the alae.
        const float roofLo = s.massDorsal, roofHi = sacralRoofTop(along);
        const float roofHalfWidth
            = std::min(foramenRowLateral(along) + kLateralCrestOffsetM + 0.002f, s.halfWidth);
        slabs_.push_back({lm.sacralFrame(along), {0.0f, 0.0f, s.massDorsal},
            {s.halfWidth, halfStep + 0.002f, s.massRadius}, std::min(0.004f, 0.8f * s.massRadius),
            {0.0f, 0.0f, 0.5f * (roofLo + roofHi)},
            {roofHalfWidth, halfStep + 0.002f, 0.5f * (roofHi - roofLo)}});
    }
    const auto ball = [&](const vec3& c, float r, float k) { rods_.push_back({c, c, r, r, k}); };
    // Fused bodies along the curved axis.
    for (std::size_t i = 0; i + 1 < kSacralSegments.size(); ++i) {
        const auto &s = kSacralSegments[i], &n = kSacralSegments[i + 1];
        rods_.push_back(
            {lm.onSacrum(s.along, 0, 0), lm.onSacrum(n.along, 0, 0), s.axisRadius, n.axisRadius, 0.008f});
    }
    // Median crest: a low ridge with the fused spinous tubercles of S1-S4 standing out of it
    // (S4's is small; below it the hiatus opens).
    constexpr std::array<float, 4> kTubercleRadiusM{0.0055f, 0.0052f, 0.0046f, 0.0036f};
    for (std::size_t i = 0; i < kTubercleRadiusM.size(); ++i) {
        const auto& s = kSacralSegments[i];
        ball(lm.onSacrum(s.along, s.dorsal + 0.002f, 0), kTubercleRadiusM[i], 0.004f);
        if (i + 1 < kTubercleRadiusM.size()) {
            const auto& n = kSacralSegments[i + 1];
            rods_.push_back({lm.onSacrum(s.along, s.dorsal - 0.001f, 0),
                lm.onSacrum(n.along, n.dorsal - 0.001f, 0), 0.0032f, 0.0026f, 0.006f});
        }
    }
    // Intermediate crests (medial to the foramina, ending below as the sacral cornua) and
    // lateral crests with their transverse tubercles (lateral to them), as low ridges.
    constexpr std::array<float, 5> kCrestAlong{0.016f, 0.040f, 0.060f, 0.077f, 0.092f};
    for (float side : {-1.0f, 1.0f})
        for (std::size_t i = 0; i + 1 < kCrestAlong.size(); ++i) {
            const float a0 = kCrestAlong[i], a1 = kCrestAlong[i + 1];
            const auto onRoof = [&](float along, float lateral, float raise) {
                return lm.onSacrum(along, sacralRoofTop(along) + raise, side * lateral);
            };
            const auto intermediate = [&](float along) {
                return onRoof(along, foramenRowLateral(along) - kIntermediateCrestOffsetM, 0.0008f);
            };
            const auto lateral = [&](float along, float raise) {
                return onRoof(along, foramenRowLateral(along) + kLateralCrestOffsetM, raise);
            };
            rods_.push_back(
                {intermediate(a0), intermediate(a1), kSacralCrestRadiusM, kSacralCrestRadiusM, 0.003f});
            if (i + 2 < kCrestAlong.size()) {
                rods_.push_back(
                    {lateral(a0, 0.0f), lateral(a1, 0.0f), kSacralCrestRadiusM, kSacralCrestRadiusM, 0.003f});
                ball(lateral(a0, 0.0008f), 0.0036f, 0.003f);
            }
        }
    // Sacral cornua beside the hiatus (*estimate*: knobs 7 mm across, 17 mm apart).
    for (float side : {-1.0f, 1.0f})
        ball(lm.onSacrum(0.093f, sacralRoofTop(0.093f), side * 0.0085f), 0.0034f, 0.003f);
    // Superior articular processes of S1, meeting L5's inferior ones.
    for (float side : {-1.0f, 1.0f})
        rods_.push_back({lm.onSacrum(0.008f, 0.026f, side * 0.019f),
            lm.onSacrum(-0.010f, 0.030f, side * 0.020f), 0.0048f, 0.0048f, 0.005f});
    // Posterior sacral foramina: round pits sunk along the local dorsal direction, rims softened.
    for (const auto& f : kSacralForamina)
        for (float side : {-1.0f, 1.0f}) {
            const float top = sacralRoofTop(f.alongM);
            pits_.push_back({lm.onSacrum(f.alongM, top + 0.010f, side * f.lateralM),
                lm.onSacrum(f.alongM, top - kForamenPitDepthM + f.radiusM, side * f.lateralM), f.radiusM,
                f.radiusM, 0.0015f});
        }
    // Sacral hiatus: the notch opening downwards between the cornua.
    const float hiatusTop = kHiatusTopAlongM + kHiatusHalfWidthM;
    pits_.push_back({lm.onSacrum(hiatusTop, sacralRoofTop(hiatusTop) - 0.002f, 0),
        lm.onSacrum(lastAlong + 0.02f, sacralRoofTop(lastAlong) - 0.003f, 0), kHiatusHalfWidthM,
        kHiatusHalfWidthM, 0.002f});
}

float SacrumShape::operator()(const vec3& p) const
{
    // S1 body, like a lumbar body (width 50 mm, depth 32 mm).
    float d = roundedEllipticCylinder(s1Body_.toLocal(p), 0.025f, 0.016f, 0.0125f, 0.002f);
    for (const Slab& s : slabs_) {
        const vec3 q = s.frame.toLocal(p);
        d = sdf::smoothUnion(d, sdf::roundBox(q - s.massCentre, s.massHalf, s.massRounding), 0.006f);
        d = sdf::smoothUnion(d, sdf::roundBox(q - s.roofCentre, s.roofHalf, 0.004f), 0.008f);
    }
    for (const BlendedRod& r : rods_)
        d = sdf::smoothUnion(d, sdf::roundCone(p, r.a, r.b, r.ra, r.rb), r.blendM);
    for (const BlendedRod& pit : pits_)
        d = sdf::smoothIntersect(d, -sdf::capsule(p, pit.a, pit.b, pit.ra), pit.blendM);
    return d;
}

} // namespace

StructureDef sacrum(const Landmarks& lm)
{
    StructureDef def;
    def.id = "sacrum";
    def.layer = Layer::Bone;
    def.shape = [shape = SacrumShape(lm)](const vec3& p) { return shape(p); };
    def.bounds = {{-0.065f, -0.105f, -0.040f}, {0.065f, 0.030f, 0.085f}};
    def.avoid = {{"vertebra_l5", kCarveGapBoneM}};
    def.cellSizeM = 0.0010f; // fine enough for the foramina and crests
    def.targetTriangles = 5000;
    def.colour = colours::kBone;
    return def;
}

StructureDef coccyx(const Landmarks& lm)
{
    StructureDef def;
    def.id = "coccyx";
    def.layer = Layer::Bone;
    def.shape = [lm](const vec3& p) {
        // Four small fused segments continuing the sacral curve (*estimate*: 3 cm long).
        constexpr std::array<float, 4> along{0.108f, 0.117f, 0.125f, 0.132f};
        constexpr std::array<float, 4> halfWidth{0.011f, 0.007f, 0.005f, 0.0035f};
        float d = 1e9f;
        for (std::size_t i = 0; i < along.size(); ++i) {
            const float r = 0.0045f - 0.0004f * float(i);
            d = sdf::smoothUnion(d,
                sdf::capsule(p, lm.onSacrum(along[i], 0.001f, -halfWidth[i] + r),
                    lm.onSacrum(along[i], 0.001f, halfWidth[i] - r), r),
                0.004f);
        }
        // Coccygeal cornua reaching up towards the sacral hiatus.
        for (float side : {-1.0f, 1.0f})
            d = sdf::smoothUnion(d,
                sdf::capsule(p, lm.onSacrum(0.106f, 0.004f, side * 0.007f),
                    lm.onSacrum(0.101f, 0.008f, side * 0.007f), 0.0025f),
                0.003f);
        return d;
    };
    def.bounds = {{-0.02f, -0.14f, -0.01f}, {0.02f, -0.07f, 0.06f}};
    def.avoid = {{"sacrum", kCarveGapBoneM}};
    def.cellSizeM = 0.0009f;
    def.targetTriangles = 700;
    def.colour = colours::kBone;
    return def;
}

namespace {

/// Iliac crest radius at each of Landmarks::iliacCrest's points, PSIS to ASIS (*estimates*:
/// the crest is about 1.5 cm thick behind, thinner over the top, thick again at the tubercle).
constexpr std::array<float, 7> kCrestRadiusM{0.0090f, 0.0078f, 0.0070f, 0.0070f, 0.0078f, 0.0072f, 0.0060f};
/// Straight pieces per crest span: the crest reads as one smooth S curve, not a polyline.
constexpr int kCrestPiecesPerSpan = 3;
/// The wing's mid-surface bulges outwards in front (gluteal surface convex in front, iliac
/// fossa concave; Gray's Anatomy) by up to this much, fading to nothing over this distance from
/// the fossa's centre (*estimates*). Behind, the outline's own twist keeps it flat to concave.
constexpr float kWingBulgeM = 0.010f;
constexpr float kWingBulgeReachM = 0.055f;
/// Half thickness of the wing: thin in the middle of the fossa, thicker towards the rim
/// (*estimate*; the thinnest real bone is 1-2 mm, kept thicker so the grid resolves it).
constexpr float kWingHalfThicknessMidM = 0.0017f;
constexpr float kWingHalfThicknessRimM = 0.0036f;

/// Right hip bone: iliac wing fanned from an interior point to its rim (warped into a shallow
/// bowl), a rounded crest with its tubercle, PSIS/PIIS knobs above the greater sciatic notch,
/// the posterior gluteal line, and the acetabular region clipped at dims::kPelvisClipM.
class HipBoneShape {
public:
    explicit HipBoneShape(const Landmarks& lm);
    float operator()(const vec3& p) const;

private:
    float wing(const vec3& p) const;

    vec3 wingCentre_{0.094f, -0.020f, -0.004f};
    vec3 fossaCentre_{0.114f, 0.010f, -0.036f}; ///< where the bowl is deepest (*estimate*)
    vec3 wingNormal_{1.0f, 0.0f, 0.0f}; ///< outwards, from the rim's mean plane
    std::vector<vec3> rim_; ///< closed outline: the sampled crest, then the lower border
    std::vector<BlendedRod> crest_; ///< united plainly (a smooth union beads every joint)
    std::vector<BlendedRod> rods_; ///< smooth-unioned in order after the wing and crest
    std::vector<std::array<vec3, 3>> plates_; ///< thick triangles (posterior ilium)
    vec3 socketCentre_{0.0f}, cupCentre_{0.0f};
    BlendedRod ischium_{};
    Box reach_{};
};

HipBoneShape::HipBoneShape(const Landmarks& lm)
{
    const vec3 body{0.088f, -0.078f, -0.018f};
    const vec3 aiis{0.108f, -0.066f, -0.070f};
    const vec3 acetabularFront{0.100f, -0.092f, -0.050f};
    // Greater sciatic notch (*estimates*): from below the PIIS its border runs forwards and down
    // to its deepest point behind the acetabulum, then back towards the ischial spine.
    const vec3 notchDeep{0.074f, -0.080f, 0.010f};
    const vec3 ischialSpine{0.060f, -0.118f, 0.020f};
    const vec3 ischialBody{0.078f, -0.126f, 0.000f};

    // The crest, sampled along a smooth curve through the landmarks, is the rim's upper part.
    const std::vector<vec3>& crest = lm.iliacCrest;
    const int crestSamples = (int(crest.size()) - 1) * kCrestPiecesPerSpan;
    for (int k = 0; k <= crestSamples; ++k)
        rim_.push_back(catmullRom(crest, float(k) / kCrestPiecesPerSpan));
    for (const vec3& q : {aiis, acetabularFront, ischialBody, ischialSpine, notchDeep, lm.piis})
        rim_.push_back(q);
    // Newell's normal of the outline, turned to face laterally.
    vec3 n(0.0f);
    for (std::size_t i = 0; i < rim_.size(); ++i) {
        const vec3 &a = rim_[i], &b = rim_[(i + 1) % rim_.size()];
        n += vec3((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x), (a.x - b.x) * (a.y + b.y));
    }
    wingNormal_ = glm::normalize(n.x < 0.0f ? -n : n);

    // Iliac crest: a rounded lip along the same curve.
    for (int k = 0; k < crestSamples; ++k) {
        const float s0 = float(k) / kCrestPiecesPerSpan, s1 = float(k + 1) / kCrestPiecesPerSpan;
        const auto radiusAt = [](float s) {
            const std::size_t i = std::min(std::size_t(s), kCrestRadiusM.size() - 2);
            return glm::mix(kCrestRadiusM[i], kCrestRadiusM[i + 1], s - float(i));
        };
        crest_.push_back({rim_[std::size_t(k)], rim_[std::size_t(k + 1)], radiusAt(s0), radiusAt(s1), 0.0f});
    }
    const auto ball = [&](const vec3& c, float r, float k) { rods_.push_back({c, c, r, r, k}); };
    // Iliac tubercle: the outer lip swells about 5 cm behind the ASIS (*estimate* 8 mm knob).
    ball(crest[5] + vec3(0.004f, 0.006f, 0.004f), 0.0080f, 0.008f);
    // PSIS and PIIS as knobs with a shallow notch between them.
    const vec3 psisPiisNotch = 0.5f * (lm.psis + lm.piis) + vec3(0.004f, 0.0f, -0.006f);
    ball(lm.psis + vec3(0.001f, -0.002f, -0.003f), 0.0090f, 0.006f);
    rods_.push_back({lm.psis + vec3(0, 0, -0.006f), psisPiisNotch, 0.0080f, 0.0060f, 0.006f});
    rods_.push_back({psisPiisNotch, lm.piis, 0.0060f, 0.0068f, 0.006f});
    ball(lm.piis + vec3(0.0f, 0.0f, 0.001f), 0.0072f, 0.005f);
    // Border of the greater sciatic notch: rounded, thickening towards the body.
    rods_.push_back({lm.piis, notchDeep, 0.0060f, 0.0075f, 0.006f});
    rods_.push_back({notchDeep, ischialSpine, 0.0075f, 0.0060f, 0.006f});
    rods_.push_back({notchDeep, body, 0.0080f, 0.016f, 0.010f});
    rods_.push_back({ischialSpine, ischialBody, 0.0060f, 0.011f, 0.008f});
    // Anterior border and the body above the acetabulum.
    rods_.push_back({lm.asis, aiis, 0.0060f, 0.0065f, 0.006f});
    rods_.push_back({aiis, body, 0.0065f, 0.016f, 0.010f});
    // The body thins upwards into the wing (no crease where the fan turns into the body).
    rods_.push_back({body, wingCentre_ + vec3(0.0f, 0.004f, 0.0f), 0.014f, 0.0045f, 0.012f});
    // Thick auricular part behind the sacroiliac joint.
    plates_.push_back({lm.psis + vec3(0.004f, 0, -0.010f), lm.piis + vec3(0.006f, 0, -0.004f),
        crest[1] + vec3(0.004f, -0.006f, -0.010f)});

    // Acetabulum: a cup facing laterally, forwards and down; rim about 5 cm across (*estimate*),
    // socket radius about 2.3 cm.
    socketCentre_ = lm.hipJoint - acetabularOpening() * 0.006f;
    cupCentre_ = acetabularCupCentre(lm);
    // The ischium below the acetabulum, down and back to the ischial tuberosity (the sitting
    // bone, where the hamstrings arise); the pubis in front is not modelled.
    ischium_ = {ischialBody + vec3(0.0f, 0.010f, 0.0f), lm.ischialTuberosity, 0.011f, 0.014f, 0.008f};

    reach_ = {vec3(1e9f), vec3(-1e9f)};
    for (const vec3& q : rim_)
        reach_ = reach_.unite({q - vec3(0.02f), q + vec3(0.02f)});
    reach_ = reach_.unite({socketCentre_ - vec3(0.03f), socketCentre_ + vec3(0.03f)});
    reach_ = reach_.unite({lm.ischialTuberosity - vec3(0.02f), lm.ischialTuberosity + vec3(0.02f)});

    // Posterior gluteal line: a low ridge on the outer surface from the crest in front of the
    // PSIS down towards the top of the greater sciatic notch (*estimate*), placed by marching
    // in from outside to the outer face of the bone built so far, then sunk by a millimetre.
    const auto onOuterFace = [&](const vec3& mid) {
        vec3 q = mid + wingNormal_ * 0.03f;
        for (int step = 0; step < 120 && (*this)(q) > 0.0f; ++step)
            q -= wingNormal_ * 0.0005f;
        return q - wingNormal_ * 0.001f;
    };
    const vec3 lineTop = onOuterFace(glm::mix(crest[2], wingCentre_, 0.15f));
    const vec3 lineMid = onOuterFace(glm::mix(glm::mix(crest[2], lm.piis, 0.5f), wingCentre_, 0.25f));
    const vec3 lineLow = onOuterFace(glm::mix(glm::mix(lm.piis, notchDeep, 0.35f), wingCentre_, 0.25f));
    rods_.push_back({lineTop, lineMid, 0.0030f, 0.0030f, 0.006f});
    rods_.push_back({lineMid, lineLow, 0.0030f, 0.0024f, 0.006f});
}

float HipBoneShape::wing(const vec3& p) const
{
    // Warp into a shallow bowl: the mid-surface is pushed outwards most at the fossa's centre.
    const vec3 c = p - fossaCentre_;
    const float alongNormal = glm::dot(c, wingNormal_);
    const float r2 = (glm::dot(c, c) - alongNormal * alongNormal) / (kWingBulgeReachM * kWingBulgeReachM);
    const float w = r2 < 1.0f ? (1.0f - r2) * (1.0f - r2) : 0.0f;
    const vec3 q = p - wingNormal_ * (kWingBulgeM * w);
    float fan = 1e9f;
    for (std::size_t i = 0; i < rim_.size(); ++i)
        fan = std::min(fan, sdf::triangle(q, wingCentre_, rim_[i], rim_[(i + 1) % rim_.size()]));
    return fan - glm::mix(kWingHalfThicknessRimM, kWingHalfThicknessMidM, w);
}

float HipBoneShape::operator()(const vec3& p) const
{
    // Far from the bone a bound is enough (nothing blends or carves over 2 cm).
    const vec3 outside = glm::max(reach_.min - p, p - reach_.max);
    const float boxDistance = glm::length(glm::max(outside, vec3(0.0f)));
    if (boxDistance > 0.02f)
        return boxDistance;
    float crest = 1e9f;
    for (const BlendedRod& r : crest_)
        crest = std::min(crest, sdf::roundCone(p, r.a, r.b, r.ra, r.rb));
    float d = sdf::smoothUnion(wing(p), crest, 0.006f);
    for (const BlendedRod& r : rods_)
        d = sdf::smoothUnion(d, sdf::roundCone(p, r.a, r.b, r.ra, r.rb), r.blendM);
    for (const auto& t : plates_)
        d = sdf::smoothUnion(d, sdf::triangle(p, t[0], t[1], t[2]) - 0.0075f, 0.008f);
    d = sdf::smoothUnion(d, sdf::sphere(p, socketCentre_, 0.025f), 0.010f);
    d = std::max(d, -sdf::sphere(p, cupCentre_, kAcetabularCupRadiusM));
    // Clip below the acetabular region (the pubis is outside the model), the ischium continuing
    // below the cut to its tuberosity.
    d = std::max(d, dims::kPelvisClipM - p.y);
    return sdf::smoothUnion(
        d, sdf::roundCone(p, ischium_.a, ischium_.b, ischium_.ra, ischium_.rb), ischium_.blendM);
}

} // namespace

StructureDef hipBoneRight(const Landmarks& lm)
{
    StructureDef def;
    def.id = "hip_bone.right";
    def.layer = Layer::Bone;
    def.shape = [shape = HipBoneShape(lm)](const vec3& p) { return shape(p); };
    def.bounds = {{0.020f, lm.ischialTuberosity.y - 0.020f, -0.100f}, {0.150f, 0.075f, 0.080f}};
    def.avoid = {{"sacrum", kCarveGapBoneM}};
    def.cellSizeM = 0.0015f; // two cells across the thinnest part of the wing
    def.targetTriangles = 4800;
    def.colour = colours::kBone;
    return def;
}

} // namespace lumbar
