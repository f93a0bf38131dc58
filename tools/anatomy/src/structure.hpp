// What a structure is to the generator: a stable id, its layer, a shape (signed distance),
// what it must not overlap, how finely to polygonise it, and (muscles) its fibre field.
#pragma once

#include "polygonise.hpp"

#include <glm/glm.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lumbar {

/// Tissue layers from the skin inwards, as seen from a posterior (prone) approach.
enum class Layer {
    Skin,
    Fascia,
    SuperficialMuscle,
    IntermediateMuscle,
    DeepMuscle,
    DeepestMuscle,
    Bone,
    Disc,
    AnteriorMuscle,
    Organ
};

const char* layerName(Layer layer);
/// 0 for the skin, growing with depth from a posterior approach.
int layerDepthOrder(Layer layer);
bool isMuscle(Layer layer);

/// A structure this one is carved away from, keeping at least `gapM` between them. With
/// `roundingM` the cut is a smooth intersection over that width: it only ever removes more, and
/// where the two surfaces meet at a grazing angle it trims the thin wedge left between them
/// (which polygonises as a ragged fringe) into a rounded edge.
struct Avoid {
    std::string id;
    float gapM;
    float roundingM = 0.0f;
};

using FibreField = std::function<glm::vec3(const glm::vec3&)>;
/// A colour per point (sRGB), for a structure made of several tissues.
using ColourField = std::function<glm::vec3(const glm::vec3&)>;

struct StructureDef {
    std::string id; ///< stable id, e.g. "quadratus_lumborum.left"
    Layer layer = Layer::Bone;
    DistanceField shape; ///< own shape before carving
    Box bounds; ///< conservative bounds of `shape`'s interior
    std::vector<Avoid> avoid; ///< carved away from these structures' own shapes
    bool insideBody = true; ///< kept under the subcutaneous layer and within the trunk slab
    /// The scene around the anatomy (the client's body, the table): written to the model but not
    /// to the knowledge base.
    bool scenery = false;
    float cellSizeM = 0.002f; ///< polygonisation grid spacing
    std::size_t targetTriangles = 2000;
    FibreField fibre; ///< muscles: fibre direction (sign irrelevant); empty otherwise
    glm::vec4 colour{1.0f}; ///< linear RGBA base colour
    /// Where set, each vertex takes its tissue's colour from here (the glTF vertex colour) and the
    /// base colour is white with `colour`'s alpha: the skin and the fat bands at a cut.
    ColourField tissueColour;
    /// Where set, each vertex's fat offset (Mesh::fatOffsets): the skin over the window and the
    /// body round it, so that the app can make the subcutaneous layer thinner or thicker.
    std::function<glm::vec3(const glm::vec3&)> fatOffset;
};

/// Left-side copy of a right-side definition: mirrors shape, bounds, fibres and ids.
StructureDef mirrored(const StructureDef& right);

/// A muscle described as smoothly blended tapered tubes (fascicles) between attachment points.
struct Fascicle {
    glm::vec3 from, to; ///< origin and insertion (world, metres)
    float fromRadiusM, toRadiusM;
    /// Continues the fascicle before it as the next piece of one belly (its `from` is that
    /// one's `to`, with the same radius): joined by a plain union, which keeps the belly's
    /// width through the joint. Blended like separate tubes, every joint bulged by a quarter
    /// of the blend width.
    bool continuesPrevious = false;
};

class FascicleBundle {
public:
    FascicleBundle(std::vector<Fascicle> fascicles, float blendM);
    float distance(const glm::vec3& p) const;
    /// Unit fibre direction near p: the fascicles' directions weighted by closeness.
    glm::vec3 fibre(const glm::vec3& p) const;
    Box bounds() const { return bounds_; }

private:
    std::vector<Fascicle> fascicles_;
    std::vector<Box> boxes_;
    float blend_;
    Box bounds_;
};

/// Builds a StructureDef's shape and fibre from a bundle (shared, the closures hold it).
void useBundle(StructureDef& def, std::shared_ptr<const FascicleBundle> bundle);

class BodyEnvelope;
struct Landmarks;

std::vector<StructureDef> boneStructures(const Landmarks& lm);
std::vector<StructureDef> muscleStructures(const Landmarks& lm, const BodyEnvelope& body);
std::vector<StructureDef> softTissueStructures(const Landmarks& lm, const BodyEnvelope& body);
/// The client's body outside the dissection window and the massage table (scenery.cpp).
std::vector<StructureDef> sceneryStructures(const Landmarks& lm);

/// Gluteus maximus's lower border (x unrolled round the trunk, y): from beside the coccyx's tip down
/// and out across the gluteal fold (*estimates*, see gluteusMaximusCushion). The ischioanal fat
/// fills the space between the two borders.
namespace gluteal {
inline constexpr glm::vec2 kMaximusCoccyxCorner{0.016f, -0.112f};
inline constexpr glm::vec2 kMaximusFoldCorner{0.085f, -0.232f};
/// Gluteus maximus's thickness across its middle at height y: 3.8 cm over the upper buttock,
/// thinning below the coccyx towards its tendon (see gluteusMaximusCushion). Its rounded margins
/// end half this deep under the fat.
float maximusThicknessAt(float y);
} // namespace gluteal

/// Colours per class (linear RGB): bone ivory, muscles red by group, QL orange, psoas purple...
namespace colours {
inline constexpr glm::vec4 kBone{0.86f, 0.82f, 0.70f, 1.0f};
inline constexpr glm::vec4 kDisc{0.62f, 0.74f, 0.80f, 1.0f};
inline constexpr glm::vec4 kSuperficialMuscle{0.78f, 0.33f, 0.33f, 1.0f};
inline constexpr glm::vec4 kIntermediateMuscle{0.72f, 0.28f, 0.30f, 1.0f};
inline constexpr glm::vec4 kErectorSpinae{0.80f, 0.40f, 0.38f, 1.0f};
inline constexpr glm::vec4 kMultifidus{0.62f, 0.20f, 0.22f, 1.0f};
inline constexpr glm::vec4 kQuadratusLumborum{0.90f, 0.55f, 0.25f, 1.0f};
inline constexpr glm::vec4 kPsoas{0.55f, 0.30f, 0.58f, 1.0f};
inline constexpr glm::vec4 kFascia{0.92f, 0.92f, 0.88f, 0.55f};
inline constexpr glm::vec4 kSkin{0.87f, 0.68f, 0.56f, 1.0f};
/// Subcutaneous fat as it shows at a cut: pale yellow (*choice*, after dissection photographs).
inline constexpr glm::vec4 kFat{0.95f, 0.84f, 0.52f, 1.0f};
/// Muscle cut across, on the walls of the hollow round the modelled anatomy (cavity_lining.hpp):
/// the colour the app gives a muscle's cut face (its base colour at 0.78 in linear light,
/// renderer.cpp's kCapShade, which is 0.89 in sRGB), here intermediate muscle's.
inline constexpr glm::vec4 kMuscleSection{0.64f, 0.25f, 0.27f, 1.0f};
/// The connective tissue between a cut muscle's fascicles (perimysium), a pale pink the grain of
/// the hollow's walls streaks towards (*choice*, after dissection photographs).
inline constexpr glm::vec4 kPerimysium{0.80f, 0.55f, 0.52f, 1.0f};
/// The abdomen cut through deep to the kidneys and psoas, on the floor of that hollow: gut,
/// retroperitoneal fat and fascia together, a muted rose-brown, duller than the walls' cut muscle,
/// that the kidneys' red, the psoas' purple and the bones' ivory stand out against (*choice*).
inline constexpr glm::vec4 kVisceralSection{0.52f, 0.30f, 0.28f, 1.0f};
inline constexpr glm::vec4 kKidney{0.55f, 0.22f, 0.20f, 1.0f};
/// The client's hair, baked into the body's vertex colours: a medium-dark brown (*choice*), authored
/// in sRGB like the other tissue colours.
inline constexpr glm::vec4 kHair{0.29f, 0.19f, 0.12f, 1.0f};
/// Dark blue-grey upholstery, so the body stands out against it.
inline constexpr glm::vec4 kTable{0.09f, 0.12f, 0.16f, 1.0f};
} // namespace colours

/// The colour of the skin and the fat under it at `depthM` below the skin's surface: skin for
/// the first kSkinThicknessM (`skin`, by default the body's even tone), fat beyond, blended over a
/// millimetre and a half.
glm::vec3 skinOverFat(float depthM, const glm::vec3& skin = glm::vec3(colours::kSkin));

/// The skin's tone where it is flushed (`flush` 0 to 1, ClientBody::skinFlush): pinker, within
/// the decimation's reach of the even tone so that it stays the skin's region (*choice*).
glm::vec3 flushedSkin(float flush);

/// Epidermis and dermis over the lower back (*estimate*: about 2 mm; the back's skin is among
/// the body's thickest).
inline constexpr float kSkinThicknessM = 0.002f;

} // namespace lumbar
