// Running the exports from the command line: messages, progress and Ctrl+C.
#include "export/export_commands.hpp"

#include "export/handout_export.hpp"
#include "export/lesson_recorder.hpp"
#include "export/views_handout.hpp"
#include "session/lesson_scene.hpp"
#include "session/viewer.hpp"

#include <atomic>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace lumbar::app {
namespace {

// A signal handler can reach nothing but static state: this flag is the one exception to "no
// mutable globals", set by SIGINT and read by the recording loop.
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

/// Turns Ctrl+C into a request to stop while it lives; restores the previous handler after.
class InterruptGuard {
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    bool interrupted() const { return g_interrupted.load(); }

private:
    void (*m_previous)(int) = SIG_DFL;
};

void printWarnings(const LessonScene& moment)
{
    for (const std::string& warning : moment.warnings())
        std::cerr << "lumbarlab: " << warning << "\n";
}

} // namespace

int exportHandoutCommand(Viewer& viewer, const std::filesystem::path& lesson, const Options& options)
{
    LessonScene moment(viewer, lesson);
    printWarnings(moment);
    const Audience audience = parseAudience(options.audience).value_or(Audience::Student);
    const std::filesystem::path index
        = writeHandout(viewer, moment, *options.handoutDir, audience, options.width, options.height);
    std::cout << "lumbarlab: wrote " << index.string() << " and " << moment.prepared().steps.size()
              << " pictures (" << options.width << "x" << options.height << ", " << audienceName(audience)
              << ")\n";
    return kExitOk;
}

int exportViewsHandoutCommand(Viewer& viewer, const Options& options)
{
    const views::ViewCollectionParse parsed
        = views::loadViewCollection(*options.viewsPath, &viewer.knowledgeBase());
    for (const Problem& problem : parsed.problems)
        std::cerr << "lumbarlab: " << problem.text() << "\n";
    if (!parsed.collection)
        return kExitFailure;
    const ViewsHandoutResult written
        = writeViewsHandout(viewer, *parsed.collection, *options.handoutDir, options.width, options.height);
    for (const std::string& problem : written.problems)
        std::cerr << "lumbarlab: " << problem << "\n";
    std::cout << "lumbarlab: wrote " << written.index.string() << " and " << parsed.collection->views.size()
              << " pictures (" << options.width << "x" << options.height << ")\n";
    return kExitOk;
}

int recordCommand(Viewer& viewer, const std::filesystem::path& lesson, const Options& options)
{
    auto moment = std::make_unique<LessonScene>(viewer, lesson);
    printWarnings(*moment);
    double startS = 0.0;
    double durationS = moment->prepared().totalDurationS;
    if (options.step) {
        moment->seekStep(*options.step, 0.0);
        const technique::PreparedStep& step = moment->prepared().steps[std::size_t(*options.step - 1)];
        startS = step.startS;
        durationS = step.durationS;
    }
    RecordSettings settings;
    settings.width = options.width;
    settings.height = options.height;
    settings.fps = options.fps;
    settings.speed = options.recordSpeed;
    settings.heat = heatScopeFromName(options.heat);
    settings.maxFrames = options.maxFrames;
    LessonRecorder recorder(viewer, std::move(moment),
        openFrameSink(*options.recordPath, options.width, options.height, options.fps), startS, durationS,
        settings);

    const InterruptGuard interrupt;
    const bool terminal = isatty(STDERR_FILENO) != 0;
    int shownPercent = -1;
    while (!recorder.done() && !interrupt.interrupted()) {
        recorder.renderNext();
        // On a terminal the bar redraws in place every frame; in a log, one line per 10%.
        const int percent = recorder.framesWritten() * 100 / recorder.frameCount();
        if (terminal)
            std::cerr << "\r" << progressBar(recorder.framesWritten(), recorder.frameCount()) << std::flush;
        else if (percent / 10 != shownPercent / 10)
            std::cerr << progressBar(recorder.framesWritten(), recorder.frameCount()) << "\n";
        shownPercent = percent;
    }
    if (terminal)
        std::cerr << "\n";
    recorder.finish();
    if (interrupt.interrupted()) {
        std::cout << "lumbarlab: recording cancelled after " << recorder.framesWritten() << " of "
                  << recorder.frameCount() << " frames; kept " << recorder.describe() << "\n";
        return kExitFailure;
    }
    std::cout << "lumbarlab: recorded " << recorder.describe() << " (" << options.width << "x"
              << options.height << ", " << options.fps << " fps, " << options.recordSpeed << "x)\n";
    return kExitOk;
}

} // namespace lumbar::app
