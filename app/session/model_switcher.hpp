// Replacing the anatomy on screen with a model the user opens: the file is opened off the UI thread
// (session/model_opener), then shown, and the lesson that was playing is placed on the new surface.
#pragma once

#include "render/view_preset.hpp"
#include "session/model_opener.hpp"
#include "technique/anatomy_surface.hpp"

#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

class LessonPlayer;
class Viewer;

class ModelSwitcher {
public:
    /// What the user is told when an opening ends.
    struct Outcome {
        std::string message; ///< "Opened <path>", or why the file could not be used
        bool isError = false;
    };

    /// Works on `viewer`'s model and re-places `player`'s lesson; files are read by the importer
    /// program (ModelOpener).
    ModelSwitcher(Viewer& viewer, LessonPlayer& player);

    /// The surface of the model shown, where lessons are placed.
    const technique::AnatomySurface& surface() const { return *m_surface; }

    /// Starts opening `path`; the reason it cannot start now (another opening runs), else nullopt.
    std::optional<std::string> open(const std::string& path);
    /// Cancels the running opening; poll() then reports it.
    void cancel() { m_opener.cancel(); }
    bool busy() const { return m_opener.busy(); }
    const ModelOpener& opener() const { return m_opener; }

    /// Once a frame: when an opening finished, shows its model from `preset` with the lesson placed
    /// on it again (at the same time), and says so; nullopt while nothing finished.
    std::optional<Outcome> poll(ViewPreset preset);

    /// After the viewer's model changed shape in place (the body fat): the surface is made again
    /// and the lesson placed on it at the same time.
    void reshaped();

private:
    Viewer& m_viewer;
    LessonPlayer& m_player;
    std::unique_ptr<technique::AnatomySurface> m_surface;
    ModelOpener m_opener; ///< last: its worker is joined before the rest goes away
};

} // namespace lumbar::app
