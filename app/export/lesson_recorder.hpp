// Recording a lesson: frame k shows lesson time start + k * speed / fps, rendered offscreen and
// handed to a frame sink one frame per call, so the window can interleave it with its own frames.
#pragma once

#include "export/frame_sink.hpp"
#include "render/camera.hpp"
#include "session/lesson_scene.hpp"

#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

class Viewer;

/// Frames that cover `durationS` of lesson at `fps` frames per video second and `speed` lesson
/// seconds per video second: ceil(durationS * fps / speed), at least 1.
int recordFrameCount(double durationS, int fps, double speed);

/// "[####......] 42% frame 120/300" for `done` of `total` frames, `barWidth` characters of bar.
std::string progressBar(int done, int total, int barWidth = 10);

/// The camera a recording shows at lesson time `lessonS`: `chosen` (the user's, looking the way
/// they chose) framed on where the step of that moment works (workedRegion, with room for the
/// therapist when they are shown), in the whole picture of `aspect`; over the step's first
/// kStepChangeS, while the hand travels, it moves there from the step before's. A step that
/// works nowhere (talking, screening) keeps the chosen view.
Camera recordingCamera(const Camera& chosen, const Viewer& viewer, const technique::PreparedLesson& prepared,
    double lessonS, float aspect);

struct RecordSettings {
    int width = 1280;
    int height = 720;
    int fps = 30;
    double speed = 1.0; ///< lesson seconds per video second
    HeatScope heat = HeatScope::Off;
    std::optional<int> maxFrames; ///< stop after this many frames
};

class LessonRecorder {
public:
    /// Records `durationS` of `moment`'s lesson from `startS` into `sink` from the direction of
    /// `viewer`'s current camera, each moment framed as recordingCamera says.
    LessonRecorder(Viewer& viewer, std::unique_ptr<LessonScene> moment, std::unique_ptr<FrameSink> sink,
        double startS, double durationS, const RecordSettings& settings);

    int frameCount() const { return m_frameCount; }
    int framesWritten() const { return m_next; }
    bool done() const { return m_next >= m_frameCount; }

    /// Renders the next frame and writes it. Throws lumbar::Error when the sink fails.
    void renderNext();
    /// Closes the output (the video is finalised); call when done or cancelled.
    void finish() { m_sink->finish(); }
    /// What was written so far, for messages.
    std::string describe() const { return m_sink->describe(); }

private:
    Viewer& m_viewer;
    std::unique_ptr<LessonScene> m_moment;
    std::unique_ptr<FrameSink> m_sink;
    double m_startS;
    RecordSettings m_settings;
    int m_frameCount;
    int m_next = 0;
};

} // namespace lumbar::app
