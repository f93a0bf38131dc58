// Superficial muscles laid under the fat (standard anatomy texts): latissimus dorsi (lower
// part) and serratus posterior inferior as thin sheets, gluteus maximus and medius
// as thick cushions with rounded borders, the flank's external oblique (standard anatomy texts) as a sheet
// under latissimus, and the iliotibial tract. Depth bands and outlines are *estimates* drawn to match the
// reference renders; fibre fields point from the origins towards each muscle's insertion.
#include "landmarks.hpp"
#include "layered_sheet.hpp"
#include "structure.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <memory>
#include <vector>

namespace lumbar {

namespace {

using glm::vec2;
using glm::vec3;

constexpr float kGapM = 0.0015f;
/// Width over which the gluteals' cuts against bone and the erector spinae are rounded
/// (*estimate*: twice their grid spacing, so no wedge thinner than a cell survives).
constexpr float kGluteusEdgeRoundingM = 0.006f;

StructureDef sheetMuscle(
    const std::string& id, Layer layer, const LayeredSheet& sheet, Box bounds, glm::vec4 colour)
{
    StructureDef def;
    def.id = id;
    def.layer = layer;
    auto shared = std::make_shared<const LayeredSheet>(sheet);
    def.shape = [shared](const vec3& p) { return shared->distance(p); };
    def.bounds = bounds;
    def.colour = colour;
    return def;
}

void avoidAll(StructureDef& def, std::initializer_list<const char*> ids)
{
    for (const char* id : ids)
        def.avoid.push_back({id, kGapM});
}

constexpr float kDegToRad = 0.017453293f;

/// Latissimus dorsi, lower part: a broad thin sheet (a few mm: *estimate* 4 mm, what the
/// grid and the decimator keep cleanly) whose fleshy fibres start along the lateral border of the fascial
/// diamond (its aponeurosis) and the posterior iliac crest and run up and out towards the
/// humerus (intertubercular groove). Its lower border curves over the crest; its lateral
/// border climbs round the flank and leaves the model's top edge at the side.
LayeredSheet latissimusSheet(const BodyEnvelope& body)
{
    return {body, 0.0f, 0.0040f,
        {{0.0f, 0.235f}, {0.0f, 0.40f}, {0.40f, 0.40f}, {0.40f, 0.054f}, {0.126f, 0.057f}, {0.111f, 0.066f},
            {0.098f, 0.080f}},
        -0.060f,
        // Lateral border (angle round the trunk): leaves the crest just lateral of its highest
        // point and climbs steadily forwards towards the axilla, so that from behind the sheet
        // widens upwards (the V of the back) instead of hugging the flank from crest to top;
        // it passes the flank's edge only at the model's top (*estimate* after the reference
        // renders).
        {{0.055f, 54.0f * kDegToRad}, {0.10f, 63.0f * kDegToRad}, {0.17f, 73.0f * kDegToRad},
            {0.24f, 83.0f * kDegToRad}, {0.31f, 92.0f * kDegToRad}}};
}

StructureDef latissimus(const BodyEnvelope& body)
{
    const LayeredSheet sheet = latissimusSheet(body);
    const auto diamond = std::make_shared<const std::vector<vec2>>(thoracolumbarDiamond());
    StructureDef def = sheetMuscle("latissimus_dorsi.right", Layer::SuperficialMuscle, sheet,
        {{-0.002f, 0.045f, -0.12f}, {0.20f, 0.31f, 0.12f}}, colours::kSuperficialMuscle);
    // The fascial diamond shares the depth band; keep clear of it.
    def.shape = [sheet, diamond](const vec3& p) {
        return std::max(sheet.distance(p), kGapM - sdf::polygon(*diamond, vec2(p.x, p.y)));
    };
    const vec3 humerus{0.19f, 0.45f, 0.0f};
    def.fibre = [humerus](const vec3& p) { return glm::normalize(humerus - p); };
    // The ribs give way to the sheet (see ribRight), so their angles dent nothing visible
    // instead of punching holes through it.
    avoidAll(def, {"hip_bone.right"});
    def.cellSizeM = 0.0012f;
    def.targetTriangles = 2800;
    return def;
}

/// Serratus posterior inferior: thin band from the T11-L2 spinous processes up and out to
/// ribs 9-12, under latissimus.
StructureDef serratusPosteriorInferior(const BodyEnvelope& body)
{
    LayeredSheet sheet{body, 0.0090f, 0.0125f,
        {{0.0f, 0.135f}, {0.0f, 0.27f}, {0.105f, 0.335f}, {0.128f, 0.250f}, {0.100f, 0.165f}}, -0.010f};
    StructureDef def = sheetMuscle("serratus_posterior_inferior.right", Layer::IntermediateMuscle, sheet,
        {{-0.002f, 0.12f, -0.05f}, {0.16f, 0.31f, 0.12f}}, colours::kIntermediateMuscle);
    def.fibre = [](const vec3&) { return glm::normalize(vec3(0.60f, 0.80f, 0.0f)); };
    avoidAll(def,
        {"thoracolumbar_fascia", "latissimus_dorsi.right", "vertebra_t11", "vertebra_t12", "vertebra_l1",
            "vertebra_l2", "rib_11.right", "rib_12.right"});
    def.cellSizeM = 0.0015f;
    def.targetTriangles = 1400;
    return def;
}

/// Smooth maximum of the distances to a convex polygon's edge lines (log-sum-exp): negative
/// inside, about the distance to the nearest edge away from the corners, corners rounded over
/// about `softM`. Unlike the exact polygon distance its interior has no creases along the
/// corners' bisectors, so a thickness profile built on it swells smoothly instead of showing
/// ridges. `corners` run counter-clockwise (x right, y up).
float softConvexOutline(const std::vector<vec2>& corners, const vec2& q, float softM)
{
    std::array<float, 8> edge{};
    const std::size_t n = corners.size();
    assert(n >= 3 && n <= edge.size() && "softConvexOutline: expects 3 to 8 corners");
    float largest = -1e9f;
    for (std::size_t i = 0; i < n; ++i) {
        const vec2 a = corners[i], b = corners[(i + 1) % n];
        const vec2 outward = glm::normalize(vec2(b.y - a.y, a.x - b.x));
        edge[i] = glm::dot(q - a, outward);
        largest = std::max(largest, edge[i]);
    }
    float sum = 0.0f;
    for (std::size_t i = 0; i < n; ++i)
        sum += std::exp((edge[i] - largest) / softM);
    return largest + softM * std::log(sum);
}

/// A thick muscle under the fat: a cushion whose outline is drawn on the back unrolled round
/// the trunk (so it can wrap onto the flank) and whose cross-section ends in a rounded,
/// elliptical margin instead of a cut edge. Its superficial face follows the deep side of the
/// fat in the middle and rolls away from it towards every border, which gives the bulk a
/// convex surface (the buttock) rather than a slab of constant thickness.
struct MuscleCushion {
    BodyEnvelope body;
    std::vector<vec2> outline; ///< convex, counter-clockwise, in (unrolled x, y)
    float thicknessM; ///< in the middle
    float marginM; ///< width over which the section rounds off at the borders
    float cornerM; ///< corner rounding of the outline
    /// Optional thinning towards an insertion below: under `thinFromY` the thickness falls
    /// smoothly to `thinThicknessM` at `thinToY`.
    float thinFromY = -1.0f, thinToY = -1.0f, thinThicknessM = 0.0f;

    float thicknessAt(float y) const
    {
        if (y >= thinFromY)
            return thicknessM;
        const float s = std::clamp((y - thinToY) / (thinFromY - thinToY), 0.0f, 1.0f);
        return thinThicknessM + (thicknessM - thinThicknessM) * s * s * (3.0f - 2.0f * s);
    }

    /// Arc length round the trunk from the posterior midline, measured at a typical posterior
    /// half-depth of the section (*estimate*, 11.5 cm) so that it equals x near the midline.
    float unrolledX(const vec3& p) const
    {
        constexpr float kUnrollRadiusM = 0.115f;
        return body.angleFromMidline(p) * kUnrollRadiusM;
    }

    /// Signed distance to the outline on the unrolled back (negative inside).
    float outlineDistance(const vec3& p) const
    {
        return softConvexOutline(outline, vec2(unrolledX(p), p.y), cornerM);
    }

    float distance(const vec3& p) const
    {
        const float inside = -outlineDistance(p);
        const float half = 0.5f * thicknessAt(p.y);
        // Section: an ellipse of semi-axes (margin, half thickness) stretched across the
        // interior, centred half the thickness below the fat.
        const vec2 local{std::max(marginM - inside, 0.0f), body.depthBelowFat(p) - half};
        return sdf::ellipsoid(vec3(local, 0.0f), vec3(marginM, half, 1.0f));
    }
};

/// Gluteus maximus: the thick quadrilateral bulk of the buttock. It arises along an
/// oblique line from the posterior iliac crest past the PSIS and the sacrum to the coccyx, and
/// its coarse fibres run down and out to the iliotibial tract and the gluteal tuberosity, its lower
/// border crossing the gluteal fold; its upper border runs with the fibres, leaving gluteus medius
/// uncovered above it.
MuscleCushion gluteusMaximusCushion(const BodyEnvelope& body)
{
    // Outline corners (*estimates* after the reference renders and standard drawings; x unrolled
    // round the trunk): the coccyx, the lower border running down and out across the gluteal fold
    // (above the fold medially, below it laterally) to the gluteal tuberosity, below the model's
    // cut at the insertion, up the outer side where its tendon joins the iliotibial tract over the
    // greater trochanter, the lateral corner where the upper border meets the tract, the origin
    // just below the posterior crest, beside and below the PSIS. The crest and the PSIS stay
    // uncovered, as they are palpable under the skin: drawn 2 cm over the crest, the muscle was
    // carved round the bone into a ragged notch. Thickest 3.8 cm (standard texts give 3-4 cm for
    // the upper buttock), rounding off over its outer 3.5 cm, thinning below the coccyx towards its
    // tendon (1.6 cm at the model's cut, *estimate*), where the hamstrings lie under it.
    return {body,
        {gluteal::kMaximusCoccyxCorner, gluteal::kMaximusFoldCorner, {0.125f, -0.280f}, {0.195f, -0.280f},
            {0.195f, -0.075f}, {0.182f, -0.052f}, {0.072f, 0.012f}, {0.038f, -0.040f}},
        0.038f, 0.035f, 0.010f, -0.130f, dims::kTrunkBottomM, 0.016f};
}

/// The buttock's cushion as the gluteal namespace's functions read it (it holds no state that
/// varies, so one serves every call).
const MuscleCushion& gluteusMaximusShape()
{
    static const MuscleCushion cushion = gluteusMaximusCushion(BodyEnvelope{});
    return cushion;
}

StructureDef gluteusMaximus(const Landmarks& lm, const BodyEnvelope& body)
{
    const MuscleCushion cushion = gluteusMaximusCushion(body);
    StructureDef def;
    def.id = "gluteus_maximus.right";
    def.layer = Layer::SuperficialMuscle;
    def.shape = [cushion](const vec3& p) { return cushion.distance(p); };
    def.bounds = {{0.004f, dims::kTrunkBottomM, -0.06f}, {0.20f, 0.05f, 0.14f}};
    def.colour = colours::kSuperficialMuscle;
    // Fibres converge on the insertions, beyond the gluteal tuberosity down the tract: the upper
    // ones run steeply down and out, the lower ones more horizontally (as in the reference renders).
    const vec3 insertion = lm.glutealTuberosity + vec3(0.060f, -0.060f, 0.010f);
    def.fibre = [insertion](const vec3& p) { return glm::normalize(insertion - p); };
    // Where its tendon joins the iliotibial tract over the trochanter it passes under the tract's
    // back border: the muscle carved by the tract keeps the tract's own clean edge, where the tract
    // carved round the muscle's thin margin was a row of teeth on the grid (a grazing cut).
    avoidAll(def, {"thoracolumbar_fascia", "coccyx", "femur.right", "iliotibial_tract.right"});
    // Its thin upper-medial margin crosses the iliac crest, the PSIS, the sacrum beside them and
    // the lower erector spinae at grazing angles; a hard cut left a ragged fringe there on the
    // 3 mm grid.
    for (const char* id : {"hip_bone.right", "sacrum", "multifidus.right", "longissimus_thoracis.right",
             "iliocostalis_lumborum.right"})
        def.avoid.push_back({id, kGapM, kGluteusEdgeRoundingM});
    def.cellSizeM = 0.0030f;
    def.targetTriangles = 2800;
    return def;
}

/// Gluteus medius: fan on the outer ilium below the crest converging on the greater
/// trochanter; only its front-upper part is not covered by gluteus maximus.
StructureDef gluteusMedius(const Landmarks& lm, const BodyEnvelope& body)
{
    // Outline (*estimates*, x unrolled round the trunk): under gluteus maximus medially and
    // below, narrowing down to the greater trochanter's outer face, along the crest above (from
    // near the PSIS over the tubercle to the front of the crest), down the flank in front. About
    // 3 cm thick, rounding off over 2.5 cm.
    const MuscleCushion cushion{body,
        {{0.058f, 0.008f}, {0.150f, -0.160f}, {0.200f, -0.160f}, {0.222f, 0.000f}, {0.178f, 0.050f},
            {0.125f, 0.064f}, {0.086f, 0.052f}},
        0.030f, 0.025f, 0.010f};
    // Under gluteus maximus it keeps below the middle of that muscle's rounded margin, and
    // beside it rises to the fat along a 45-degree ramp, leaving a groove between the two.
    // Filling the wedge between the margin and the fat instead leaves a sliver thinner than
    // the grid, which meshes as a ragged fringe; a vertical wall reads as a cut slab.
    const MuscleCushion maximus = gluteusMaximusCushion(body);
    StructureDef def;
    def.id = "gluteus_medius.right";
    def.layer = Layer::IntermediateMuscle;
    def.shape = [cushion, maximus](const vec3& p) {
        const float awayFromMaximus = std::max(maximus.outlineDistance(p), 0.0f);
        const float shallowest = 0.5f * maximus.thicknessAt(p.y) + kGapM - awayFromMaximus;
        return std::max(cushion.distance(p), shallowest - maximus.body.depthBelowFat(p));
    };
    def.bounds = {{0.05f, lm.greaterTrochanterTip.y - 0.05f, -0.12f}, {0.20f, 0.07f, 0.12f}};
    def.colour = colours::kIntermediateMuscle;
    // Its tendon wraps the trochanter's outer face.
    const vec3 trochanter = lm.greaterTrochanterTip + vec3(0.015f, -0.015f, 0.0f);
    def.fibre = [trochanter](const vec3& p) {
        const vec3 d = trochanter - p;
        return glm::length(d) > 1e-4f ? glm::normalize(d) : vec3(0, 1, 0);
    };
    avoidAll(def,
        {"gluteus_maximus.right", "thoracolumbar_fascia", "latissimus_dorsi.right",
            "iliocostalis_lumborum.right", "longissimus_thoracis.right", "quadratus_lumborum.right",
            "femur.right"});
    // Its upper border meets the crest at a grazing angle too (see gluteusMaximus).
    def.avoid.push_back({"hip_bone.right", kGapM, kGluteusEdgeRoundingM});
    def.cellSizeM = 0.0028f;
    def.targetTriangles = 2200;
    return def;
}

/// External oblique, posterior part (the flank): the outermost abdominal muscle, a thick sheet
/// from the outer faces of the lower ribs down to the outer lip of the iliac crest's front
/// half, its hindmost fibres near vertical, the others running down and forwards. Its free
/// posterior border lies under latissimus dorsi's lateral border (a lumbar triangle between
/// the two is often small or absent; here they overlap). Without it the flank below
/// latissimus was open and showed the kidney and ribs in lateral and oblique views.
struct ExternalObliqueSheet {
    BodyEnvelope body;
    LayeredSheet latissimus; ///< lies over its posterior part
    /// Outline on the flank unrolled round the trunk (x = angle from the posterior midline
    /// times kUnrollRadiusM, y): posterior border under latissimus, kept lateral to serratus
    /// posterior inferior's insertions on the ribs (over that band it was split into slivers
    /// thinner than the grid, which mesh as folded faces), the crest's outer lip from
    /// its highest point to the ASIS, and level with the ASIS in front, where its lower fibres
    /// become the aponeurosis that forms the inguinal ligament (not modelled); it leaves the
    /// model at the top and in front, where it turns into its aponeurosis (the dissection's
    /// floor cuts it before that, in front of the flank)
    /// (*estimates* after standard atlas drawings, crest angles measured on the hip bone).
    std::vector<vec2> outline;
    float thicknessM = 0.009f; ///< fleshy posterior part (*estimate*: 7-10 mm)
    float borderThicknessM = 0.006f; ///< at the free posterior border
    float taperM = 0.020f; ///< over which it thins towards its borders
    static constexpr float kUnrollRadiusM = 0.14f;

    float distance(const vec3& p) const
    {
        const float r = sdf::polygon(outline, vec2(body.angleFromMidline(p) * kUnrollRadiusM, p.y));
        const float depth = body.depthBelowFat(p);
        // Under latissimus it starts below that sheet; beyond its border it rises to the fat
        // along a 45-degree ramp, so the border of latissimus lies on it as on a step.
        const float away = std::max(latissimus.regionDistance(p), 0.0f);
        const float top = std::max(latissimus.depthToM + kGapM - away, 0.0f);
        const float s = std::clamp(-r / taperM, 0.0f, 1.0f);
        const float thick = borderThicknessM + (thicknessM - borderThicknessM) * s * s * (3.0f - 2.0f * s);
        return std::max({top - depth, depth - (top + thick), r});
    }
};

StructureDef externalOblique(const BodyEnvelope& body, const LayeredSheet& latissimusSheet)
{
    const auto at = [](float degrees, float y) {
        return vec2(degrees * kDegToRad * ExternalObliqueSheet::kUnrollRadiusM, y);
    };
    const ExternalObliqueSheet sheet{body, latissimusSheet,
        {at(51.0f, 0.056f), at(53.0f, 0.150f), at(66.0f, 0.200f), at(80.0f, 0.250f), at(70.0f, 0.40f),
            at(150.0f, 0.40f), at(150.0f, -0.016f), at(118.0f, -0.004f), at(104.0f, 0.026f),
            at(85.0f, 0.053f), at(63.0f, 0.060f)}};
    StructureDef def;
    def.id = "external_oblique.right";
    def.layer = Layer::IntermediateMuscle;
    def.shape = [sheet](const vec3& p) { return sheet.distance(p); };
    def.bounds = {{0.02f, -0.10f, -0.20f}, {0.20f, 0.31f, 0.10f}};
    def.colour = colours::kIntermediateMuscle;
    // Hindmost fibres near vertical, turning down and forwards towards the front.
    def.fibre = [body](const vec3& p) {
        const float a = body.angleFromMidline(p);
        const vec3 forwards{std::cos(a), 0.0f, -std::sin(a)};
        const float lean = std::clamp((a - 50.0f * kDegToRad) / (90.0f * kDegToRad), 0.0f, 1.0f);
        return glm::normalize(vec3(0.0f, -1.0f, 0.0f) + forwards * (0.15f + 0.85f * lean));
    };
    avoidAll(def,
        {"latissimus_dorsi.right", "serratus_posterior_inferior.right", "rib_11.right", "rib_12.right",
            "iliocostalis_lumborum.right", "quadratus_lumborum.right", "kidney.right",
            "gluteus_medius.right"});
    def.avoid.push_back({"hip_bone.right", kGapM, kGluteusEdgeRoundingM});
    def.cellSizeM = 0.0016f;
    def.targetTriangles = 3000;
    return def;
}

/// Iliotibial tract, where gluteus maximus ends below the buttock (standard anatomy texts): the thick band of
/// the fascia lata down the outer thigh that takes most of the muscle's fibres. About 4 mm thick (*estimate*;
/// 1-3 mm in life, drawn thick enough for the grid) under the fat of the outer thigh, from above the greater
/// trochanter, where the muscle's tendon passes under its back border, down out of the model. Its borders run
/// along the thigh: from 20 degrees in front of the outer side to 40 degrees behind it, round the thigh's
/// axis (*estimate*: about 9 cm broad at the hip, the tract's broad upper part). Borders drawn as lines
/// of the posterior projection (x constant) cut the sheet where it turns away from behind, at a grazing
/// angle, and came out of the grid as rows of teeth.
StructureDef iliotibialTract(const Landmarks& lm, const BodyEnvelope& body)
{
    const float top = lm.greaterTrochanterTip.y + 0.030f;
    const LayeredSheet sheet{body, 0.0f, 0.0040f,
        {{0.080f, dims::kTrunkBottomM - 0.02f}, {0.30f, dims::kTrunkBottomM - 0.02f}, {0.30f, top},
            {0.080f, top}},
        -0.20f};
    // Round the thigh's axis: angles from its outer side (+x), positive behind it (+z).
    const Thigh thigh = body.thigh(1.0f);
    const vec3 axis = glm::normalize(thigh.knee - thigh.hip);
    const vec3 lateral = glm::normalize(vec3(1.0f, 0.0f, 0.0f) - axis * axis.x);
    vec3 behind = glm::normalize(glm::cross(lateral, axis));
    if (behind.z < 0.0f)
        behind = -behind;
    constexpr float kFrontRad = -20.0f * kDegToRad, kBackRad = 40.0f * kDegToRad;
    // Dense and white, unlike the thin see-through thoracolumbar fascia (its kind is fascia too:
    // knowledge_base.json).
    glm::vec4 colour = colours::kFascia;
    colour.a = 1.0f;
    StructureDef def = sheetMuscle("iliotibial_tract.right", Layer::SuperficialMuscle, sheet,
        {{0.13f, dims::kTrunkBottomM, -0.10f}, {0.25f, top + 0.01f, 0.10f}}, colour);
    def.shape = [sheet, hip = thigh.hip, axis, lateral, behind, kFrontRad, kBackRad](const vec3& p) {
        vec3 out = p - hip;
        out -= axis * glm::dot(out, axis);
        const float angle = std::atan2(glm::dot(out, behind), glm::dot(out, lateral));
        const float border = std::max(angle - kBackRad, kFrontRad - angle) * glm::length(out);
        return std::max(sheet.distance(p), border);
    };
    // Its collagen bundles run down the thigh (the app stripes it as it stripes muscle).
    def.fibre = [axis](const vec3&) { return axis; };
    avoidAll(def, {"femur.right"});
    def.cellSizeM = 0.0013f;
    def.targetTriangles = 1600;
    return def;
}

} // namespace

float gluteal::maximusThicknessAt(float y)
{
    return gluteusMaximusShape().thicknessAt(y);
}

std::vector<StructureDef> sheetMuscleStructures(const Landmarks& lm, const BodyEnvelope& body)
{
    std::vector<StructureDef> defs;
    for (const auto& right :
        {latissimus(body), serratusPosteriorInferior(body), gluteusMaximus(lm, body), gluteusMedius(lm, body),
            externalOblique(body, latissimusSheet(body)), iliotibialTract(lm, body)}) {
        defs.push_back(mirrored(right));
        defs.push_back(right);
    }
    return defs;
}

} // namespace lumbar
