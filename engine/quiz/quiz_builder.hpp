// Builds a quiz from the knowledge base and the lessons: structure questions (click it, name it)
// lesson-step questions (tool, direction, force band, order of steps) and referral questions.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "quiz/progress.hpp"
#include "quiz/quiz_choices.hpp"
#include "quiz/quiz_question.hpp"
#include "technique/lesson.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// What the viewer can show, which decides the structure questions that make sense.
struct QuizOptions {
    /// Ids of the structures that have a mesh in the loaded model. Click and name questions are
    /// asked only about these; nullopt assumes every knowledge-base structure has one.
    std::optional<std::vector<std::string>> meshIds;
    /// The student's progress (quiz/progress.hpp): when given, due questions are picked first,
    /// then questions never answered, then those not due yet (see buildQuiz). Not owned.
    const Progress* progress = nullptr;
    /// The time `progress` is judged at, in seconds since the Unix epoch.
    std::int64_t nowS = 0;
};

/// An order question shows at most this many steps and at least kMinOrderSteps.
inline constexpr std::size_t kMaxOrderSteps = 5;
inline constexpr std::size_t kMinOrderSteps = 3;

/// Builds up to `count` questions (fewer when the content allows fewer distinct ones; none when
/// count <= 0). Kinds are mixed round-robin in a seeded order, then the questions are shuffled.
/// Structures without a display name, and the skin, are never asked; a step question is asked once
/// per step title. Deterministic: the same inputs and `seed` give the same quiz on every platform.
/// With `options.progress`, the mix still takes one question of each kind in turn, but each kind
/// gives its most urgent question first (scheduleOrder: due, the longest overdue first; then new;
/// then not yet due), each round visits the kinds with the most urgent questions first, and the
/// quiz asks them in that order of urgency (the shuffle orders only questions equally urgent).
std::vector<Question> buildQuiz(const KnowledgeBase& knowledge, const std::vector<technique::Lesson>& lessons,
    std::uint32_t seed, int count, const QuizOptions& options = {});

/// Every question of one kind the content allows, before any selection (the seed shuffles choices
/// and picks distractors and the steps of order questions). Exposed for tests and for a quiz of
/// one kind.
std::vector<Question> allQuestionsOfKind(QuestionKind kind, const KnowledgeBase& knowledge,
    const std::vector<technique::Lesson>& lessons, std::uint32_t seed, const QuizOptions& options = {});

/// A force band as the quiz writes it: "60-120 N", or "40 N" when both ends are equal.
std::string forceBandText(double minN, double maxN);

} // namespace lumbar::quiz
