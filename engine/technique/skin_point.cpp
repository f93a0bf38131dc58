// Carrying points onto the outer surface and measuring along it.
#include "technique/skin_point.hpp"

#include "anatomy/knowledge_base.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::technique {
namespace {

constexpr float kStartShortM = 0.03f;
constexpr float kNearLineM = 0.015f;
constexpr float kFarLineM = 0.03f;
/// A vertex faces the approach when its normal is within about 78 degrees of it.
constexpr float kFacingCos = 0.2f;
constexpr int kAlongSkinPieces = 16;

std::optional<glm::vec3> firstFacing(const std::vector<const MeshData*>& meshes, const glm::vec3& from,
    const glm::vec3& direction, float nearM)
{
    std::optional<glm::vec3> best;
    float bestAlong = 0.0f;
    for (const MeshData* mesh : meshes)
        for (std::size_t i = 0; i < mesh->positions.size(); ++i) {
            const glm::vec3 offset = mesh->positions[i] - from;
            const float along = glm::dot(offset, direction);
            if (along < -kStartShortM || glm::length(offset - along * direction) > nearM)
                continue;
            if (i < mesh->normals.size() && glm::dot(mesh->normals[i], direction) < kFacingCos)
                continue;
            if (!best || along < bestAlong) {
                best = from + along * direction;
                bestAlong = along;
            }
        }
    return best;
}

} // namespace

bool isBodySurface(const std::string& meshName, const StructureInfo* structure)
{
    return structure ? structure->kind == "skin" : meshName == "body";
}

std::vector<const MeshData*> bodySurfaceMeshes(const AnatomySurface& surface)
{
    std::vector<const MeshData*> skin;
    for (const MeshData& mesh : surface.model().meshes)
        if (isBodySurface(mesh.name, surface.structureInfo(mesh.name)))
            skin.push_back(&mesh);
    return skin;
}

std::optional<glm::vec3> carryToSkin(
    const std::vector<const MeshData*>& skin, const glm::vec3& point, const glm::vec3& direction)
{
    if (const std::optional<glm::vec3> near = firstFacing(skin, point, direction, kNearLineM))
        return near;
    return firstFacing(skin, point, direction, kFarLineM);
}

std::optional<glm::vec3> nearestOnSkin(const AnatomySurface& surface, const glm::vec3& point)
{
    std::optional<SurfacePoint> nearest;
    for (const MeshData* mesh : bodySurfaceMeshes(surface))
        if (const std::optional<SurfacePoint> hit = surface.closestPoint(mesh->name, point);
            hit && (!nearest || hit->distance < nearest->distance))
            nearest = hit;
    return nearest ? std::optional<glm::vec3>(nearest->position) : std::nullopt;
}

float distanceAlongSkin(const AnatomySurface& surface, const glm::vec3& a, const glm::vec3& b)
{
    const auto onSkin = [&](const glm::vec3& p) { return nearestOnSkin(surface, p).value_or(p); };
    float length = 0.0f;
    glm::vec3 previous = onSkin(a);
    for (int i = 1; i <= kAlongSkinPieces; ++i) {
        const glm::vec3 next = onSkin(glm::mix(a, b, float(i) / float(kAlongSkinPieces)));
        length += glm::length(next - previous);
        previous = next;
    }
    return length;
}

} // namespace lumbar::technique
