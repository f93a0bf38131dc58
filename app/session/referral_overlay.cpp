// Referral zones and trigger points drawn for the selected muscle.
#include "session/referral_overlay.hpp"

#include "anatomy/knowledge_base.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::app {
namespace {

static_assert(technique::kMaxReferralSpots == kMaxReferralSpots, "the shader's array holds every spot");

} // namespace

const technique::ReferralMap& ReferralPlacement::of(
    const StructureInfo& structure, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    if (!m_map || m_placedFor != structure.id || m_placedRevision != viewer.geometryRevision()
        || m_placedOn != &surface) {
        m_map = technique::placeReferral(structure, surface);
        m_placedFor = structure.id;
        m_placedRevision = viewer.geometryRevision();
        m_placedOn = &surface;
    }
    return *m_map;
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
    return &m_placement.of(*structure, viewer, surface);
}

void ReferralOverlay::addTo(
    SceneExtras& extras, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    const technique::ReferralMap* map = current(viewer, surface);
    if (!map)
        return;
    for (const technique::PlacedSpot& spot : map->spots())
        extras.referralSpots.emplace_back(spot.centre, spot.radiusM);
    // A red dot in a white ring at each trigger point, over the layers above the muscle.
    for (const technique::PlacedTriggerPoint& point : map->triggerPoints)
        m_dots.add(extras, point.position, viewer.camera().eye(), kTriggerPointDotM, kTriggerPointDot);
}

} // namespace lumbar::app
