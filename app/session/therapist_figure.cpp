// Reading the therapist's figure and drawing it where the stance puts it.
#include "session/therapist_figure.hpp"

#include "core/error.hpp"
#include "scene/model_import.hpp"
#include "session/data_paths.hpp"
#include "shapes/primitives.hpp"

#include <algorithm>

namespace lumbar::app {

const char* figurePartName(FigurePart part)
{
    // In FigurePart's order, as the generator writes them (tools/anatomy/src/therapist.hpp).
    static constexpr const char* kNames[kFigurePartCount]
        = {"legs", "shoes", "hips", "tunic", "head", "hair", "arm"};
    return kNames[std::size_t(part)];
}

FigureMeshes figureMeshesFrom(const Model& model)
{
    FigureMeshes parts;
    for (std::size_t i = 0; i < kFigurePartCount; ++i) {
        const std::string name = std::string("therapist.") + figurePartName(FigurePart(i));
        const MeshData* found = model.find(name);
        if (!found)
            throw ImportError(inQuotes(model.sourcePath) + " has no mesh " + inQuotes(name)
                + " (the therapist's figure is regenerated with lumbarlab-anatomygen --out-dir models)");
        parts[i] = *found;
    }
    return parts;
}

const FigureMeshes& figureMeshes()
{
    static const FigureMeshes parts = [] {
        const auto path = findModelFile(kTherapistModelFile);
        if (!path)
            throw ImportError(std::string("the therapist's figure ") + kTherapistModelFile
                + " was not found in " + modelSearchPathText()
                + " (reinstall LumbarLab, or regenerate it with lumbarlab-anatomygen)");
        return figureMeshesFrom(importModel(*path));
    }();
    return parts;
}

std::optional<technique::TableSpace> tableSpaceOf(const Model& model)
{
    const MeshData* table = model.find("table");
    if (!table)
        return std::nullopt;
    const Bounds bounds = table->bounds();
    if (bounds.empty())
        return std::nullopt;
    // The top is the table's widest part, centred on the body's midline.
    return technique::TableSpace{std::max(-bounds.min.x, bounds.max.x), bounds.min.z};
}

namespace {

/// The upper arm's radius at the elbow and at the shoulder, as the generator's arms (girths of
/// Heinz et al. 2003: forearm 28.24 cm, flexed biceps 34.40 cm, relaxed at 92%).
constexpr float kElbowRadiusM = 0.0344f;
constexpr float kShoulderRadiusM = 0.0479f;
/// Where the cut round the pose's own upper arm begins above the elbow, how far past the shoulder
/// it reaches, and its radius (the relaxed upper arm's 5 cm and the deltoid's roundness).
constexpr float kCutAboveElbowM = 0.04f;
constexpr float kCutPastShoulderM = 0.08f;
constexpr float kCutRadiusM = 0.058f;
/// Without the figure, where along the upper arm from the elbow (0) to the shoulder (1) it starts
/// and ends fading (*choices*: the elbow's working end stays whole; looked at in the elbow's and
/// forearm's steps, oblique and from above).
constexpr float kFadeFrom = 0.3f;
constexpr float kFadeTo = 0.9f;

} // namespace

DrawCut upperArmCut(const technique::PoseArm& arm)
{
    const glm::vec3 up = glm::normalize(arm.shoulder - arm.elbow);
    return {arm.elbow + up * kCutAboveElbowM, arm.shoulder + up * kCutPastShoulderM, kCutRadiusM};
}

DrawFade upperArmFade(const technique::PoseArm& arm)
{
    const glm::vec3 along = arm.shoulder - arm.elbow;
    return {arm.elbow + along * kFadeFrom, arm.elbow + along * kFadeTo, kCutRadiusM};
}

DrawCut upperArmFadeCut(const technique::PoseArm& arm)
{
    const glm::vec3 up = glm::normalize(arm.shoulder - arm.elbow);
    return {upperArmFade(arm).from, arm.shoulder + up * kCutPastShoulderM, kCutRadiusM};
}

std::vector<technique::PoseArm> armsPlacedBy(technique::ToolKind tool, const glm::mat4& model)
{
    std::vector<technique::PoseArm> arms = technique::poseArms(tool);
    for (technique::PoseArm& arm : arms)
        arm = {
            glm::vec3(model * glm::vec4(arm.elbow, 1.0f)), glm::vec3(model * glm::vec4(arm.shoulder, 1.0f))};
    return arms;
}

std::vector<DrawItem> fadeUpperArms(DrawItem& hand, technique::ToolKind tool)
{
    std::vector<DrawItem> faded;
    const std::vector<technique::PoseArm> arms = armsPlacedBy(tool, hand.model);
    for (std::size_t i = 0; i < arms.size() && i < hand.cuts.size(); ++i) {
        hand.cuts[i] = upperArmFadeCut(arms[i]);
        DrawItem copy = hand;
        copy.cuts = {};
        copy.fade = upperArmFade(arms[i]);
        copy.innerFaces = false; // the arm's near side fades, showing what lies behind it
        faded.push_back(copy);
    }
    return faded;
}

TherapistFigure::TherapistFigure()
    : m_upperArm(std::make_unique<GpuMesh>(makeCapsule(glm::vec3(0.0f),
        glm::vec3(0.0f, technique::kUpperArmLengthM, 0.0f), kElbowRadiusM, kShoulderRadiusM, 24, 6)))
{
    const FigureMeshes& parts = figureMeshes();
    for (std::size_t i = 0; i < kFigurePartCount; ++i) {
        m_parts[i] = std::make_unique<GpuMesh>(parts[i]);
        m_colors[i] = parts[i].baseColor;
    }
}

std::vector<DrawItem> TherapistFigure::items(const technique::Stance& stance,
    std::span<const technique::PoseArm> arms, HandTone tone, float alpha) const
{
    std::vector<DrawItem> items;
    const glm::vec4 skinColor(glm::vec3(handToneColor(tone)), alpha);
    // The upper arms, each from the pose's elbow to the figure's shoulder, stretched by the little
    // the stance leaves their length off.
    for (std::size_t i = 0; i < arms.size() && i < stance.shoulders.size(); ++i) {
        const glm::vec3 along = stance.shoulders[i] - arms[i].elbow;
        const float length = glm::length(along);
        if (length < 1e-4f)
            continue;
        const glm::vec3 y = along / length;
        const glm::vec3 x = anyPerpendicular(y);
        DrawItem arm;
        arm.mesh = m_upperArm.get();
        arm.model = glm::mat4(glm::vec4(x, 0.0f), glm::vec4(y * (length / technique::kUpperArmLengthM), 0.0f),
            glm::vec4(glm::cross(x, y), 0.0f), glm::vec4(arms[i].elbow, 1.0f));
        arm.color = skinColor;
        arm.surface = Surface::Skin;
        arm.layerDepth = -1.0f;
        arm.sortCenter = arms[i].elbow;
        items.push_back(arm);
    }
    for (std::size_t i = 0; i < kFigurePartCount; ++i) {
        const FigurePart part = FigurePart(i);
        if (part == FigurePart::Arm && arms.size() > 1)
            continue;
        DrawItem item;
        item.mesh = m_parts[i].get();
        const bool standing = part == FigurePart::Legs || part == FigurePart::Shoes;
        item.model = standing ? stance.legs : stance.upper;
        const bool skin = part == FigurePart::Head || part == FigurePart::Arm;
        item.color = skin ? skinColor : glm::vec4(glm::vec3(m_colors[i]), alpha);
        item.surface = skin ? Surface::Skin : Surface::Plain;
        item.layerDepth = -1.0f;
        item.sortCenter = glm::vec3(item.model[3]);
        items.push_back(item);
    }
    return items;
}

} // namespace lumbar::app
