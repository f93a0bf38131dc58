// Deep back muscles (multifidus, erector spinae columns, quadratus lumborum, psoas major) as
// fascicle bundles between their attachments (standard anatomy texts). Each bundle is
// deliberately generous; carving against bone, deeper muscle and the sheets above trims it to
// the space it really has, which is what gives the bellies their packed cross-sections.
// Radii were tuned so the L3-L4 cross-sections fall in the MRI ranges per side (see the CSA test).
#include "landmarks.hpp"
#include "structure.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

namespace lumbar {

namespace {

using glm::vec3;

constexpr float kMuscleGapM = 0.0015f; ///< space kept between neighbouring structures
/// Quadratus lumborum's medial edge lies this far lateral of the transverse process points
/// its fascicles aim at (about 1 mm short of the bony tips: *estimate*).
constexpr float kQlEdgeInsideTipM = 0.002f;

const char* const kLumbar[] = {"l1", "l2", "l3", "l4", "l5"};

/// Fascicle grooves on the erector spinae columns (*estimate*): a furrow every 12 mm across
/// each column, about 1 mm deep, running with the nearly vertical fibres. Enough to read as
/// separate bundles after smoothing and decimation; shallow enough that the side faces, which
/// the pattern also crosses, only ripple instead of stepping.
constexpr float kFasciclePeriodM = 0.012f;
constexpr float kFurrowDepthM = 0.0015f;
constexpr float kFurrowPhaseM = 0.004f; ///< a furrow at x = 4 mm (+ 12 mm steps)

/// The erector spinae columns continue up the thorax past the model's top (README "Frame"):
/// their upper fascicles keep a full, steady section and end this far above the T11 body
/// centre, beyond the trunk cut, which then ends them in a flat face (as latissimus ends).
constexpr float kColumnRiseAboveT11M = 0.095f;
/// Thoracic parts of the columns (*estimates*): the lower thoracic erector spinae is still a
/// thick mass, flatter than in the loin, lying on the rib angles. Longissimus and iliocostalis
/// become bands (two parallel tubes `kBandHalfSpreadM` either side of the column's line) that
/// meet their neighbours instead of standing apart as round pipes; spinalis widens into its
/// thoracic belly.
constexpr float kLongissimusBandRadiusM = 0.0125f;
constexpr float kIliocostalisBandRadiusM = 0.0115f;
constexpr float kBandHalfSpreadM = 0.0070f;
constexpr float kSpinalisThoracicRadiusM = 0.0070f;
/// Spinalis keeps this far from the median plane (*estimate*): above T11 no spinous process
/// is modelled to part the two sides, and they must not meet.
constexpr float kMidlineGapM = 0.0015f;

/// Trims a right-side shape to x >= kMidlineGapM (the mirror keeps the left side off too).
void keepOffTheMidline(StructureDef& def)
{
    def.shape = [shape = def.shape](const vec3& p) { return std::max(shape(p), kMidlineGapM - p.x); };
}

/// A flat thoracic band from `from` to `to`: two tubes side by side, continuing the column
/// that ends at `from` (a plain union: blended in, the junction bulged into a knot).
void addBand(std::vector<Fascicle>& f, const vec3& from, const vec3& to, float radiusM)
{
    for (const float side : {-1.0f, 1.0f}) {
        const vec3 offset{side * kBandHalfSpreadM, 0.0f, 0.0f};
        f.push_back({from + offset, to + offset, radiusM, radiusM, true});
    }
}

/// Adds the furrows as a zero-mean ripple of the distance (narrow furrows, broad bundles), so
/// the muscle's cross-sectional area is kept.
void addFascicleGrooves(StructureDef& def)
{
    def.shape = [shape = def.shape](const vec3& p) {
        constexpr float kTwoPi = 6.2831853f;
        const float c = 0.5f + 0.5f * std::cos(kTwoPi * (p.x - kFurrowPhaseM) / kFasciclePeriodM);
        constexpr float kMeanOfCube = 0.3125f; // mean of c^3 over a period
        return shape(p) + kFurrowDepthM * (c * c * c - kMeanOfCube);
    };
}

/// The erector spinae fill their compartment up to the thoracolumbar fascia over them: a
/// column's section is swept backwards (+Z) by up to `riseM` in kRiseSteps copies, and the fascia,
/// the muscles over it and the neighbours carve back what the sweep adds. Without it the round
/// columns left a gap of up to 1.5 cm under the fascia.
constexpr int kRiseSteps = 4;
/// How far (*estimates*: enough to reach the fascia over longissimus's lumbar belly, where the gap
/// was widest; less for iliocostalis, whose outer edge under latissimus is carved into slivers by
/// a longer sweep).
constexpr float kLongissimusRiseM = 0.016f;
constexpr float kIliocostalisRiseM = 0.010f;

void riseToTheFascia(StructureDef& def, float riseM)
{
    def.shape = [shape = def.shape, riseM](const vec3& p) {
        float d = shape(p);
        for (int k = 1; k <= kRiseSteps; ++k)
            d = std::min(d, shape(p - vec3(0.0f, 0.0f, riseM * float(k) / float(kRiseSteps))));
        return d;
    };
    def.bounds.max.z += riseM;
}

/// Handy points on a vertebra (right side), in its body frame.
struct VertebraPoints {
    const Landmarks& lm;
    vec3 at(const std::string& level, const vec3& local) const { return lm.onVertebra(level, local); }
    float halfDepth(const std::string& level) const { return 0.5f * lm.vertebra(level).spec.bodyDepthM; }
    float halfWidth(const std::string& level) const { return 0.5f * lm.vertebra(level).spec.bodyWidthM; }
    float pedicleX(const std::string& level) const { return 0.30f * lm.vertebra(level).spec.bodyWidthM; }
    vec3 spinousSide(const std::string& level, float alongM) const
    {
        return at(level,
            {0.0055f, -0.006f - 0.5f * lm.vertebra(level).spec.spinousDropM,
                halfDepth(level) + 0.019f + alongM});
    }
    vec3 mammillary(const std::string& level) const
    {
        return at(level, {pedicleX(level) + 0.007f, 0.008f, halfDepth(level) + 0.024f});
    }
    vec3 transverseTip(const std::string& level) const
    {
        const auto& s = lm.vertebra(level).spec;
        return at(level, {pedicleX(level) + s.transverseLengthM - 0.003f, 0.003f, halfDepth(level) + 0.014f});
    }
};

std::vector<Avoid> bonesAround(bool includeRibs)
{
    std::vector<Avoid> out;
    for (const char* v : {"t11", "t12", "l1", "l2", "l3", "l4", "l5"})
        out.push_back({std::string("vertebra_") + v, kMuscleGapM});
    for (const char* d : {"t11_t12", "t12_l1", "l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1"})
        out.push_back({std::string("disc_") + d, kMuscleGapM});
    out.push_back({"sacrum", kMuscleGapM});
    out.push_back({"hip_bone.right", kMuscleGapM});
    out.push_back({"femur.right", kMuscleGapM});
    if (includeRibs) {
        out.push_back({"rib_11.right", kMuscleGapM});
        out.push_back({"rib_12.right", kMuscleGapM});
    }
    return out;
}

void appendAvoid(StructureDef& def, std::initializer_list<const char*> ids)
{
    for (const char* id : ids)
        def.avoid.push_back({id, kMuscleGapM});
}

StructureDef bundleMuscle(
    const std::string& id, Layer layer, std::vector<Fascicle> fascicles, float blendM, glm::vec4 colour)
{
    StructureDef def;
    def.id = id;
    def.layer = layer;
    useBundle(def, std::make_shared<const FascicleBundle>(std::move(fascicles), blendM));
    def.colour = colour;
    return def;
}

/// Multifidus: fascicles from each spinous process down and out to mammillary processes two
/// and three levels below, the dorsal sacrum and the PSIS; thickest low in the lumbar spine.
StructureDef multifidus(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const vec3 sacral[] = {lm.onSacrum(0.018f, 0.030f, 0.024f), lm.onSacrum(0.045f, 0.030f, 0.026f),
        lm.onSacrum(0.068f, 0.024f, 0.020f)};
    const vec3 psis = lm.psis + vec3(-0.010f, 0.004f, -0.004f);
    const std::vector<std::string> levels{"t12", "l1", "l2", "l3", "l4", "l5"};
    const float radius[] = {0.0060f, 0.0078f, 0.0092f, 0.0102f, 0.0112f, 0.0118f};
    std::vector<Fascicle> f;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const vec3 from = v.spinousSide(levels[i], 0.012f);
        const float r = radius[i];
        std::vector<vec3> to;
        for (std::size_t k : {i + 2, i + 3})
            if (k < levels.size())
                to.push_back(v.mammillary(levels[k]));
        if (i + 2 >= levels.size())
            to.push_back(sacral[i + 2 - levels.size()]);
        if (i + 3 >= levels.size() && i + 3 - levels.size() < 3)
            to.push_back(sacral[i + 3 - levels.size()]);
        if (i >= 4)
            to.push_back(psis);
        for (const auto& t : to)
            f.push_back({from, t, r, 1.05f * r});
    }
    // The sacral gutter between the median crest and the PSIS is filled by the lowest fascicles.
    f.push_back({sacral[0], sacral[2], 0.011f, 0.008f});
    StructureDef def
        = bundleMuscle("multifidus.right", Layer::DeepestMuscle, std::move(f), 0.012f, colours::kMultifidus);
    def.avoid = bonesAround(false);
    appendAvoid(def, {"thoracolumbar_fascia", "latissimus_dorsi.right", "serratus_posterior_inferior.right"});
    def.cellSizeM = 0.0020f;
    def.targetTriangles = 2600;
    return def;
}

/// Longissimus thoracis: a near-vertical column from the sacrum and posterior crest up to the
/// thoracic transverse processes and ribs, plus lumbar fascicles from the transverse
/// (accessory) processes down to the ilium beside the PSIS.
StructureDef longissimus(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const auto column = [&](const std::string& level, float y) {
        return v.at(level, {0.036f, y, v.halfDepth(level) + 0.028f});
    };
    // A fleshy belly, thickest at L3-L4, flattening into a band up the thorax and tapering down
    // onto the erector spinae aponeurosis (the common tendon) over the sacrum. It runs on past
    // the model's top, where the trunk cut ends it flat at its full width.
    std::vector<Fascicle> f{
        {lm.onSacrum(0.050f, 0.040f, 0.030f), column("l5", 0.0f), 0.005f, 0.016f},
        {column("l5", 0.0f), column("l3", 0.0f), 0.017f, 0.0210f, true},
        {column("l3", 0.0f), column("l1", 0.0f), 0.0210f, 0.016f, true},
    };
    addBand(f, column("l1", 0.0f), column("t11", kColumnRiseAboveT11M), kLongissimusBandRadiusM);
    // Common tendon: thin slips fanning from the lower belly over the dorsal sacrum.
    for (const float lateral : {0.012f, 0.022f, 0.034f})
        f.push_back({column("l5", -0.010f), lm.onSacrum(0.075f, 0.032f, lateral), 0.007f, 0.0025f});
    const vec3 iliac = lm.psis + vec3(0.014f, 0.010f, -0.006f);
    for (const char* level : kLumbar) {
        const vec3 accessory = v.at(level, {v.pedicleX(level) + 0.010f, 0.003f, v.halfDepth(level) + 0.022f});
        f.push_back({accessory, iliac, 0.0065f, 0.008f});
    }
    StructureDef def = bundleMuscle(
        "longissimus_thoracis.right", Layer::DeepMuscle, std::move(f), 0.014f, colours::kErectorSpinae);
    addFascicleGrooves(def);
    riseToTheFascia(def, kLongissimusRiseM);
    def.avoid = bonesAround(true);
    appendAvoid(def,
        {"multifidus.right", "thoracolumbar_fascia", "latissimus_dorsi.right",
            "serratus_posterior_inferior.right"});
    def.cellSizeM = 0.0022f;
    def.targetTriangles = 2600;
    return def;
}

/// Iliocostalis lumborum: lateral column from the posterior iliac crest (and the erector
/// spinae aponeurosis) to the angles of the lower ribs.
StructureDef iliocostalis(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const auto column = [&](const std::string& level, float x, float y, float zExtra) {
        return v.at(level, {x, y, v.halfDepth(level) + 0.022f + zExtra});
    };
    const vec3 crest = lm.iliacCrest[1] + vec3(0.012f, 0.006f, -0.008f);
    const vec3 crest2 = lm.iliacCrest[2] + vec3(-0.004f, 0.006f, -0.006f);
    std::vector<Fascicle> f{
        {crest, column("l4", 0.060f, 0.0f, 0.0f), 0.006f, 0.016f},
        {crest2, column("l4", 0.060f, 0.0f, 0.0f), 0.006f, 0.016f},
        {column("l4", 0.060f, 0.0f, 0.0f), column("l2", 0.064f, 0.0f, 0.0f), 0.016f, 0.0150f, true},
        // Full width on up to the band, which it merges into without a waist.
        {column("l2", 0.064f, 0.0f, 0.0f), column("t12", 0.066f, 0.0f, 0.010f), 0.015f, 0.014f, true},
    };
    // On up over the rib angles and out of the model's top, cut flat at full width there.
    addBand(f, column("t12", 0.066f, 0.0f, 0.010f), column("t11", 0.070f, kColumnRiseAboveT11M, 0.012f),
        kIliocostalisBandRadiusM);
    StructureDef def = bundleMuscle(
        "iliocostalis_lumborum.right", Layer::DeepMuscle, std::move(f), 0.012f, colours::kErectorSpinae);
    addFascicleGrooves(def);
    riseToTheFascia(def, kIliocostalisRiseM);
    def.avoid = bonesAround(true);
    appendAvoid(def,
        {"longissimus_thoracis.right", "multifidus.right", "thoracolumbar_fascia", "latissimus_dorsi.right",
            "serratus_posterior_inferior.right"});
    def.cellSizeM = 0.0022f;
    def.targetTriangles = 2200;
    return def;
}

/// Spinalis thoracis: medial strap from the upper lumbar spinous processes upwards, widening
/// over the thoracic laminae (it is mostly thoracic) and cut flat at the model's top.
StructureDef spinalis(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const vec3 top = v.spinousSide("t11", 0.020f) + vec3(0.007f, kColumnRiseAboveT11M, 0);
    std::vector<Fascicle> f{
        {v.spinousSide("l2", 0.024f) + vec3(0.002f, 0, 0), v.spinousSide("l1", 0.026f) + vec3(0.004f, 0, 0),
            0.0035f, 0.0050f},
        {v.spinousSide("l1", 0.026f) + vec3(0.004f, 0, 0), v.spinousSide("t12", 0.024f) + vec3(0.005f, 0, 0),
            0.0050f, kSpinalisThoracicRadiusM},
        {v.spinousSide("t12", 0.024f) + vec3(0.005f, 0, 0), top, kSpinalisThoracicRadiusM,
            kSpinalisThoracicRadiusM},
    };
    StructureDef def = bundleMuscle(
        "spinalis_thoracis.right", Layer::DeepMuscle, std::move(f), 0.006f, colours::kErectorSpinae);
    keepOffTheMidline(def);
    def.avoid = bonesAround(false);
    appendAvoid(def,
        {"multifidus.right", "longissimus_thoracis.right", "thoracolumbar_fascia", "latissimus_dorsi.right",
            "serratus_posterior_inferior.right"});
    def.cellSizeM = 0.0015f;
    def.targetTriangles = 1000;
    return def;
}

/// Quadratus lumborum: iliocostal fibres from the iliolumbar ligament and posterior crest to
/// the 12th rib, iliotransverse fibres to the L1-L4 transverse process tips.
StructureDef quadratusLumborum(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const float yL4 = lm.vertebra("l4").body.origin.y;
    const vec3 crest[]
        = {{0.052f, yL4 - 0.022f, 0.008f}, {0.068f, yL4 - 0.014f, 0.004f}, {0.084f, yL4 - 0.008f, -0.004f}};
    const vec3 rib[] = {v.at("t12", {0.034f, -0.014f, 0.022f}), v.at("t12", {0.054f, -0.024f, 0.026f}),
        v.at("t12", {0.072f, -0.044f, 0.018f})};
    std::vector<Fascicle> f;
    for (int i = 0; i < 3; ++i)
        f.push_back({crest[i], rib[i] + vec3(0, -0.006f, -0.010f), 0.0120f, 0.0070f});
    for (const char* level : {"l1", "l2", "l3", "l4"})
        f.push_back({crest[0], v.transverseTip(level) + vec3(0.004f, 0, -0.004f), 0.0090f, 0.0050f});
    f.push_back({v.transverseTip("l5"), crest[1], 0.0060f, 0.0070f}); // iliolumbar ligament origin
    StructureDef def = bundleMuscle(
        "quadratus_lumborum.right", Layer::DeepestMuscle, std::move(f), 0.014f, colours::kQuadratusLumborum);
    // Medial edge: stops just short of the transverse process tips (where the iliotransverse
    // fibres attach), so each tip leaves a clean notch in the edge instead of passing through
    // the muscle and punching a hole in it.
    std::vector<glm::vec2> edge; // (y, x), increasing y
    for (const char* level : {"l5", "l4", "l3", "l2", "l1"}) {
        const vec3 tip = v.transverseTip(level);
        edge.push_back({tip.y, tip.x + kQlEdgeInsideTipM});
    }
    def.shape = [bundleShape = def.shape, edge](const vec3& p) {
        float x = edge.front().y;
        if (p.y >= edge.back().x)
            x = edge.back().y;
        else
            for (std::size_t i = 1; i < edge.size(); ++i)
                if (p.y <= edge[i].x) {
                    const float s
                        = std::clamp((p.y - edge[i - 1].x) / (edge[i].x - edge[i - 1].x), 0.0f, 1.0f);
                    x = edge[i - 1].y + s * (edge[i].y - edge[i - 1].y);
                    break;
                }
        return std::max(bundleShape(p), x - p.x);
    };
    def.avoid = bonesAround(true);
    appendAvoid(def, {"longissimus_thoracis.right", "iliocostalis_lumborum.right", "multifidus.right"});
    def.cellSizeM = 0.0020f;
    def.targetTriangles = 1800;
    return def;
}

/// Psoas major: slips from the T12-L5 bodies and discs join a belly that thickens downwards,
/// crosses the pelvic brim, passes in front of the hip joint and turns back under the femur's
/// neck to the lesser trochanter.
StructureDef psoasMajor(const Landmarks& lm)
{
    const VertebraPoints v{lm};
    const std::vector<std::string> levels{"t12", "l1", "l2", "l3", "l4", "l5"};
    const float bellyRadius[] = {0.0060f, 0.0095f, 0.0140f, 0.0185f, 0.0215f, 0.0225f};
    std::vector<vec3> belly;
    for (const auto& level : levels)
        belly.push_back(v.at(level, {v.halfWidth(level) + 0.016f, -0.004f, 0.000f}));
    std::vector<Fascicle> f;
    for (std::size_t i = 0; i + 1 < levels.size(); ++i)
        f.push_back({belly[i], belly[i + 1], bellyRadius[i], bellyRadius[i + 1]});
    const vec3 brim{0.066f, -0.060f, -0.052f};
    const vec3 frontOfHip{0.086f, -0.108f, -0.070f};
    f.push_back({belly.back(), brim, bellyRadius[5], 0.020f});
    f.push_back({brim, frontOfHip, 0.020f, 0.016f});
    f.push_back({frontOfHip, lm.lesserTrochanter, 0.016f, 0.008f});
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const vec3 bodySide = v.at(levels[i], {v.halfWidth(levels[i]) - 0.002f, 0.010f, -0.004f});
        f.push_back({bodySide, belly[std::min(i + 1, levels.size() - 1)], 0.0055f,
            0.8f * bellyRadius[std::min(i + 1, levels.size() - 1)]});
    }
    StructureDef def
        = bundleMuscle("psoas_major.right", Layer::AnteriorMuscle, std::move(f), 0.010f, colours::kPsoas);
    def.avoid = bonesAround(true);
    // Psoas gives way to quadratus lumborum: carved the other way round, the thick L4 belly
    // punched a hole through the thin QL.
    appendAvoid(def, {"quadratus_lumborum.right"});
    def.cellSizeM = 0.0022f;
    def.targetTriangles = 2200;
    return def;
}

/// Piriformis: from the front of the sacrum between the S2-S4 foramina out through the greater
/// sciatic notch, behind the hip joint, to the top of the greater trochanter; deep to gluteus
/// maximus, with the sciatic nerve leaving the pelvis under it (sizes *estimates*: a belly about
/// 2.5 cm thick narrowing to a round tendon).
StructureDef piriformis(const Landmarks& lm)
{
    const vec3 upper = lm.onSacrum(0.050f, -0.004f, 0.030f), lower = lm.onSacrum(0.078f, -0.004f, 0.026f);
    const vec3 notch{0.082f, -0.094f, 0.024f};
    const vec3 insertion = lm.greaterTrochanterTip + vec3(-0.008f, 0.004f, 0.002f);
    std::vector<Fascicle> f{
        {upper, notch, 0.010f, 0.013f}, {lower, notch, 0.010f, 0.013f}, {notch, insertion, 0.013f, 0.006f}};
    StructureDef def = bundleMuscle(
        "piriformis.right", Layer::IntermediateMuscle, std::move(f), 0.008f, colours::kIntermediateMuscle);
    def.avoid = bonesAround(false);
    appendAvoid(def, {"coccyx", "gluteus_maximus.right", "gluteus_medius.right"});
    def.cellSizeM = 0.0020f;
    def.targetTriangles = 1200;
    return def;
}

} // namespace

std::vector<StructureDef> sheetMuscleStructures(const Landmarks& lm, const BodyEnvelope& body);

std::vector<StructureDef> muscleStructures(const Landmarks& lm, const BodyEnvelope& body)
{
    std::vector<StructureDef> defs;
    for (const auto& right : {psoasMajor(lm), quadratusLumborum(lm), multifidus(lm), longissimus(lm),
             iliocostalis(lm), spinalis(lm), piriformis(lm)}) {
        defs.push_back(mirrored(right));
        defs.push_back(right);
    }
    for (auto& d : sheetMuscleStructures(lm, body))
        defs.push_back(std::move(d));
    return defs;
}

} // namespace lumbar
