// Flat superficial muscles laid as sheets under the fat (DOMAIN.md §2 items 3-5): latissimus
// dorsi (lower part), serratus posterior inferior, gluteus maximus and medius (upper parts).
// Depth bands and outlines are *estimates* drawn to match the reference renders; fibre fields
// point from the origins towards each muscle's insertion.
#include "landmarks.hpp"
#include "layered_sheet.hpp"
#include "structure.hpp"

#include <cmath>
#include <memory>

namespace lumbar {

namespace {

using glm::vec2;
using glm::vec3;

constexpr float kGapM = 0.0015f;

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
StructureDef latissimus(const BodyEnvelope& body)
{
    LayeredSheet sheet{body, 0.0f, 0.0040f,
        {{0.0f, 0.235f}, {0.0f, 0.40f}, {0.40f, 0.40f}, {0.40f, 0.054f}, {0.126f, 0.057f}, {0.111f, 0.066f},
            {0.098f, 0.080f}},
        -0.060f,
        // Lateral border (angle round the trunk): from the crest's highest point up and out
        // to the mid-axillary line at the model's top (*estimate* after the reference renders).
        {{0.055f, 60.0f * kDegToRad}, {0.10f, 72.0f * kDegToRad}, {0.17f, 84.0f * kDegToRad},
            {0.24f, 94.0f * kDegToRad}, {0.31f, 100.0f * kDegToRad}}};
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

/// Gluteus maximus, upper part: thick quadrilateral from the posterior ilium, sacrum, coccyx
/// and fascia, fibres down and out to the iliotibial band and gluteal tuberosity.
StructureDef gluteusMaximus(const BodyEnvelope& body)
{
    // Thickest (4 cm) in the middle, thinning to a rounded 6 mm margin over its last 3 cm
    // (*estimates*); laterally it wraps round towards the iliotibial band.
    LayeredSheet sheet{body, 0.0f, 0.040f,
        {{0.014f, -0.175f}, {0.018f, -0.040f}, {0.036f, 0.004f}, {0.062f, 0.030f}, {0.30f, -0.12f},
            {0.30f, -0.175f}},
        -0.040f, {{-0.15f, 86.0f * kDegToRad}, {0.05f, 80.0f * kDegToRad}}, 0.030f, 0.006f};
    StructureDef def = sheetMuscle("gluteus_maximus.right", Layer::SuperficialMuscle, sheet,
        {{0.005f, dims::kTrunkBottomM, -0.03f}, {0.20f, 0.04f, 0.14f}}, colours::kSuperficialMuscle);
    def.fibre = [](const vec3&) { return glm::normalize(vec3(0.72f, -0.68f, -0.12f)); };
    avoidAll(def,
        {"thoracolumbar_fascia", "hip_bone.right", "sacrum", "coccyx", "multifidus.right",
            "longissimus_thoracis.right", "iliocostalis_lumborum.right"});
    def.cellSizeM = 0.0030f;
    def.targetTriangles = 2800;
    return def;
}

/// Gluteus medius, upper part: fan on the outer ilium below the crest converging on the
/// greater trochanter; only its front-upper part is not covered by gluteus maximus.
StructureDef gluteusMedius(const BodyEnvelope& body)
{
    LayeredSheet sheet{body, 0.0f, 0.034f,
        {{0.060f, 0.008f}, {0.085f, 0.048f}, {0.118f, 0.058f}, {0.150f, 0.038f}, {0.30f, -0.070f},
            {0.30f, -0.175f}, {0.110f, -0.175f}, {0.085f, -0.060f}},
        -0.080f, {{-0.15f, 108.0f * kDegToRad}, {0.06f, 100.0f * kDegToRad}}, 0.025f, 0.006f};
    StructureDef def = sheetMuscle("gluteus_medius.right", Layer::IntermediateMuscle, sheet,
        {{0.05f, dims::kTrunkBottomM, -0.12f}, {0.20f, 0.07f, 0.12f}}, colours::kIntermediateMuscle);
    const vec3 trochanter{0.175f, -0.150f, -0.010f};
    def.fibre = [trochanter](const vec3& p) {
        const vec3 d = trochanter - p;
        return glm::length(d) > 1e-4f ? glm::normalize(d) : vec3(0, 1, 0);
    };
    avoidAll(def,
        {"gluteus_maximus.right", "hip_bone.right", "thoracolumbar_fascia", "latissimus_dorsi.right",
            "iliocostalis_lumborum.right", "longissimus_thoracis.right", "quadratus_lumborum.right"});
    def.cellSizeM = 0.0028f;
    def.targetTriangles = 2200;
    return def;
}

} // namespace

std::vector<StructureDef> sheetMuscleStructures(const Landmarks&, const BodyEnvelope& body)
{
    std::vector<StructureDef> defs;
    for (const auto& right :
        {latissimus(body), serratusPosteriorInferior(body), gluteusMaximus(body), gluteusMedius(body)}) {
        defs.push_back(mirrored(right));
        defs.push_back(right);
    }
    return defs;
}

} // namespace lumbar
