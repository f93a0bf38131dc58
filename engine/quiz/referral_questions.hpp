// Quiz questions from the knowledge base's referral patterns: where a muscle commonly refers pain,
// and which muscle commonly refers pain to a region.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "quiz/quiz_question.hpp"
#include "technique/referral_map.hpp"

#include <glm/glm.hpp>

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

/// "Click on the skin where clients commonly report pain from trigger points in quadratus lumborum
/// (right)": one question per side of every muscle with a pattern; any of its zones is right.
std::vector<Question> referralClickQuestions(const KnowledgeBase& knowledge);

/// The answer to a ReferralClick question for a click on the skin at `point` (model space), given
/// the question's muscle placed on the model: the zone whose spots weigh most there
/// (technique::referralWeight > 0, i.e. inside a spot's drawn radius), or, outside every zone, no
/// zone and how far the nearest one's edge is ("about 4 cm from the lateral hip").
Answer referralClickAnswer(const technique::ReferralMap& map, const glm::vec3& point);

} // namespace lumbar::quiz
