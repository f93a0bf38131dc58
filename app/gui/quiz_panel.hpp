// The Quiz window: one question at a time with its choices, immediate feedback, the running score
// and the review of mistakes; click questions are answered by picking in the 3D view.
#pragma once

#include "quiz/quiz_session.hpp"
#include "render/camera.hpp"
#include "session/quiz_referral.hpp"
#include "session/quiz_staging.hpp"
#include "technique/lesson.hpp"

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace lumbar::app {

class ProgressKeeper;
class Viewer;

/// Quiz mode: owns the session, the student's partial order, and the view saved before the quiz.
class QuizPanel {
public:
    /// Questions per quiz.
    static constexpr int kQuestionCount = 10;

    bool active() const { return m_session.has_value(); }
    const quiz::QuizSession* session() const { return m_session ? &*m_session : nullptr; }
    std::uint32_t seed() const { return m_seed; }

    /// Where quizzes started from now on take the student's progress from and record each answer
    /// (the due questions come first); null keeps nothing. Not owned: it outlives the panel.
    void keepProgressIn(ProgressKeeper* progress) { m_progress = progress; }

    /// Starts a quiz on the viewer's knowledge base and model with `lessons`, saving the view to
    /// give back when the quiz stops.
    void start(Viewer& viewer, std::vector<technique::Lesson> lessons, std::uint32_t seed);
    /// Starts a quiz from the built-in lessons with a fresh seed, or stops the running one.
    void toggle(Viewer& viewer);
    /// Ends the quiz and restores the view.
    void stop(Viewer& viewer);

    /// Keys while the quiz runs: 1-5 pick a choice (or the next step of an order), Backspace takes
    /// back the last step of an order, Enter checks an order or moves on. Q toggles the quiz at any
    /// time. True when the key was used and must not reach the camera.
    bool handleKey(SDL_Keycode key, Viewer& viewer);
    /// A click in the 3D view (`mesh` is what was hit, `skinPoint` where the ray met the body's
    /// surface). While the quiz runs it takes every click: the answer to a click question (a
    /// structure, or a spot on the skin), ignored otherwise so the selection stays staged. False
    /// when the quiz is not running.
    bool handlePick(std::optional<std::size_t> mesh, const std::optional<glm::vec3>& skinPoint,
        Viewer& viewer, const technique::AnatomySurface& surface);

    /// Adds what the current question shows in the 3D view (referral zones, trigger points, the
    /// click) to `extras`; nothing while inactive.
    void addTo(SceneExtras& extras, const Viewer& viewer, const technique::AnatomySurface& surface);

    /// Draws the window inside the current ImGui frame; nothing while inactive.
    void draw(Viewer& viewer);

private:
    void answer(const quiz::Answer& given, Viewer& viewer);
    void next(Viewer& viewer);
    /// A choice index from the keyboard or a button: answers, or adds to the order.
    void choose(std::size_t index, Viewer& viewer);
    void stage(Viewer& viewer);
    void drawQuestion(Viewer& viewer);
    void drawFeedback(Viewer& viewer);
    void drawReview() const;

    std::optional<quiz::QuizSession> m_session;
    std::vector<technique::Lesson> m_lessons;
    ProgressKeeper* m_progress = nullptr;
    std::uint32_t m_seed = 0;
    std::vector<std::size_t> m_order; ///< choice indices picked so far in an order question
    std::optional<quiz::Answer> m_lastAnswer; ///< the answer to the current question, once given
    QuizReferral m_referral;
    SavedAnatomyView m_savedView;
    Camera m_savedCamera; ///< name questions move the orbit centre; given back at the end
};

/// Parses `files` against `knowledge`; a file with problems is left out.
std::vector<technique::Lesson> loadQuizLessons(
    const std::vector<std::filesystem::path>& files, const KnowledgeBase& knowledge);

} // namespace lumbar::app
