// Where gluteus maximus ends below the buttock (standard anatomy texts; DOMAIN.md section 5): the
// iliotibial tract, the thick band of the fascia lata down the outer thigh that takes most of its
// fibres. It leaves the model where the model ends, under the skin below the window.
#include "body_envelope.hpp"
#include "landmarks.hpp"
#include "layered_sheet.hpp"
#include "structure.hpp"

#include <memory>

namespace lumbar {

namespace {

using glm::vec3;

constexpr float kThighGapM = 0.0015f;

/// Iliotibial tract: a band about 4 mm thick (*estimate*; 1-3 mm in life, drawn thick enough
/// for the grid) under the fat of the outer thigh, from above the greater trochanter, where
/// gluteus maximus's tendon joins it from behind, down out of the model. Its front and back
/// borders are an *estimate* (about a third of the thigh's round from behind the outer side).
StructureDef iliotibialTract(const Landmarks& lm, const BodyEnvelope& body)
{
    const float top = lm.greaterTrochanterTip.y + 0.030f;
    const LayeredSheet sheet{body, 0.0f, 0.0040f,
        {{0.150f, dims::kTrunkBottomM - 0.02f}, {0.30f, dims::kTrunkBottomM - 0.02f}, {0.30f, top},
            {0.150f, top}},
        -0.08f};
    StructureDef def;
    def.id = "iliotibial_tract.right";
    def.layer = Layer::SuperficialMuscle;
    auto shared = std::make_shared<const LayeredSheet>(sheet);
    def.shape = [shared](const vec3& p) { return shared->distance(p); };
    def.bounds = {{0.13f, dims::kTrunkBottomM, -0.10f}, {0.25f, top + 0.01f, 0.10f}};
    // Dense and white, unlike the thin see-through thoracolumbar fascia (its kind is fascia too:
    // knowledge_base.json).
    def.colour = colours::kFascia;
    def.colour.a = 1.0f;
    def.avoid = {{"gluteus_maximus.right", kThighGapM}, {"femur.right", kThighGapM}};
    def.cellSizeM = 0.0013f;
    def.targetTriangles = 1600;
    return def;
}

} // namespace

std::vector<StructureDef> thighMuscleStructures(const Landmarks& lm, const BodyEnvelope& body)
{
    std::vector<StructureDef> defs;
    for (const auto& right : {iliotibialTract(lm, body)}) {
        defs.push_back(mirrored(right));
        defs.push_back(right);
    }
    return defs;
}

} // namespace lumbar
