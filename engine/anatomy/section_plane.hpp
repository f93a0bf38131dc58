// The section view's cutting plane: where it lies, which side of the body it removes, and the
// vertebral level a transverse plane passes through. Pure; the renderer and the picker take the
// plane as a vec4.
#pragma once

#include "scene/model.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

/// The anatomical planes, by the axis they are normal to: transverse (y, superior), sagittal
/// (x, the patient's right), coronal (z, posterior); and the plane through the massage tool's
/// axis across the stroke, which follows the lesson as it plays.
enum class SectionOrientation { Transverse, Sagittal, Coronal, ThroughTool };

/// Where the tool is, for a plane through it: the contact point, the skin's outward normal there
/// and the direction the tool heads (along the stroke, or the hand's long axis while holding).
struct ToolFrame {
    glm::vec3 contact{0.0f};
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    glm::vec3 heading{0.0f, 1.0f, 0.0f};
};

struct SectionSetting {
    bool enabled = false;
    SectionOrientation orientation = SectionOrientation::Transverse;
    /// Along the orientation's axis (y, x or z of the anatomy's frame), metres.
    float positionM = 0.0f;
    /// Removes the other side. Unflipped, the side removed is the one a therapist at a prone
    /// client looks from: superior for a transverse cut (seen from the head), the left for a
    /// sagittal one, posterior for a coronal one (seen from behind), the side ahead of the tool.
    bool flipped = false;
    /// ThroughTool: where the tool is (the app follows the lesson); positionM does not apply.
    ToolFrame tool;
};

/// The plane as (normal, w): what lies where dot(normal, p) + w < 0 is removed; all zero when the
/// section is off.
glm::vec4 sectionPlane(const SectionSetting& section);

/// 1 (y), 0 (x) or 2 (z); 0 for ThroughTool, which has no fixed axis.
int sectionAxis(SectionOrientation orientation);
/// "transverse", "sagittal", "coronal", "tool".
std::string_view sectionOrientationName(SectionOrientation orientation);
std::optional<SectionOrientation> parseSectionOrientation(std::string_view name);

/// A named level of the spine and its height: a vertebra ("L3") at its middle, a disc ("L3-L4")
/// at its middle.
struct SpinalLevel {
    std::string name;
    float yM = 0.0f;
};

/// The levels of a model, from its meshes named `vertebra_<level>` and `disc_<upper>_<lower>`
/// (the built-in anatomy's ids) at the middle of each mesh's bounding box, sorted from the top
/// down. Empty for models without them.
std::vector<SpinalLevel> spinalLevels(const Model& model);

/// How far the body of a vertebra reaches along z (+ posterior), metres: from its anterior surface
/// back to its posterior one, which faces the vertebral canal.
struct VertebralBodyDepth {
    float frontM = 0.0f;
    float backM = 0.0f;

    float middleM() const { return 0.5f * (frontM + backM); }
};

/// The body of vertebra `level` ("L3", case-insensitive) of a model with a mesh `vertebra_<level>`:
/// where a line from the front to the back, through the middle of the mesh's width at the body's
/// middle height (the level's height), enters the vertebra and first leaves it again. nullopt
/// when the model lacks the vertebra or the line misses it.
std::optional<VertebralBodyDepth> vertebralBodyDepth(const Model& model, std::string_view level);

/// The patient's direction nearest `d` (in the anatomy's frame) as a letter: R or L, S or I, P or A
/// by its largest component, so that the two ends of an oblique axis get opposite letters.
const char* directionLetter(const glm::vec3& d);

/// Names height `yM` by the nearest level: "L3" within half a millimetre, else "L3 +4 mm" above
/// it or "L3 -4 mm" below; the height in mm when there are no levels.
std::string describeHeight(float yM, const std::vector<SpinalLevel>& levels);

/// Where the plane of `section` lies, in words: for a transverse plane its spinal level
/// (describeHeight); for a sagittal one "midline" or "12 mm right" (of the midline); for a
/// coronal one "20 mm posterior" or "5 mm anterior" (of the frame's origin, the middle of S1's
/// upper endplate).
std::string describeSectionPosition(const SectionSetting& section, const std::vector<SpinalLevel>& levels);

/// The height of the level called `name` (case-insensitive: "l3", "L3-L4"), if the model has it.
std::optional<float> levelHeight(std::string_view name, const std::vector<SpinalLevel>& levels);

} // namespace lumbar
