// Tool models built from ellipsoids and capsules, sized like an adult hand and arm.
#include "shapes/tool_models.hpp"

#include "shapes/primitives.hpp"

#include <glm/gtc/constants.hpp>

#include <array>

namespace lumbar {
namespace {

constexpr std::array<ToolShape, 6> kShapes{ToolShape::Fingertip, ToolShape::Thumb, ToolShape::Knuckles,
    ToolShape::Elbow, ToolShape::Forearm, ToolShape::Palm};

/// A direction leaning back from the stroke (-X) and up (+Y) by `degrees` above the skin.
glm::vec3 raised(float degrees)
{
    const float a = glm::radians(degrees);
    return {-std::cos(a), std::sin(a), 0.0f};
}

/// A direction leaning forward along the stroke (+X) and up by `degrees` above the skin.
glm::vec3 ahead(float degrees)
{
    const float a = glm::radians(degrees);
    return {std::cos(a), std::sin(a), 0.0f};
}

const glm::mat3 kIdentity(1.0f);

MeshData fingertip()
{
    // Index finger at about 60 degrees to the skin, pad on the contact point, hand behind it.
    const glm::vec3 along = raised(60.0f);
    const float radius = 0.0085f;
    MeshData tool = makeCapsule(
        glm::vec3(0.0f, radius, 0.0f), along * 0.075f + glm::vec3(0, radius, 0), radius, 0.0095f);
    const glm::mat3 handAxes(glm::normalize(glm::vec3(-0.5f, 0.85f, 0.0f)), glm::vec3(0, 0, 1),
        glm::normalize(glm::cross(glm::vec3(-0.5f, 0.85f, 0.0f), glm::vec3(0, 0, 1))));
    appendMesh(tool,
        makeEllipsoid(along * 0.1f + glm::vec3(-0.03f, 0.04f, 0.0f), {0.045f, 0.04f, 0.016f},
            glm::mat3(handAxes[0], handAxes[2], handAxes[1])));
    return tool;
}

MeshData thumb()
{
    // Thumb pad down at about 45 degrees, the thenar eminence and the hand behind it.
    const glm::vec3 along = raised(45.0f);
    const float radius = 0.011f;
    MeshData tool = makeCapsule(
        glm::vec3(0.0f, radius, 0.0f), along * 0.055f + glm::vec3(0, radius, 0), radius, 0.013f);
    appendMesh(tool,
        makeEllipsoid(along * 0.075f + glm::vec3(0.0f, 0.03f, 0.015f), {0.035f, 0.03f, 0.025f}, kIdentity));
    appendMesh(tool,
        makeEllipsoid(along * 0.09f + glm::vec3(0.0f, 0.05f, 0.045f), {0.05f, 0.02f, 0.045f}, kIdentity));
    return tool;
}

MeshData knuckles()
{
    // A soft fist: four proximal interphalangeal knuckles in a row across the stroke, touching
    // the skin, with the folded fingers and the back of the hand above them.
    MeshData tool;
    const float knuckleRadius = 0.009f;
    for (int i = 0; i < 4; ++i) {
        const float z = (float(i) - 1.5f) * 0.021f;
        MeshData knuckle = makeEllipsoid(
            {0.0f, knuckleRadius, z}, glm::vec3(knuckleRadius, knuckleRadius, 0.0095f), kIdentity);
        if (i == 0)
            tool = knuckle;
        else
            appendMesh(tool, knuckle);
        appendMesh(tool, makeCapsule({0.0f, knuckleRadius, z}, {-0.01f, 0.035f, z}, 0.0085f, 0.009f));
    }
    appendMesh(tool, makeEllipsoid({-0.03f, 0.05f, 0.0f}, {0.04f, 0.025f, 0.045f}, kIdentity));
    appendMesh(
        tool, makeCapsule({-0.05f, 0.06f, 0.0f}, {-0.2f, 0.16f, 0.0f}, 0.028f, 0.034f)); // wrist, forearm
    return tool;
}

MeshData elbow()
{
    // The olecranon on the skin, forearm rising ahead-up, upper arm rising behind-up.
    MeshData tool = makeEllipsoid({0.0f, 0.016f, 0.0f}, {0.018f, 0.016f, 0.02f}, kIdentity);
    appendMesh(tool,
        makeCapsule(
            {0.0f, 0.03f, 0.0f}, glm::vec3(0.0f, 0.03f, 0.0f) + ahead(35.0f) * 0.24f, 0.032f, 0.026f));
    appendMesh(tool,
        makeCapsule(
            {0.0f, 0.035f, 0.0f}, glm::vec3(0.0f, 0.035f, 0.0f) + raised(70.0f) * 0.26f, 0.035f, 0.042f));
    return tool;
}

MeshData forearm()
{
    // The ulnar border of the forearm along the stroke, wrist leading, elbow trailing.
    MeshData tool = makeCapsule({0.11f, 0.028f, 0.0f}, {-0.12f, 0.036f, 0.0f}, 0.028f, 0.036f);
    appendMesh(
        tool, makeEllipsoid({0.19f, 0.04f, 0.0f}, {0.06f, 0.018f, 0.04f}, kIdentity)); // loose fist/hand
    appendMesh(tool, makeCapsule({-0.14f, 0.04f, 0.0f}, {-0.2f, 0.3f, 0.0f}, 0.038f, 0.042f)); // upper arm
    return tool;
}

MeshData palm()
{
    // A flat hand: palm and heel on the skin, fingers ahead, wrist and forearm behind-up.
    MeshData tool = makeEllipsoid({0.0f, 0.012f, 0.0f}, {0.05f, 0.012f, 0.045f}, kIdentity);
    for (int i = 0; i < 4; ++i) {
        const float z = (float(i) - 1.5f) * 0.02f;
        appendMesh(tool,
            makeCapsule({0.045f, 0.009f, z}, {0.115f - 0.01f * std::abs(float(i) - 1.5f), 0.008f, z}, 0.0085f,
                0.0075f));
    }
    appendMesh(tool, makeCapsule({0.03f, 0.012f, 0.05f}, {0.07f, 0.012f, 0.085f}, 0.011f, 0.0095f)); // thumb
    appendMesh(tool, makeCapsule({-0.05f, 0.02f, 0.0f}, {-0.24f, 0.12f, 0.0f}, 0.027f, 0.035f)); // forearm
    return tool;
}

} // namespace

std::span<const ToolShape> allToolShapes()
{
    return kShapes;
}

std::string_view toolShapeName(ToolShape shape)
{
    switch (shape) {
    case ToolShape::Fingertip:
        return "fingertip";
    case ToolShape::Thumb:
        return "thumb";
    case ToolShape::Knuckles:
        return "knuckles";
    case ToolShape::Elbow:
        return "elbow";
    case ToolShape::Forearm:
        return "forearm";
    case ToolShape::Palm:
        return "palm";
    }
    return "?";
}

MeshData makeToolModel(ToolShape shape)
{
    MeshData tool;
    switch (shape) {
    case ToolShape::Fingertip:
        tool = fingertip();
        break;
    case ToolShape::Thumb:
        tool = thumb();
        break;
    case ToolShape::Knuckles:
        tool = knuckles();
        break;
    case ToolShape::Elbow:
        tool = elbow();
        break;
    case ToolShape::Forearm:
        tool = forearm();
        break;
    case ToolShape::Palm:
        tool = palm();
        break;
    }
    tool.name = std::string("tool.") + std::string(toolShapeName(shape));
    tool.baseColor = {0.18f, 0.42f, 0.52f, 1.0f}; // a gloved teal that never reads as patient tissue
    return tool;
}

} // namespace lumbar
