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

/// Axes for an ellipsoid lying along `along` in the XY plane (the hand's plane), Z across.
glm::mat3 alongAxes(const glm::vec3& along)
{
    const glm::vec3 a = glm::normalize(along);
    const glm::vec3 across(0.0f, 0.0f, 1.0f);
    return glm::mat3(a, glm::cross(across, a), across);
}

MeshData fingertip()
{
    // Index finger at about 60 degrees to the skin with the pad on the contact point; the back of
    // the hand continues the finger's line.
    const glm::vec3 along = raised(60.0f);
    const float radius = 0.0085f;
    const glm::vec3 pad(0.0f, radius, 0.0f);
    MeshData tool = makeCapsule(pad, pad + along * 0.07f, radius, 0.0095f);
    appendMesh(tool,
        makeEllipsoid(
            pad + along * 0.11f + glm::vec3(0.0f, 0.0f, 0.015f), {0.045f, 0.016f, 0.042f}, alongAxes(along)));
    return tool;
}

MeshData thumb()
{
    // Thumb pad down at about 45 degrees, the thenar eminence and the hand beside it.
    const glm::vec3 along = raised(45.0f);
    const float radius = 0.011f;
    const glm::vec3 pad(0.0f, radius, 0.0f);
    MeshData tool = makeCapsule(pad, pad + along * 0.05f, radius, 0.013f);
    appendMesh(tool,
        makeEllipsoid(
            pad + along * 0.07f + glm::vec3(0.0f, 0.0f, 0.012f), {0.035f, 0.022f, 0.025f}, alongAxes(along)));
    appendMesh(tool,
        makeEllipsoid(
            pad + along * 0.08f + glm::vec3(0.0f, 0.015f, 0.05f), {0.045f, 0.016f, 0.04f}, alongAxes(along)));
    return tool;
}

MeshData knuckles()
{
    // A soft fist: four proximal interphalangeal knuckles in a row across the stroke, touching
    // the skin, the folded fingers above them and the back of the hand and wrist behind.
    const float knuckleRadius = 0.009f;
    MeshData tool = makeEllipsoid({-0.035f, 0.045f, 0.0f}, {0.04f, 0.022f, 0.045f}, alongAxes(raised(25.0f)));
    for (int i = 0; i < 4; ++i) {
        const float z = (float(i) - 1.5f) * 0.021f;
        appendMesh(tool,
            makeEllipsoid(
                {0.0f, knuckleRadius, z}, glm::vec3(knuckleRadius, knuckleRadius, 0.0095f), kIdentity));
        appendMesh(tool, makeCapsule({0.0f, knuckleRadius, z}, {-0.008f, 0.035f, z}, 0.0085f, 0.009f));
    }
    appendMesh(tool, makeCapsule({-0.07f, 0.06f, 0.0f}, {-0.14f, 0.1f, 0.0f}, 0.027f, 0.03f)); // wrist
    return tool;
}

MeshData elbow()
{
    // The olecranon on the skin, the forearm rising ahead and the upper arm rising behind (both cut
    // short so they do not hide the back).
    MeshData tool = makeEllipsoid({0.0f, 0.016f, 0.0f}, {0.018f, 0.016f, 0.02f}, kIdentity);
    appendMesh(tool,
        makeCapsule({0.0f, 0.03f, 0.0f}, glm::vec3(0.0f, 0.03f, 0.0f) + ahead(35.0f) * 0.15f, 0.03f, 0.026f));
    appendMesh(tool,
        makeCapsule(
            {0.0f, 0.035f, 0.0f}, glm::vec3(0.0f, 0.035f, 0.0f) + raised(70.0f) * 0.12f, 0.033f, 0.038f));
    return tool;
}

MeshData forearm()
{
    // The ulnar border of the forearm along the stroke, wrist and loose hand leading.
    MeshData tool = makeCapsule({0.1f, 0.026f, 0.0f}, {-0.1f, 0.034f, 0.0f}, 0.026f, 0.034f);
    appendMesh(tool, makeEllipsoid({0.16f, 0.035f, 0.0f}, {0.05f, 0.03f, 0.022f}, kIdentity));
    appendMesh(tool, makeCapsule({-0.12f, 0.04f, 0.0f}, {-0.15f, 0.12f, 0.0f}, 0.036f, 0.038f)); // elbow stub
    return tool;
}

MeshData palm()
{
    // A flat hand: palm and heel on the skin, fingers ahead, thumb to the side, wrist behind.
    MeshData tool = makeEllipsoid({0.0f, 0.012f, 0.0f}, {0.05f, 0.012f, 0.045f}, kIdentity);
    for (int i = 0; i < 4; ++i) {
        const float z = (float(i) - 1.5f) * 0.02f;
        appendMesh(tool,
            makeCapsule({0.045f, 0.009f, z}, {0.115f - 0.01f * std::abs(float(i) - 1.5f), 0.008f, z}, 0.0085f,
                0.0075f));
    }
    appendMesh(tool, makeCapsule({0.03f, 0.012f, 0.05f}, {0.07f, 0.012f, 0.085f}, 0.011f, 0.0095f)); // thumb
    appendMesh(tool, makeCapsule({-0.05f, 0.02f, 0.0f}, {-0.13f, 0.07f, 0.0f}, 0.027f, 0.031f)); // wrist
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
