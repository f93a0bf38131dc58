// Playing a lesson: the clock, play and pause, speed, loop, stepping and scrubbing, the audience.
#pragma once

#include "technique/prepared_lesson.hpp"

#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

/// Who the step texts are written for.
using technique::Audience;
using technique::audienceName;
using technique::parseAudience;

/// Owns a prepared lesson and its playback clock. Pure state: the frame to draw is
/// technique::evaluate(prepared(), time()).
class LessonPlayer {
public:
    /// Playback speeds the [ and ] keys step through.
    static constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};

    void load(technique::PreparedLesson prepared);
    void unload();
    bool loaded() const { return m_prepared != nullptr; }
    const technique::PreparedLesson& prepared() const { return *m_prepared; }

    double time() const { return m_timeS; }
    double duration() const { return loaded() ? m_prepared->totalDurationS : 0.0; }
    bool playing() const { return m_playing; }
    double speed() const { return m_speed; }
    bool loop = false;
    Audience audience = Audience::Student;

    void play();
    void pause() { m_playing = false; }
    void togglePlay() { m_playing ? pause() : play(); }
    /// Moves the clock by `realSeconds` times the speed; at the end it stops, or wraps when looping.
    void advance(double realSeconds);
    /// Jumps to `lessonS`, clamped to the lesson.
    void seek(double lessonS);
    /// The step the clock is in (0 when nothing is loaded).
    std::size_t currentStep() const;
    /// Jumps to the start of step `index` (clamped).
    void seekStep(std::size_t index);
    void nextStep();
    /// To the start of the current step, or of the previous one when already near its start.
    void previousStep();
    void faster();
    void slower();
    void setSpeed(double speed);

    /// The state at the current time. The panels, the overlay and the countdowns all ask for it
    /// each frame; it is evaluated once per clock position and kept until the clock moves.
    const technique::FrameState& frame() const;

private:
    std::unique_ptr<technique::PreparedLesson> m_prepared;
    double m_timeS = 0.0;
    double m_speed = 1.0;
    bool m_playing = false;
    mutable std::optional<double> m_frameTimeS; ///< clock position m_frame was evaluated at
    mutable technique::FrameState m_frame;
};

/// "m:ss" for a time in seconds (whole seconds, rounded down).
std::string formatClock(double seconds);

} // namespace lumbar::app
