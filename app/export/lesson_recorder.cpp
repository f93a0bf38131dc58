// Frame-by-frame lesson recording and its progress text.
#include "export/lesson_recorder.hpp"

#include "session/technique_overlay.hpp"
#include "session/viewer.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::app {

int recordFrameCount(double durationS, int fps, double speed)
{
    // A hair of tolerance so 12 s at 10 fps is 120 frames, not 121 from rounding.
    const double frames = std::ceil(durationS * double(fps) / speed - 1e-9);
    return std::max(1, int(std::min(frames, 1e9)));
}

std::string progressBar(int done, int total, int barWidth)
{
    const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 1.0;
    const int filled = int(fraction * barWidth);
    return "[" + std::string(std::size_t(filled), '#') + std::string(std::size_t(barWidth - filled), '.')
        + "] " + std::to_string(int(fraction * 100.0)) + "% frame " + std::to_string(done) + "/"
        + std::to_string(total);
}

Camera recordingCamera(const Camera& chosen, const Viewer& viewer, const technique::PreparedLesson& prepared,
    double lessonS, float aspect)
{
    Camera whole = chosen;
    whole.framingMin = glm::vec2(0.0f);
    whole.framingMax = glm::vec2(1.0f);
    const auto framedOn = [&](std::size_t step) {
        Camera shot = whole;
        shot.frame(viewer.withRoomForTherapist(workedRegion(prepared, step)), aspect);
        shot.sceneRadius = whole.sceneRadius; // clip planes and zoom limits stay the model's
        return shot;
    };
    const technique::FrameState state = technique::evaluate(prepared, lessonS);
    if (!state.valid)
        return whole;
    Camera shot = framedOn(state.stepIndex);
    if (state.stepIndex > 0 && state.stepTimeS < kStepChangeS) {
        const Camera before = framedOn(state.stepIndex - 1);
        const float u = float(state.stepTimeS / kStepChangeS);
        const float eased = u * u * (3.0f - 2.0f * u);
        shot.target = glm::mix(before.target, shot.target, eased);
        shot.distance = glm::mix(before.distance, shot.distance, eased);
    }
    return shot;
}

LessonRecorder::LessonRecorder(Viewer& viewer, std::unique_ptr<LessonScene> moment,
    std::unique_ptr<FrameSink> sink, double startS, double durationS, const RecordSettings& settings)
    : m_viewer(viewer), m_moment(std::move(moment)), m_sink(std::move(sink)), m_startS(startS),
      m_settings(settings), m_frameCount(recordFrameCount(durationS, settings.fps, settings.speed))
{
    if (settings.maxFrames)
        m_frameCount = std::min(m_frameCount, *settings.maxFrames);
}

void LessonRecorder::renderNext()
{
    if (done())
        return;
    const double videoS = double(m_next) / double(m_settings.fps);
    m_moment->seek(m_startS + videoS * m_settings.speed);
    // The pressure points pulse in video time, so they beat at the same rate at any speed.
    const SceneExtras extras = m_moment->extras(m_settings.heat, videoS);
    // The video has no panels: it is framed into the whole picture, whatever part of the window
    // the camera frames into meanwhile, on where the lesson works; the window's camera is given
    // back as it was.
    Camera& camera = m_viewer.camera();
    const Camera chosen = camera;
    camera = recordingCamera(chosen, m_viewer, m_moment->prepared(), m_moment->time(),
        float(m_settings.width) / float(m_settings.height));
    m_viewer.render(m_settings.width, m_settings.height, extras);
    camera = chosen;
    m_sink->write(m_viewer.target().readPixels());
    ++m_next;
}

} // namespace lumbar::app
