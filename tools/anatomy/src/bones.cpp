// Vertebrae T11-L5, intervertebral discs and ribs 11-12 as blended signed-distance primitives
// placed on the landmark frames; the pelvis is in pelvis.cpp.
//
// Part sizes beyond the vertebral dimensions of landmarks.hpp (pedicle, lamina, articular process radii...)
// are *estimates* read off standard vertebra drawings; they are kept here as named constants per part.
#include "bone_parts.hpp"
#include "landmarks.hpp"
#include "sdf.hpp"
#include "structure.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace lumbar {

namespace {

using glm::vec3;

// Vertebra part sizes (*estimates*), metres.
constexpr float kPedicleRadiusM = 0.0045f;
constexpr float kPedicleLengthM = 0.014f; ///< from the body's back to the lamina
constexpr float kCanalDepthM = 0.019f; ///< body back to the laminae's midline junction
constexpr float kLaminaRadiusM = 0.0035f;
constexpr float kArticularRadiusM = 0.0042f;
constexpr float kBoneBlendM = 0.004f; ///< fillet between a vertebra's parts
constexpr float kBodyRoundingM = 0.002f;
constexpr float kCarveGapDiscM = 0.0004f; ///< discs sit on their endplates
/// Bodies are waisted: narrower at mid-height than at the endplate rims by this fraction
/// (*estimate*: about 1 mm of concavity on a lumbar body's sides).
constexpr float kBodyWaist = 0.025f;
/// Lumbar transverse processes are flat blades, taller than thick (*estimate*: about 10 x 5 mm
/// near the tip): two rods this far above and below the axis, tips turned up slightly.
constexpr float kTransverseBladeHalfHeightM = 0.0020f;
constexpr float kTransverseTipRiseM = 0.0020f;

/// Whole vertebra in its body frame (x right, y up, z posterior).
float vertebraLocal(const vec3& p, const VertebraSpec& s)
{
    const float hw = 0.5f * s.bodyWidthM, hd = 0.5f * s.bodyDepthM, hh = 0.5f * s.bodyHeightM;
    const float yRel = std::clamp(p.y / hh, -1.0f, 1.0f);
    const float waist = 1.0f - kBodyWaist * (1.0f - yRel * yRel);
    float d
        = roundedEllipticCylinder(vec3(p.x / waist, p.y, p.z / waist), hw, hd, hh, kBodyRoundingM) * waist;

    const float px = 0.30f * s.bodyWidthM; // pedicle line
    const float py = 0.003f;
    const float zPed0 = hd - 0.004f, zPed1 = hd + kPedicleLengthM;
    const float zLam = hd + kCanalDepthM;
    const float drop = s.spinousDropM;
    const auto blend = [&](float e) { d = sdf::smoothUnion(d, e, kBoneBlendM); };

    for (float side : {-1.0f, 1.0f}) {
        const float x = side * px;
        // Pedicle.
        blend(sdf::capsule(p, {x, py, zPed0}, {x, py, zPed1}, kPedicleRadiusM));
        // Lamina: two stacked rods sloping medially to the spinous root make a plate.
        blend(sdf::capsule(p, {x, py + 0.002f, zPed1}, {side * 0.002f, -0.001f, zLam}, kLaminaRadiusM));
        blend(sdf::capsule(p, {side * (px - 0.002f), py - 0.010f, zPed1 + 0.002f},
            {side * 0.002f, -0.013f - 0.3f * drop, zLam + 0.002f}, kLaminaRadiusM));
        // Transverse process: lateral (thoracic: also backwards and up); lumbar ones are flat
        // blades ending in a crisp, slightly upturned tip.
        const vec3 tpRoot{x, py, zPed1 - 0.002f};
        if (s.thoracic)
            blend(sdf::roundCone(p, tpRoot, {side * (px + s.transverseLengthM), py + 0.004f, zPed1 + 0.010f},
                0.0048f, 0.0050f));
        else
            for (float dy : {-kTransverseBladeHalfHeightM, kTransverseBladeHalfHeightM})
                blend(sdf::roundCone(p, tpRoot + vec3(0, dy, 0),
                    {side * (px + s.transverseLengthM), py + dy + kTransverseTipRiseM, zPed1 + 0.003f},
                    0.0040f, 0.0026f));
        // Superior articular process with its mammillary process on the back of its rim.
        blend(sdf::capsule(p, {side * (px + 0.002f), py + 0.002f, zPed1},
            {side * (px + 0.004f), hh + 0.010f, zPed1 + 0.004f}, kArticularRadiusM));
        blend(sdf::sphere(p, {side * (px + 0.007f), py + 0.008f, zPed1 + 0.008f}, 0.0030f));
        // Accessory process: a small tubercle behind the transverse process's root (lumbar).
        if (!s.thoracic)
            blend(sdf::sphere(p, {side * (px + 0.008f), py - 0.003f, zPed1 + 0.003f}, 0.0024f));
        // Inferior articular process, hanging from the lamina.
        blend(sdf::capsule(p, {side * (px - 0.004f), -0.010f, zPed1 + 0.006f},
            {side * (px - 0.004f), -hh - 0.012f, zPed1 + 0.006f}, kArticularRadiusM));
    }
    // Spinous process: three parallel rods make a hatchet-shaped plate; thoracic ones slope down.
    const vec3 root{0.0f, -0.004f, zLam - 0.002f};
    const vec3 tip{0.0f, -0.006f - drop, zLam + s.spinousProjectionM - 0.002f};
    for (float dy : {-0.007f, 0.0f, 0.007f}) {
        const float shrink = s.thoracic ? 0.5f : 1.0f;
        blend(sdf::roundCone(
            p, root + vec3(0, dy * shrink, 0), tip + vec3(0, dy * shrink, 0), 0.0035f, 0.0045f));
    }
    return d;
}

Box worldBounds(const Frame& f, const vec3& lo, const vec3& hi)
{
    Box b{vec3(1e9f), vec3(-1e9f)};
    for (int c = 0; c < 8; ++c) {
        const vec3 local{(c & 1) ? hi.x : lo.x, (c & 2) ? hi.y : lo.y, (c & 4) ? hi.z : lo.z};
        const vec3 w = f.toWorld(local);
        b.min = glm::min(b.min, w);
        b.max = glm::max(b.max, w);
    }
    return b;
}

StructureDef vertebra(const Landmarks& lm, std::size_t index)
{
    const VertebraLevel& level = lm.vertebrae[index];
    const VertebraSpec spec = level.spec;
    const Frame frame = level.body;
    StructureDef def;
    def.id = std::string("vertebra_") + spec.id;
    def.layer = Layer::Bone;
    def.shape = [spec, frame](const vec3& p) { return vertebraLocal(frame.toLocal(p), spec); };
    const float reach = 0.30f * spec.bodyWidthM + spec.transverseLengthM + 0.008f;
    def.bounds = worldBounds(frame,
        {-reach, -0.5f * spec.bodyHeightM - 0.022f - spec.spinousDropM, -0.5f * spec.bodyDepthM - 0.004f},
        {reach, 0.5f * spec.bodyHeightM + 0.016f,
            0.5f * spec.bodyDepthM + kCanalDepthM + spec.spinousProjectionM + 0.006f});
    if (index > 0)
        def.avoid.push_back({std::string("vertebra_") + lm.vertebrae[index - 1].spec.id, kCarveGapBoneM});
    def.cellSizeM = 0.0011f;
    def.targetTriangles = 2600;
    def.colour = colours::kBone;
    return def;
}

StructureDef disc(const Landmarks& lm, std::size_t index)
{
    const DiscLevel level = lm.discs[index];
    const VertebraSpec above = lm.vertebrae[index].spec;
    const VertebraSpec below = index + 1 < lm.vertebrae.size() ? lm.vertebrae[index + 1].spec : above;
    // Discs bulge about 1 mm past the bodies' rims (*estimate*).
    const float rx = 0.25f * (above.bodyWidthM + below.bodyWidthM) + 0.001f;
    const float rz = 0.25f * (above.bodyDepthM + below.bodyDepthM) + 0.001f;
    StructureDef def;
    def.id = std::string("disc_") + level.spec.id;
    def.layer = Layer::Disc;
    def.shape = [level, rx, rz](const vec3& p) {
        const vec3 local = level.centre.toLocal(p);
        const float radial = (glm::length(glm::vec2(local.x / rx, local.z / rz)) - 1.0f) * std::min(rx, rz);
        const float belowTop = glm::dot(p - level.upper.origin, level.upper.up);
        const float aboveBottom = -glm::dot(p - level.lower.origin, level.lower.up);
        return sdf::smoothIntersect(radial, std::max(belowTop, aboveBottom), 0.002f);
    };
    def.bounds = worldBounds(level.centre, {-rx, -0.02f, -rz}, {rx, 0.02f, rz});
    def.avoid.push_back({std::string("vertebra_") + above.id, kCarveGapDiscM});
    if (index + 1 < lm.vertebrae.size())
        def.avoid.push_back({std::string("vertebra_") + below.id, kCarveGapDiscM});
    else
        def.avoid.push_back({"sacrum", kCarveGapDiscM});
    def.cellSizeM = 0.0012f;
    def.targetTriangles = 600;
    def.colour = colours::kDisc;
    return def;
}

/// Ribs' cross-section: thickness over the radius (height is radius / sqrt of it), and the
/// trunk axis their broad faces turn away from (*estimates*).
constexpr float kRibFlattening = 0.6f;
constexpr float kRibTrunkCentreZM = -0.05f;
/// Short straight pieces per span between a rib's control points: enough that the bends between
/// pieces (a few degrees each) leave no visible crease, so the rib reads as one smooth curve.
/// The pieces are joined by a plain union: a smooth union swells every joint into a bead,
/// because the flattened section's distance is scaled to its thin axis.
constexpr int kRibPiecesPerSpan = 4;

/// A rib sampled as short pieces along its smooth centre line: where each piece starts, its
/// radius and how far along the control points it lies (the neck is round, the shaft flat).
struct RibPiece {
    vec3 from, to;
    float fromRadiusM, toRadiusM;
    float fromParam, toParam;
};

std::vector<RibPiece> ribPieces(const std::vector<vec3>& path, const std::vector<float>& radius)
{
    const int samples = (int(path.size()) - 1) * kRibPiecesPerSpan;
    const auto radiusAt = [&](float s) {
        const std::size_t i = std::min(std::size_t(s), radius.size() - 2);
        return glm::mix(radius[i], radius[i + 1], s - float(i));
    };
    std::vector<RibPiece> pieces;
    for (int k = 0; k < samples; ++k) {
        const float s0 = float(k) / kRibPiecesPerSpan, s1 = float(k + 1) / kRibPiecesPerSpan;
        pieces.push_back({catmullRom(path, s0), catmullRom(path, s1), radiusAt(s0), radiusAt(s1), s0, s1});
    }
    return pieces;
}

/// Distance to one piece with a flattened elliptical section whose broad face turns away from
/// the trunk's axis. The along-axis offset counts too, so each piece ends in a rounded cap:
/// without it a piece's section ran on past its ends as an endless bar.
float ribPieceDistance(const RibPiece& piece, const vec3& p)
{
    const vec3 pa = p - piece.from, ba = piece.to - piece.from;
    const float h = std::clamp(glm::dot(pa, ba) / glm::dot(ba, ba), 0.0f, 1.0f);
    const vec3 v = pa - ba * h;
    const vec3 t = glm::normalize(ba);
    // The outward direction from the trunk's axis at the nearest point of the centre line, so
    // the section turns smoothly along the rib.
    const vec3 c = piece.from + ba * h;
    vec3 out = vec3(c.x, 0.0f, c.z - kRibTrunkCentreZM);
    out = glm::normalize(out - t * glm::dot(out, t));
    const vec3 across = glm::cross(t, out);
    const float r = glm::mix(piece.fromRadiusM, piece.toRadiusM, h);
    // The neck stays rounder; the shaft flattens from the tubercle on.
    const float param = glm::mix(piece.fromParam, piece.toParam, h);
    const float flat = glm::mix(1.0f, kRibFlattening, std::clamp(param / 1.5f, 0.0f, 1.0f));
    const float ru = r * flat, rw = r / std::sqrt(flat);
    const float e = glm::length(vec3(glm::dot(v, out) / ru, glm::dot(v, across) / rw, glm::dot(v, t) / ru));
    return (e - 1.0f) * ru;
}

/// Rib as a smooth tapering flattened bar through head, neck, tubercle, angle and shaft
/// (*estimate* shapes for the floating ribs; 11 is about 18 cm long, 12 about 12 cm, both
/// ending in free tips). The angles lie deep to serratus posterior inferior and latissimus:
/// placed a centimetre further back they punched holes through serratus posterior inferior's
/// band.
StructureDef ribRight(const Landmarks& lm, int number)
{
    const std::string level = number == 11 ? "t11" : "t12";
    const Frame f = lm.vertebra(level).body;
    std::vector<vec3> path;
    std::vector<float> radius;
    if (number == 11) {
        path = {f.toWorld({0.021f, 0.006f, 0.006f}), f.toWorld({0.032f, 0.006f, 0.026f}),
            f.toWorld({0.052f, -0.004f, 0.036f}), f.toWorld({0.085f, -0.030f, 0.030f}),
            f.toWorld({0.106f, -0.062f, 0.004f}), f.toWorld({0.118f, -0.092f, -0.030f})};
        radius = {0.0050f, 0.0045f, 0.0048f, 0.0046f, 0.0040f, 0.0030f};
    } else {
        path = {f.toWorld({0.021f, 0.006f, 0.004f}), f.toWorld({0.030f, 0.004f, 0.022f}),
            f.toWorld({0.050f, -0.010f, 0.027f}), f.toWorld({0.078f, -0.040f, 0.018f}),
            f.toWorld({0.096f, -0.066f, 0.000f})};
        radius = {0.0045f, 0.0042f, 0.0044f, 0.0038f, 0.0028f};
    }
    StructureDef def;
    def.id = "rib_" + std::to_string(number) + ".right";
    def.layer = Layer::Bone;
    // Flattened section: taller than thick, broad faces turned outwards (*estimate*: about
    // 11 x 5 mm along the shaft), rounder at the head and neck.
    def.shape = [pieces = ribPieces(path, radius)](const vec3& p) {
        float d = 1e9f;
        for (const auto& piece : pieces)
            d = std::min(d, ribPieceDistance(piece, p));
        return d;
    };
    def.bounds = {vec3(1e9f), vec3(-1e9f)};
    for (const auto& q : path)
        def.bounds = def.bounds.unite({q - vec3(0.008f), q + vec3(0.008f)});
    // Where the rib's angle reaches the thin latissimus sheet the rib is trimmed, not the sheet.
    def.avoid = {{"vertebra_" + level, kCarveGapBoneM}, {"latissimus_dorsi.right", 0.0015f}};
    def.cellSizeM = 0.0012f;
    def.targetTriangles = 900;
    def.colour = colours::kBone;
    return def;
}

} // namespace

std::vector<StructureDef> boneStructures(const Landmarks& lm)
{
    std::vector<StructureDef> defs;
    for (std::size_t i = 0; i < lm.vertebrae.size(); ++i)
        defs.push_back(vertebra(lm, i));
    defs.push_back(sacrum(lm));
    defs.push_back(coccyx(lm));
    for (std::size_t i = 0; i < lm.discs.size(); ++i)
        defs.push_back(disc(lm, i));
    const StructureDef hip = hipBoneRight(lm);
    defs.push_back(mirrored(hip));
    defs.push_back(hip);
    const StructureDef femur = femurRight(lm);
    defs.push_back(mirrored(femur));
    defs.push_back(femur);
    for (int n : {11, 12}) {
        const StructureDef rib = ribRight(lm, n);
        defs.push_back(mirrored(rib));
        defs.push_back(rib);
    }
    return defs;
}

} // namespace lumbar
