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

std::span<const TextSection> safetySections();
std::span<const TextSection> sessionGuideSections();

/// Ids of the structures that are endangerment sites in the lumbar region (DOMAIN.md section 4).
const std::vector<std::string>& endangermentSiteIds();

} // namespace lumbar::app
