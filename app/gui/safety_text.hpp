// The safety and session-guide texts: what to screen before treatment and what a patient should
// know. In our own words from DOMAIN.md sections 1 and 4.
#pragma once

#include <span>

namespace lumbar::app {

struct TextSection {
    const char* title;
    std::span<const char* const> items;
};

std::span<const TextSection> safetySections();
std::span<const TextSection> sessionGuideSections();

} // namespace lumbar::app
