// The interactive loop's commands: what each request of a panel, dialog or the mouse does, written
// once. They are carried out between frames, in the order they were given.
#include "core/error.hpp"
#include "session/file_kind.hpp"
#include "session/lesson_library.hpp"
#include "session/viewer.hpp"
#include "window/interactive_loop.hpp"

#include <type_traits>
#include <variant>

namespace lumbar::app {

void InteractiveLoop::carryOutCommands()
{
    // Carrying one out may push another (the editor lets a lesson go, then it opens): take those too.
    while (const std::optional<Command> command = m_commands.take())
        carryOut(*command);
}

void InteractiveLoop::carryOut(const Command& next)
{
    std::visit(
        [&](const auto& command) {
            using C = std::decay_t<decltype(command)>;
            if constexpr (std::is_same_v<C, command::FrameView>) {
                if (m_viewer.anatomy().selected)
                    m_viewer.frameMesh(*m_viewer.anatomy().selected);
                else
                    m_viewer.frameModel();
            } else if constexpr (std::is_same_v<C, command::ResetView>) {
                m_viewer.resetView(m_options.view);
            } else if constexpr (std::is_same_v<C, command::ShowPreset>) {
                m_viewPanel.lastPreset = command.preset;
                m_viewer.resetView(command.preset);
            } else if constexpr (std::is_same_v<C, command::OpenModel>) {
                if (const std::optional<std::string> refusal = m_models.open(command.path))
                    report(*refusal, true);
                else
                    m_viewPanel.message.clear();
            } else if constexpr (std::is_same_v<C, command::OpenFile>) {
                try {
                    const FileKind kind = identifyFile(command.path);
                    if (kind == FileKind::Lesson) {
                        carryOut(command::OpenLesson{command.path});
                    } else if (kind == FileKind::Views) {
                        openViews(command.path);
                    } else {
                        m_viewPanel.modelPathInput = command.path.string();
                        carryOut(command::OpenModel{command.path.string()});
                    }
                } catch (const Error& error) {
                    report(error.what(), true);
                }
            } else if constexpr (std::is_same_v<C, command::CancelModelOpening>) {
                m_models.cancel();
            } else if constexpr (std::is_same_v<C, command::ToggleQuiz>) {
                m_palpation.stop(m_viewer);
                m_quiz.toggle(m_viewer);
            } else if constexpr (std::is_same_v<C, command::TogglePalpation>) {
                togglePalpation();
            } else if constexpr (std::is_same_v<C, command::ToggleProgress>) {
                m_progressPanel.open = !m_progressPanel.open;
                m_progressPanel.confirmingReset = false;
            } else if constexpr (std::is_same_v<C, command::ResetProgress>) {
                m_progress.reset();
            } else if constexpr (std::is_same_v<C, command::SaveScreenshot>) {
                m_export.saveScreenshot(command.withPanels);
            } else if constexpr (std::is_same_v<C, command::EnterPresentation>) {
                setPresentation(true);
            } else if constexpr (std::is_same_v<C, command::OpenLesson>) {
                if (m_editor.active())
                    m_editor.leaveThen(command);
                else
                    openLesson(command.path, command.editDraft);
            } else if constexpr (std::is_same_v<C, command::CloseLesson>) {
                if (m_editor.active()) {
                    m_editor.leaveThen(command);
                } else {
                    unloadLesson();
                    m_lessonPanel.message.clear();
                }
            } else if constexpr (std::is_same_v<C, command::WriteHandout>) {
                m_export.writeHandout(m_player, m_viewer);
            } else if constexpr (std::is_same_v<C, command::StartRecording>) {
                m_export.startRecording(m_player, m_viewer);
            } else if constexpr (std::is_same_v<C, command::CancelRecording>) {
                m_export.cancelRecording();
            } else if constexpr (std::is_same_v<C, command::EditLesson>) {
                if (m_lessonPath && !m_editor.active())
                    m_editor.edit(*m_lessonPath, isBuiltIn(m_lessonPanel.library, *m_lessonPath));
            } else if constexpr (std::is_same_v<C, command::NewLesson>) {
                if (m_editor.active())
                    m_editor.leaveThen(command);
                else
                    m_editor.startNew();
            } else if constexpr (std::is_same_v<C, command::AnswerUnsaved>) {
                m_editor.answer(command.choice);
            } else if constexpr (std::is_same_v<C, command::RestoreAutosave>) {
                m_editor.restoreAutosave(command.index);
            } else if constexpr (std::is_same_v<C, command::DiscardAutosave>) {
                m_editor.discardAutosave(command.index);
            } else if constexpr (std::is_same_v<C, command::SetBodyFat>) {
                if (m_viewer.setBodyFat(command.thicknessM)) {
                    m_models.reshaped();
                    m_heatTimeS = -1e9; // the skin's heat is drawn again on its new vertices
                    m_heat.reset();
                }
            } else if constexpr (std::is_same_v<C, command::Quit>) {
                if (m_editor.active())
                    m_editor.leaveThen(command);
                else
                    m_running = false;
            } else {
                static_assert(!sizeof(C), "every command is carried out");
            }
        },
        next);
}

} // namespace lumbar::app
