// The words the info card shows with a muscle's referral pattern, per audience, and the steps of a
// lesson that work the muscle.
#pragma once

#include "anatomy/referral_pattern.hpp"
#include "technique/lesson.hpp"
#include "technique/lesson_vocabulary.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace lumbar::app {

/// The steps (numbered from 1) of `lesson` that work `structureId`: it is among their targets.
std::vector<std::size_t> stepsWorking(const technique::Lesson& lesson, const std::string& structureId);

/// The steps (numbered from 1) of `lesson` that name trigger point `pointId` of `structureId` as
/// treated: the structure is among their targets and the point among their trigger points.
std::vector<std::size_t> stepsTreating(
    const technique::Lesson& lesson, const std::string& structureId, const std::string& pointId);

/// "step 9", "steps 9 and 10", "steps 9, 10, 15 and 16"; empty for none.
std::string stepListText(const std::vector<std::size_t>& steps);

/// The line above the zones: what they are, in the audience's words.
std::string referralIntro(technique::Audience audience);

/// One zone's line: its name, and for students and instructors the trigger points it comes from by
/// their numbers in the pattern's list ("the sacroiliac joint (from point 3)"), unless all.
std::string zoneLine(const ReferralPattern& pattern, const ReferralZone& zone, technique::Audience audience);

/// The honest framing shown with every pattern, in every audience: the patterns are what clients
/// commonly report, the trigger-point model is contested and locating points by hand unreliable.
/// Cites the pattern's source and the two critiques by the bibliography's short forms.
std::string referralHonesty(const ReferralPattern& pattern, technique::Audience audience);

} // namespace lumbar::app
