// The settings while the app runs: the values the panels edit, the values the window last applied,
// and writing them to their file a second after they changed (a dragged slider is written once).
#pragma once

#include "render/renderer.hpp"
#include "session/settings.hpp"

#include <filesystem>

namespace lumbar::app {

class SettingsKeeper {
public:
    /// `settings` were read from `path`, where changes are written; an empty path keeps nothing.
    SettingsKeeper(const Settings& settings, std::filesystem::path path);

    /// What the panels and the window edit.
    Settings& current() { return m_current; }
    const Settings& current() const { return m_current; }
    /// What the window last applied and the file gets.
    const Settings& applied() const { return m_applied; }
    /// True when current() differs from applied().
    bool changed() const { return !(m_current == m_applied); }
    /// The window shows current() from `nowS` (seconds on the app's clock): it is written once
    /// kSaveDelayS have passed since the first change not yet written.
    void markApplied(double nowS);
    /// Writes applied() when its delay has passed, or at once when `nowS` is negative (on the way
    /// out) and something is unwritten. Throws lumbar::Error naming the file when it cannot be
    /// written; the change is not retried until the next one.
    void saveIfDue(double nowS);
    /// True while an applied change waits to be written.
    bool unsaved() const { return m_unsaved; }

    static constexpr double kSaveDelayS = 1.0;

private:
    Settings m_current;
    Settings m_applied;
    std::filesystem::path m_path;
    bool m_unsaved = false;
    double m_changedS = 0.0; ///< when the first unwritten change was applied
};

/// The 3D background of each theme: a light grey room for the light theme, so the panels and the
/// view do not flash between dark and bright.
BackgroundStyle backgroundFor(Theme theme);

} // namespace lumbar::app
