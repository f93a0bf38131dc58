// The selected muscle's referral pattern in the 3D view: its zones shaded on the skin, its trigger
// points marked on the muscle (over everything, so that they show through the layers above it).
#pragma once

#include "session/marker_dots.hpp"
#include "session/viewer.hpp"
#include "technique/referral_map.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace lumbar::technique {
class AnatomySurface;
}

namespace lumbar::app {

/// A structure's referral pattern placed on the model, placed again only when the structure, the
/// model's geometry or the surface changes.
class ReferralPlacement {
public:
    const technique::ReferralMap& of(
        const StructureInfo& structure, const Viewer& viewer, const technique::AnatomySurface& surface);

private:
    std::string m_placedFor; ///< the structure id the map was placed for
    std::uint64_t m_placedRevision = 0;
    const technique::AnatomySurface* m_placedOn = nullptr;
    std::optional<technique::ReferralMap> m_map;
};

class ReferralOverlay {
public:
    /// The pattern of the structure selected in `viewer`, placed on its model; null when
    /// display.referral is off, nothing is selected or the selection has no pattern. Placed once
    /// per structure and model geometry.
    const technique::ReferralMap* current(const Viewer& viewer, const technique::AnatomySurface& surface);

    /// Adds the current pattern's spots and trigger-point markers to `extras`.
    void addTo(SceneExtras& extras, const Viewer& viewer, const technique::AnatomySurface& surface);

private:
    MarkerDots m_dots;
    ReferralPlacement m_placement;
};

} // namespace lumbar::app
