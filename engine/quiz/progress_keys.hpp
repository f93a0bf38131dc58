// The names progress is kept under: one key per quiz question and per palpation landmark, stable
// from one quiz to the next (they do not depend on the seed, the choices or the prompt's words),
// and the structure or lesson each is counted under in the Progress panel.
#pragma once

#include "quiz/palpation_round.hpp"
#include "quiz/progress.hpp"
#include "quiz/quiz_question.hpp"

#include <string>

namespace lumbar::quiz {

/// The kind as a key writes it: "click", "name", "tool", "direction", "pressure", "order",
/// "referral_zone", "referral_muscle".
const char* questionKindKey(QuestionKind kind);

/// "question:<kind>:<about>", where <about> is the structure id (click, name), "<lesson id>/<step
/// title>" (tool, direction, pressure), the lesson id (order), "<muscle id>/<zone id>" (refers
/// to) or the zone id (referred from).
std::string progressKey(const Question& question);
/// The lesson of a step or order question; the structure of a click or name question; the muscle
/// of a referral question.
ProgressGroup progressGroup(const Question& question);

/// "palpation:<target id>" ("palpation:psis.left").
std::string progressKey(const PalpationTarget& target);
/// The structure whose palpation text goes with the target ("hip_bone.left").
ProgressGroup progressGroup(const PalpationTarget& target);

} // namespace lumbar::quiz
