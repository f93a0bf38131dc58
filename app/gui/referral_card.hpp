// The info card's "Referred pain" section for a muscle with a referral pattern: the zones in words,
// the trigger points, the steps of the open lesson that work it, the honest framing and sources.
#pragma once

namespace lumbar {
struct StructureInfo;
}

namespace lumbar::app {

class LessonPlayer;
class Viewer;

/// Draws the section (nothing for a structure without a pattern). "Show on the body" switches
/// Viewer::display.referral; a step button moves the lesson to that step.
void drawReferralCard(const StructureInfo& structure, Viewer& viewer, LessonPlayer& player);

} // namespace lumbar::app
