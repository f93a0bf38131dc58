// Screenshots, handouts and recordings started from the window.
#include "window/export_controls.hpp"

#include "core/error.hpp"
#include "core/user_dirs.hpp"
#include "export/frame_sink.hpp"
#include "export/handout_export.hpp"
#include "gui/lesson_panel.hpp"
#include "image/png_io.hpp"
#include "render/render_target.hpp"
#include "session/user_folders.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <cstdlib>
#include <iostream>

namespace lumbar::app {
namespace {

/// How long the message naming the written file stays on screen.
constexpr Uint64 kMessageMs = 5000;
/// Time a frame of the window may spend on a recording: the rest keeps the window responsive.
constexpr Uint64 kRecordBudgetMs = 40;
/// Size of the handout pictures written from the window.
constexpr int kHandoutWidth = 960;
constexpr int kHandoutHeight = 540;

} // namespace

ExportControls::ExportControls() = default;
ExportControls::~ExportControls()
{
    if (m_recorder)
        stopRecording(true);
}

bool ExportControls::handleKey(SDL_Keycode key, Uint16 modifiers)
{
    if (key != SDLK_F12)
        return false;
    saveScreenshot((modifiers & KMOD_SHIFT) != 0);
    return true;
}

void ExportControls::show(const std::string& message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    m_messageUntilMs = SDL_GetTicks64() + kMessageMs;
    (isError ? std::cerr : std::cout) << "lumbarlab: " << message << std::endl;
}

void ExportControls::saveShot(const Image& image)
{
    try {
        const std::filesystem::path folder = screenshotFolder();
        const std::filesystem::path path
            = firstFreePath(folder, timestampedStem(std::chrono::system_clock::now()), ".png");
        writePng(path, image);
        show("Saved " + path.string(), false);
    } catch (const Error& error) {
        show(error.what(), true);
    }
}

void ExportControls::writeHandout(const LessonPlayer& player, Viewer& viewer)
{
    if (!player.loaded())
        return;
    try {
        const std::string id = player.prepared().lesson.id.empty() ? "lesson" : player.prepared().lesson.id;
        LessonScene moment(viewer, player.prepared());
        const std::filesystem::path index = app::writeHandout(viewer, moment,
            dataDir(processEnvironment()) / "handouts" / id, player.audience, kHandoutWidth, kHandoutHeight);
        show("Handout written: " + index.string(), false);
    } catch (const Error& error) {
        show(error.what(), true);
    }
}

void ExportControls::startRecording(const LessonPlayer& player, Viewer& viewer)
{
    if (m_recorder || !player.loaded())
        return;
    try {
        const bool haveFfmpeg = findExecutable("ffmpeg", std::getenv("PATH")).has_value();
        const std::filesystem::path path = firstFreePath(
            screenshotFolder(), timestampedStem(std::chrono::system_clock::now()), haveFfmpeg ? ".mp4" : "");
        RecordSettings settings;
        // The window's size, not the target's: the view may be drawn at a lower render scale.
        settings.width = viewer.viewWidth();
        settings.height = viewer.viewHeight();
        settings.speed = player.speed(); // what the user watches at is what the video plays at
        auto sink = openFrameSink(path, settings.width, settings.height, settings.fps);
        m_recorder = std::make_unique<LessonRecorder>(viewer,
            std::make_unique<LessonScene>(viewer, player.prepared()), std::move(sink), 0.0, player.duration(),
            settings);
        show("Recording to " + path.string(), false);
    } catch (const Error& error) {
        show(error.what(), true);
    }
}

void ExportControls::stopRecording(bool cancelled)
{
    try {
        m_recorder->finish();
        show(std::string(cancelled ? "Recording cancelled; kept " : "Recorded ") + m_recorder->describe(),
            false);
    } catch (const Error& error) {
        show(error.what(), true);
    }
    m_recorder.reset();
}

void ExportControls::saveScreenshot(bool withPanels)
{
    m_pendingShot = withPanels ? Shot::Window : Shot::View;
}

void ExportControls::cancelRecording()
{
    if (m_recorder)
        stopRecording(true);
}

void ExportControls::update(LessonPanelState& lesson)
{
    lesson.recordProgress.reset();
    if (m_recorder) {
        lesson.recordProgress = float(m_recorder->framesWritten()) / float(m_recorder->frameCount());
        lesson.recordStatus = "frame " + std::to_string(m_recorder->framesWritten()) + " of "
            + std::to_string(m_recorder->frameCount());
    }

    if (m_message.empty() || SDL_GetTicks64() > m_messageUntilMs)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 size = ImGui::CalcTextSize(m_message.c_str());
    const float pad = ImGui::GetFontSize() * 0.5f;
    const ImVec2 corner(
        viewport->WorkPos.x + (viewport->WorkSize.x - size.x) * 0.5f - pad, viewport->WorkPos.y + pad * 2.0f);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(corner, ImVec2(corner.x + size.x + pad * 2.0f, corner.y + size.y + pad * 2.0f),
        IM_COL32(20, 22, 28, 230), pad);
    draw->AddText(ImVec2(corner.x + pad, corner.y + pad),
        m_messageIsError ? IM_COL32(255, 120, 110, 255) : IM_COL32(235, 235, 240, 255), m_message.c_str());
}

void ExportControls::afterScene(Viewer& viewer)
{
    if (m_pendingShot != Shot::View)
        return;
    m_pendingShot = Shot::None;
    saveShot(viewer.target().readPixels());
}

void ExportControls::afterWindow(int drawableWidth, int drawableHeight)
{
    if (m_pendingShot == Shot::Window) {
        m_pendingShot = Shot::None;
        saveShot(readFramebufferPixels(0, drawableWidth, drawableHeight));
    }
    if (!m_recorder)
        return;
    // Last in the frame: the recording renders into the viewer's target, and nothing is drawn into
    // the window after it but the swap.
    const Uint64 start = SDL_GetTicks64();
    try {
        do
            m_recorder->renderNext();
        while (!m_recorder->done() && SDL_GetTicks64() - start < kRecordBudgetMs);
    } catch (const Error& error) {
        show(error.what(), true);
        m_recorder.reset();
        return;
    }
    if (m_recorder->done())
        stopRecording(false);
}

} // namespace lumbar::app
