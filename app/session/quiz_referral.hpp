// What the 3D view shows for the quiz's referral questions: the zone a client feels pain in,
// shaded on the skin while "which muscle refers here?" is asked; the muscle's whole pattern (its
// zones and trigger points) once any referral question is answered; where the student clicked.
#pragma once

#include "quiz/quiz_question.hpp"
#include "session/marker_dots.hpp"
#include "session/referral_overlay.hpp"
#include "session/viewer.hpp"
#include "technique/referral_map.hpp"

#include <glm/glm.hpp>

#include <optional>
#include <string>

namespace lumbar::technique {
class AnatomySurface;
}

namespace lumbar::app {

/// True for the kinds whose answer is shown on the skin (the referral kinds).
bool isReferralQuestion(const quiz::Question& question);

/// The built-in model's massage table (tools/anatomy/src/scenery.cpp), hidden while a region on the
/// front of the prone client is asked about.
inline constexpr const char* kTableMesh = "table";

/// True for "which muscle refers here?" about a region on the front of the body (its spots are
/// carried onto the skin from the front): out of sight from behind, it is shown from below.
bool askedFromTheFront(const quiz::Question& question, const KnowledgeBase& knowledge);

class QuizReferral {
public:
    /// The pattern of `question`'s muscle placed on the model; null for other kinds, or when the
    /// model has no such structure. Placed once per muscle and model geometry.
    const technique::ReferralMap* mapFor(
        const quiz::Question& question, const Viewer& viewer, const technique::AnatomySurface& surface);

    /// The answer to a ReferralClick question for a click in the 3D view at `skinPoint` (null when
    /// the click missed the body).
    quiz::Answer answerClick(const quiz::Question& question, const std::optional<glm::vec3>& skinPoint,
        const Viewer& viewer, const technique::AnatomySurface& surface);

    /// Adds the zones and dots `question` shows now (`answered` or not) to `extras`.
    void addTo(SceneExtras& extras, const quiz::Question& question, bool answered, const Viewer& viewer,
        const technique::AnatomySurface& surface);

    /// Forgets the click shown (a new question is asked).
    void clearClick() { m_click.reset(); }

private:
    MarkerDots m_dots;
    ReferralPlacement m_placement;
    std::optional<glm::vec3> m_click;
};

/// The point on the client's skin (or the body round the anatomy) under `pixel` of a view of
/// `size` pixels; nullopt when the ray misses them.
std::optional<glm::vec3> skinPointAt(const Viewer& viewer, const glm::vec2& pixel, const glm::vec2& size);

} // namespace lumbar::app
