// Skin (with the subcutaneous layer), the posterior layer of the thoracolumbar fascia, and the
// kidneys (an endangerment site: Werner, A Massage Therapist's Guide to Pathology).
#include "client_body.hpp"
#include "landmarks.hpp"
#include "layered_sheet.hpp"
#include "sdf.hpp"
#include "structure.hpp"

#include <memory>

namespace lumbar {

namespace {

using glm::vec2;
using glm::vec3;

StructureDef skin(const BodyEnvelope& body, const ClientBody& client)
{
    StructureDef def;
    def.id = "skin";
    def.layer = Layer::Skin;
    // The skin and fat inside the dissection window: skin surface outside, deep side of the fat
    // inside, cut at the window's outline (the client's body continues beyond the cut) and open
    // along the natal cleft's crease.
    def.shape = [body, client](const vec3& p) {
        const float shellD = std::max(body.outer(p), -body.inner(p));
        const float slit
            = std::max(std::abs(p.x) - window::kCleftSlitHalfWidthM, p.y - window::kCleftSlitTopM);
        return std::max(std::max(shellD, client.window(p) + window::kCutGapM), -slit);
    };
    def.bounds = {{-0.20f, dims::kTrunkBottomM - 0.004f, -0.20f}, {0.20f, dims::kTrunkTopM + 0.004f, 0.15f}};
    def.insideBody = false;
    def.cellSizeM = 0.0048f;
    // As fine per area as before the window reached the thighs (the thumb's pose at the PSIS rests
    // on this mesh and tilts on a coarser one).
    def.targetTriangles = 8400;
    def.colour = colours::kSkin;
    def.tissueColour = [body](const vec3& p) { return skinOverFat(-body.outer(p)); };
    def.fatOffset = [client](const vec3& p) { return client.fatOffset(p); };
    return def;
}

StructureDef thoracolumbarFascia(const BodyEnvelope& body)
{
    // Posterior layer, about 1-3 mm in life; drawn 3.8 mm. Thinner bands (2.4-3.6 mm tried)
    // tear on the grid or fold over themselves over the sacrum when decimated, which shows as
    // faces turned inwards.
    const LayeredSheet sheet{body, 0.0f, 0.0038f, thoracolumbarDiamond(), -0.02f};
    StructureDef def;
    def.id = "thoracolumbar_fascia";
    def.layer = Layer::Fascia;
    def.shape = [sheet](const vec3& p) { return sheet.distance(p); };
    def.bounds = {{-0.10f, -0.08f, -0.02f}, {0.10f, 0.24f, 0.12f}};
    for (const char* v : {"vertebra_t12", "vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_l4",
             "vertebra_l5", "sacrum", "hip_bone.left", "hip_bone.right"})
        def.avoid.push_back({v, 0.0015f});
    def.cellSizeM = 0.0012f;
    def.targetTriangles = 8500; // thin: coarser meshes would join its two faces at the rim
    def.colour = colours::kFascia;
    return def;
}

/// The fat filling the ischioanal fossae below the coccyx: from the skin's deep side over the natal
/// cleft forwards to the level of the ischial tuberosities, between the lower borders of the
/// gluteus maximi (which carve it). In a dissection it fills the space below the pelvic outlet that
/// the window would otherwise open onto (*estimate*: the fossae reach about 5 cm in from the skin,
/// standard texts).
StructureDef ischioanalFat(const Landmarks& lm, const BodyEnvelope& body)
{
    // *Choices*, looked at posterior and oblique against the reference renders: the arch's sides
    // fall 8 mm for every 10 mm out from the midline; the back face 0.8 of the way down to the
    // margins' middle (all the way left a crevice open to the hollow behind the margins); the
    // cleft's fat 1.2 cm either side of the midline.
    constexpr float kArchSlope = 0.8f;
    const float kArchNormal = 1.0f / std::sqrt(1.0f + kArchSlope * kArchSlope);
    constexpr float kRecess = 0.8f;
    constexpr float kCleftHalfWidthM = 0.012f;
    const float top = lm.onSacrum(dims::kCoccyxTipAlongSacrumM, 0.0f, 0.0f).y - 0.004f;
    const vec3 tuberosity = lm.ischialTuberosity;
    StructureDef def;
    def.id = "ischioanal_fat";
    def.layer = Layer::SuperficialMuscle;
    // Between gluteus maximus's lower borders (reaching 6 mm under their thin rounded margins; this
    // near the midline the border's unrolled x is the world's), below the coccyx's tip, rounded
    // over 1-1.5 cm.
    const vec2 borderTop = gluteal::kMaximusCoccyxCorner;
    const vec2 borderDirection = glm::normalize(gluteal::kMaximusFoldCorner - gluteal::kMaximusCoccyxCorner);
    def.shape = [=](const vec3& p) {
        const vec2 fromBorder = vec2(std::abs(p.x), p.y) - borderTop;
        // Positive on the muscle's side of the line (the direction turned towards +x).
        const float side = fromBorder.x * -borderDirection.y + fromBorder.y * borderDirection.x - 0.006f;
        const float front = tuberosity.z - 0.010f - p.z;
        // Under the coccyx's tip an arch rising to the midline, as the two borders meet there.
        const float arch = (p.y - top + kArchSlope * std::abs(p.x)) * kArchNormal;
        const float fossa = sdf::smoothIntersect(sdf::smoothIntersect(side, arch, 0.012f), front, 0.010f);
        // Its back face lies below the muscles' rounded margins, so it fills the fossa between
        // them without spreading over the buttocks (where the fat is the skin's subcutaneous
        // layer, peeled with the skin); in the natal cleft it rises to the skin's deep side.
        const float recess = kRecess * 0.5f * gluteal::maximusThicknessAt(p.y)
            * glm::smoothstep(kCleftHalfWidthM, kCleftHalfWidthM + 0.018f, std::abs(p.x));
        return sdf::smoothIntersect(fossa, recess - body.depthBelowFat(p), 0.006f);
    };
    def.bounds = {{-tuberosity.x - 0.02f, dims::kTrunkBottomM, tuberosity.z - 0.02f},
        {tuberosity.x + 0.02f, top + 0.01f, 0.16f}};
    for (const char* id : {"gluteus_maximus.left", "gluteus_maximus.right", "hip_bone.left", "hip_bone.right",
             "coccyx", "sacrum", "femur.left", "femur.right"})
        def.avoid.push_back({id, 0.0015f, 0.006f}); // rounded: the muscles' margins are thin
    def.cellSizeM = 0.0030f;
    def.targetTriangles = 1400;
    def.colour = colours::kFat;
    return def;
}

/// Kidney: bean of about 11 x 6 x 3.5 cm (*estimate*, standard texts) with the hilum facing
/// medially, upper pole tilted medially and backwards; it lies on psoas and quadratus
/// lumborum between T12 and L3.
StructureDef kidney(const std::string& side, const vec3& centre)
{
    const float s = side == "right" ? 1.0f : -1.0f;
    const vec3 axis = glm::normalize(vec3(-0.25f * s, 1.0f, 0.15f)); // lower pole -> upper pole
    const vec3 across = glm::normalize(glm::cross(vec3(0, 0, 1), axis)) * s; // points laterally
    const vec3 depthAxis = glm::cross(axis, across) * s;
    StructureDef def;
    def.id = "kidney." + side;
    def.layer = Layer::Organ;
    def.shape = [=](const vec3& p) {
        const vec3 d = p - centre;
        const vec3 local{glm::dot(d, across), glm::dot(d, axis), glm::dot(d, depthAxis)};
        const float bean = sdf::ellipsoid(local, {0.029f, 0.055f, 0.019f});
        const float hilum = sdf::ellipsoid(local - vec3(-0.031f, -0.003f, -0.004f), {0.012f, 0.018f, 0.011f});
        return sdf::smoothIntersect(bean, -hilum, 0.006f);
    };
    def.bounds = {centre - vec3(0.065f), centre + vec3(0.065f)};
    const std::string s2 = "." + side;
    for (const std::string id : {"psoas_major", "quadratus_lumborum", "rib_11", "rib_12",
             "iliocostalis_lumborum", "longissimus_thoracis", "hip_bone"})
        def.avoid.push_back({id + s2, 0.0015f});
    for (const char* v : {"vertebra_t11", "vertebra_t12", "vertebra_l1", "vertebra_l2", "vertebra_l3"})
        def.avoid.push_back({v, 0.0015f});
    def.cellSizeM = 0.0020f;
    def.targetTriangles = 1400;
    def.colour = colours::kKidney;
    return def;
}

} // namespace

std::vector<StructureDef> softTissueStructures(const Landmarks& lm, const BodyEnvelope& body)
{
    // The left kidney's centre is level with the L1-L2 disc; the right sits about 1.5 cm lower
    // because of the liver (standard anatomy texts: kidneys about T12-L3, the right lower than the left).
    const float yLeft = lm.disc("l1_l2").centre.origin.y;
    return {
        kidney("left", {-0.074f, yLeft, -0.044f}),
        kidney("right", {0.074f, yLeft - 0.015f, -0.044f}),
        thoracolumbarFascia(body),
        ischioanalFat(lm, body),
        skin(body, clientBodyOf(lm)),
    };
}

} // namespace lumbar
