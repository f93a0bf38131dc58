// Quiz questions from the knowledge base's referral patterns: where a muscle commonly refers pain,
// and which muscle commonly refers pain to a region.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "quiz/quiz_question.hpp"

#include <random>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// The body region a zone lies in, for telling a wrong choice from a neighbouring right one: zones
/// of one region ("iliac_crest" and "posterior_crest") are never right and wrong in one question.
/// Unlisted ids are a region of their own.
std::string referralRegion(const std::string& zoneId);

/// "Where do clients commonly report pain from trigger points in quadratus lumborum?": one zone of
/// the muscle among three of regions its pattern does not reach. One question per zone a muscle
/// has (paired muscles asked once, without their side) when three such regions exist.
std::vector<Question> referralZoneQuestions(const KnowledgeBase& knowledge, std::mt19937& rng);

/// "Pain commonly reported over the lateral hip: which muscle's trigger points commonly refer
/// it?": the muscle among three whose patterns reach none of the zone's region. One question per
/// zone when three such muscles exist.
std::vector<Question> referralMuscleQuestions(const KnowledgeBase& knowledge, std::mt19937& rng);

} // namespace lumbar::quiz
