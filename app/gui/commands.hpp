// What the user asks the window to do from a panel, a dialog or the mouse: one command per request,
// queued while the frame is drawn and carried out in one place (InteractiveLoop::carryOut) before
// the next frame. Panels read state and push commands; they never change what the window owns.
#pragma once

#include "render/view_preset.hpp"

#include <cstddef>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace lumbar::app {

/// What the user chose when asked about unsaved changes.
enum class UnsavedChoice { Save, Discard, Cancel };

namespace command {

/// Frame the selected structure, or the whole model when nothing is selected.
struct FrameView {
    bool operator==(const FrameView&) const = default;
};
/// Back to the view the app started with.
struct ResetView {
    bool operator==(const ResetView&) const = default;
};
struct ShowPreset {
    ViewPreset preset = ViewPreset::Oblique;
    bool operator==(const ShowPreset&) const = default;
};
/// Open a model file, off the UI thread.
struct OpenModel {
    std::string path;
    bool operator==(const OpenModel&) const = default;
};
/// Open a file dropped on the window by what it is: a lesson by its content, a model by its
/// extension (session/file_kind); anything else is reported.
struct OpenFile {
    std::filesystem::path path;
    bool operator==(const OpenFile&) const = default;
};
struct CancelModelOpening {
    bool operator==(const CancelModelOpening&) const = default;
};
/// Start or end quiz mode.
struct ToggleQuiz {
    bool operator==(const ToggleQuiz&) const = default;
};
/// Start or end the palpation trainer.
struct TogglePalpation {
    bool operator==(const TogglePalpation&) const = default;
};
/// Show or hide the Progress window.
struct ToggleProgress {
    bool operator==(const ToggleProgress&) const = default;
};
/// Forget every answer the quiz and the palpation trainer remember (the Progress window asked first).
struct ResetProgress {
    bool operator==(const ResetProgress&) const = default;
};
/// Save the 3D view (or the whole window with its panels) as a PNG.
struct SaveScreenshot {
    bool withPanels = false;
    bool operator==(const SaveScreenshot&) const = default;
};
struct EnterPresentation {
    bool operator==(const EnterPresentation&) const = default;
};
/// Open a lesson file on the anatomy (asks first when the editor has unsaved changes).
struct OpenLesson {
    std::filesystem::path path;
    /// A draft that cannot play opens in the Lesson editor; false when the editor has just been
    /// closed on it (the draft is kept and the Lesson panel says so).
    bool editDraft = true;
    bool operator==(const OpenLesson&) const = default;
};
/// Close the lesson, or the Lesson editor when it is open (asks first about unsaved changes).
struct CloseLesson {
    bool operator==(const CloseLesson&) const = default;
};
/// Write the open lesson's handout.
struct WriteHandout {
    bool operator==(const WriteHandout&) const = default;
};
/// Record the open lesson frame by frame.
struct StartRecording {
    bool operator==(const StartRecording&) const = default;
};
struct CancelRecording {
    bool operator==(const CancelRecording&) const = default;
};
/// Open the lesson the player has in the Lesson editor.
struct EditLesson {
    bool operator==(const EditLesson&) const = default;
};
/// Start a new lesson in the Lesson editor.
struct NewLesson {
    bool operator==(const NewLesson&) const = default;
};
/// The answer to "unsaved changes?".
struct AnswerUnsaved {
    UnsavedChoice choice = UnsavedChoice::Cancel;
    bool operator==(const AnswerUnsaved&) const = default;
};
/// Restore or discard the autosave at `index` of the recovery list.
struct RestoreAutosave {
    std::size_t index = 0;
    bool operator==(const RestoreAutosave&) const = default;
};
struct DiscardAutosave {
    std::size_t index = 0;
    bool operator==(const DiscardAutosave&) const = default;
};
/// Make the client's subcutaneous fat `thicknessM` thick (the skin moves, the lesson follows).
struct SetBodyFat {
    double thicknessM = 0.0;
    bool operator==(const SetBodyFat&) const = default;
};
/// Close the window (asks first about unsaved changes).
struct Quit {
    bool operator==(const Quit&) const = default;
};

} // namespace command

using Command = std::variant<command::FrameView, command::ResetView, command::ShowPreset, command::OpenModel,
    command::OpenFile, command::CancelModelOpening, command::ToggleQuiz, command::TogglePalpation,
    command::ToggleProgress, command::ResetProgress, command::SaveScreenshot, command::EnterPresentation,
    command::OpenLesson, command::CloseLesson, command::WriteHandout, command::StartRecording,
    command::CancelRecording, command::EditLesson, command::NewLesson, command::AnswerUnsaved,
    command::RestoreAutosave, command::DiscardAutosave, command::SetBodyFat, command::Quit>;

/// Commands in the order they were given. Carrying one out may push another (closing the editor,
/// then opening the lesson the user asked for): it is taken in the same pass.
class CommandQueue {
public:
    void push(Command command) { m_commands.push_back(std::move(command)); }
    /// The oldest command, taken off the queue; nullopt when there is none.
    std::optional<Command> take()
    {
        if (m_commands.empty())
            return std::nullopt;
        Command first = std::move(m_commands.front());
        m_commands.pop_front();
        return first;
    }
    bool empty() const { return m_commands.empty(); }
    /// True when a command of type T waits (the panels ask, e.g. to close a dialog at once).
    template <typename T> bool holds() const
    {
        for (const Command& command : m_commands)
            if (std::holds_alternative<T>(command))
                return true;
        return false;
    }

private:
    std::deque<Command> m_commands;
};

} // namespace lumbar::app
