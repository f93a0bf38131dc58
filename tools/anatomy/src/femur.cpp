// The upper end of the femur: the head in the acetabulum, the neck, the greater trochanter that
// gluteus medius reaches, the lesser trochanter that psoas reaches, and the shaft with the
// gluteal tuberosity that gluteus maximus reaches, cut where the model ends below the buttock.
#include "bone_parts.hpp"
#include "landmarks.hpp"
#include "sdf.hpp"
#include "structure.hpp"

namespace lumbar {

namespace {

using glm::vec3;

/// Sizes (*estimates*, standard texts): head about 4.2 cm across, neck about 3 cm thick, shaft
/// about 2.7 cm; the neck makes about 125 degrees with the shaft and points a little forwards.
constexpr float kHeadRadiusM = kAcetabularCupRadiusM - 0.002f;
constexpr float kNeckRadiusM = 0.0150f;
constexpr float kShaftRadiusM = 0.0135f;

class FemurShape {
public:
    explicit FemurShape(const Landmarks& lm)
        : m_head(acetabularCupCentre(lm)), m_trochanterTip(lm.greaterTrochanterTip),
          m_lesser(lm.lesserTrochanter), m_tuberosity(lm.glutealTuberosity)
    {
        // The shaft heads for the knee: down, a little inwards and, with the thigh lying on the
        // table, towards the table (*estimate* of the thigh's axis, the same as the skin's).
        m_shaftTop = m_trochanterTip + vec3(-0.012f, -0.030f, -0.010f);
        m_shaftAxis = glm::normalize(vec3(-0.10f, -0.97f, -0.22f));
        m_neckBase = m_trochanterTip + vec3(-0.020f, -0.007f, -0.010f);
    }

    float operator()(const vec3& p) const
    {
        float d = sdf::sphere(p, m_head, kHeadRadiusM);
        d = sdf::smoothUnion(
            d, sdf::roundCone(p, m_head, m_neckBase, kNeckRadiusM, kNeckRadiusM * 1.3f), 0.008f);
        // The shaft from just under the trochanters down out of the model.
        const vec3 shaftEnd = m_shaftTop + m_shaftAxis * 0.25f;
        d = sdf::smoothUnion(
            d, sdf::roundCone(p, m_shaftTop, shaftEnd, kShaftRadiusM * 1.35f, kShaftRadiusM), 0.012f);
        // The greater trochanter: a block on the neck's outer end, its tip level with the coccyx.
        const vec3 trochanterTop = m_trochanterTip + vec3(0.0f, -0.013f, 0.0f);
        const vec3 trochanterFoot = m_trochanterTip + vec3(0.004f, -0.042f, -0.008f);
        d = sdf::smoothUnion(d, sdf::roundCone(p, trochanterTop, trochanterFoot, 0.013f, 0.016f), 0.010f);
        // The lesser trochanter behind and inside the shaft, joined to the greater by the
        // intertrochanteric crest.
        d = sdf::smoothUnion(d, sdf::sphere(p, m_lesser, 0.0085f), 0.008f);
        d = sdf::smoothUnion(d,
            sdf::roundCone(p, trochanterFoot + vec3(-0.006f, 0.008f, 0.010f), m_lesser, 0.0065f, 0.0055f),
            0.006f);
        // The gluteal tuberosity: a low ridge down the shaft's back and outer side.
        const vec3 ridgeFoot = m_tuberosity + m_shaftAxis * 0.035f;
        return sdf::smoothUnion(
            d, sdf::roundCone(p, m_tuberosity - m_shaftAxis * 0.025f, ridgeFoot, 0.0045f, 0.0035f), 0.005f);
    }

private:
    vec3 m_head, m_trochanterTip, m_lesser, m_tuberosity;
    vec3 m_shaftTop{0.0f}, m_shaftAxis{0.0f}, m_neckBase{0.0f};
};

} // namespace

StructureDef femurRight(const Landmarks& lm)
{
    StructureDef def;
    def.id = "femur.right";
    def.layer = Layer::Bone;
    def.shape = [shape = FemurShape(lm)](const vec3& p) { return shape(p); };
    def.bounds = {{0.060f, dims::kTrunkBottomM, -0.090f}, {0.185f, lm.hipJoint.y + 0.035f, 0.030f}};
    def.avoid = {{"hip_bone.right", kCarveGapBoneM}};
    def.cellSizeM = 0.0018f;
    def.targetTriangles = 1800;
    def.colour = colours::kBone;
    return def;
}

} // namespace lumbar
