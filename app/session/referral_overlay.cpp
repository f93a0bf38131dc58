// Referral zones and trigger points drawn for the selected muscle.
#include "session/referral_overlay.hpp"

#include "anatomy/knowledge_base.hpp"
#include "shapes/primitives.hpp"
#include "technique/anatomy_surface.hpp"

#include <tuple>

namespace lumbar::app {
namespace {

static_assert(technique::kMaxReferralSpots == kMaxReferralSpots, "the shader's array holds every spot");

constexpr float kRimRadiusM = 0.011f;
constexpr float kDotRadiusM = 0.007f;
const glm::vec4 kRimColour{1.0f, 1.0f, 1.0f, 1.0f};
const glm::vec4 kDotColour{0.70f, 0.04f, 0.03f, 1.0f}; // the zones' red

} // namespace

ReferralOverlay::ReferralOverlay()
    : m_rim(std::make_unique<GpuMesh>(makeDisc(glm::vec3(0.0f), glm::vec3(0, 1, 0), 1.0f))),
      m_dot(std::make_unique<GpuMesh>(makeDisc(glm::vec3(0.0f), glm::vec3(0, 1, 0), 1.0f)))
{
}

const technique::ReferralMap* ReferralOverlay::current(
    const Viewer& viewer, const technique::AnatomySurface& surface)
{
    const AnatomyView& anatomy = viewer.anatomy();
    if (!viewer.display.referral || !anatomy.selected)
        return nullptr;
    const StructureInfo* structure = anatomy.structureOf(*anatomy.selected);
    if (!structure || structure->referral.empty())
        return nullptr;
    if (!m_map || m_placedFor != structure->id || m_placedRevision != viewer.geometryRevision()) {
        m_map = technique::placeReferral(*structure, surface);
        m_placedFor = structure->id;
        m_placedRevision = viewer.geometryRevision();
    }
    return &*m_map;
}

void ReferralOverlay::addTo(
    SceneExtras& extras, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    const technique::ReferralMap* map = current(viewer, surface);
    if (!map)
        return;
    for (const technique::PlacedSpot& spot : map->spots())
        extras.referralSpots.emplace_back(spot.centre, spot.radiusM);
    // A red dot in a white ring at each trigger point, facing the camera (it is drawn over the
    // layers above the muscle), lifted off the muscle a little.
    for (const technique::PlacedTriggerPoint& point : map->triggerPoints) {
        const glm::vec3 y = glm::normalize(viewer.camera().eye() - point.position);
        const glm::vec3 x = anyPerpendicular(y);
        const glm::vec3 z = glm::cross(x, y);
        for (const auto& [mesh, radius, colour, lift] :
            {std::tuple{m_rim.get(), kRimRadiusM, kRimColour, 0.002f},
                std::tuple{m_dot.get(), kDotRadiusM, kDotColour, 0.0025f}}) {
            DrawItem item;
            item.mesh = mesh;
            item.model = glm::mat4(glm::vec4(x * radius, 0.0f), glm::vec4(y * radius, 0.0f),
                glm::vec4(z * radius, 0.0f), glm::vec4(point.position + y * lift, 1.0f));
            item.color = colour;
            item.overlay = true;
            extras.items.push_back(item);
        }
    }
}

} // namespace lumbar::app
