// Frame-by-frame lesson recording and its progress text.
#include "export/lesson_recorder.hpp"

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
    // the camera frames into meanwhile.
    Camera& camera = m_viewer.camera();
    const glm::vec2 framingMin = camera.framingMin, framingMax = camera.framingMax;
    camera.framingMin = glm::vec2(0.0f);
    camera.framingMax = glm::vec2(1.0f);
    m_viewer.render(m_settings.width, m_settings.height, extras);
    camera.framingMin = framingMin;
    camera.framingMax = framingMax;
    m_sink->write(m_viewer.target().readPixels());
    ++m_next;
}

} // namespace lumbar::app
