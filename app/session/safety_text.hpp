// The safety and session-guide texts: what to screen before treatment and what a patient should
// know. In our own words from DOMAIN.md sections 1 and 4.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lumbar::app {

struct TextSection {
    const char* title;
    std::span<const char* const> items;
};

/// What the therapist screens for, addressed to the therapist.
std::span<const TextSection> safetySections();
/// The same, addressed to the patient: when to see a doctor first, what to tell the therapist, and
/// where the work stays gentle.
std::span<const TextSection> patientSafetySections();
std::span<const TextSection> sessionGuideSections();

/// Ids of the structures that are endangerment sites in the lumbar region (DOMAIN.md section 4).
const std::vector<std::string>& endangermentSiteIds();

} // namespace lumbar::app
