// The safety and session-guide texts: what to screen before treatment and what a patient should
// know. In our own words after Finucane et al. 2020 (red flags), NICE NG59 and Werner's A Massage
// Therapist's Guide to Pathology (contraindications, endangerment sites).
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

/// Ids of the structures that are endangerment sites in the lumbar region (Werner,
/// A Massage Therapist's Guide to Pathology: kidneys, floating ribs, spinous processes, sciatic nerve).
const std::vector<std::string>& endangermentSiteIds();

} // namespace lumbar::app
