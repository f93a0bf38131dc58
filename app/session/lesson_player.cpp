// Playback clock of a prepared lesson.
#include "session/lesson_player.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lumbar::app {
namespace {

/// Pressing "previous" later than this into a step restarts the step instead of going back.
constexpr double kRestartStepWithinS = 1.5;

} // namespace

void LessonPlayer::load(technique::PreparedLesson prepared)
{
    m_prepared = std::make_unique<technique::PreparedLesson>(std::move(prepared));
    m_frameTimeS.reset();
    m_timeS = 0.0;
    m_playing = false;
}

void LessonPlayer::unload()
{
    m_prepared.reset();
    m_frameTimeS.reset();
    m_timeS = 0.0;
    m_playing = false;
}

void LessonPlayer::play()
{
    if (!loaded())
        return;
    if (m_timeS >= duration())
        m_timeS = 0.0; // playing a finished lesson starts it again
    m_playing = true;
}

void LessonPlayer::advance(double realSeconds)
{
    if (!loaded() || !m_playing)
        return;
    m_timeS += realSeconds * m_speed;
    if (m_timeS >= duration()) {
        if (loop && duration() > 0.0) {
            m_timeS = std::fmod(m_timeS, duration());
        } else {
            m_timeS = duration();
            m_playing = false;
        }
    }
}

void LessonPlayer::seek(double lessonS)
{
    m_timeS = std::clamp(lessonS, 0.0, duration());
}

std::size_t LessonPlayer::currentStep() const
{
    if (!loaded() || m_prepared->steps.empty())
        return 0;
    std::size_t step = 0;
    for (std::size_t i = 0; i < m_prepared->steps.size(); ++i)
        if (m_prepared->steps[i].startS <= m_timeS)
            step = i;
    return step;
}

void LessonPlayer::seekStep(std::size_t index)
{
    if (!loaded() || m_prepared->steps.empty())
        return;
    index = std::min(index, m_prepared->steps.size() - 1);
    m_timeS = m_prepared->steps[index].startS;
}

void LessonPlayer::nextStep()
{
    if (loaded() && currentStep() + 1 < m_prepared->steps.size())
        seekStep(currentStep() + 1);
}

void LessonPlayer::previousStep()
{
    if (!loaded() || m_prepared->steps.empty())
        return;
    const std::size_t step = currentStep();
    if (m_timeS - m_prepared->steps[step].startS > kRestartStepWithinS || step == 0)
        seekStep(step);
    else
        seekStep(step - 1);
}

void LessonPlayer::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kSpeeds[0], kSpeeds[std::size(kSpeeds) - 1]);
}

void LessonPlayer::faster()
{
    for (double candidate : kSpeeds)
        if (candidate > m_speed + 1e-9) {
            m_speed = candidate;
            return;
        }
}

void LessonPlayer::slower()
{
    for (auto it = std::rbegin(kSpeeds); it != std::rend(kSpeeds); ++it)
        if (*it < m_speed - 1e-9) {
            m_speed = *it;
            return;
        }
}

const technique::FrameState& LessonPlayer::frame() const
{
    if (m_frameTimeS != m_timeS) {
        m_frame = loaded() ? technique::evaluate(*m_prepared, m_timeS) : technique::FrameState{};
        m_frameTimeS = m_timeS;
    }
    return m_frame;
}

std::string formatClock(double seconds)
{
    const int total = int(std::max(0.0, std::floor(seconds)));
    char text[32];
    std::snprintf(text, sizeof text, "%d:%02d", total / 60, total % 60);
    return text;
}

} // namespace lumbar::app
