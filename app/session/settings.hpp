// The user's settings, kept between runs in $XDG_CONFIG_HOME/lumbarlab/settings.json.
#pragma once

#include "session/hand_tone.hpp"
#include "session/render_scale.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::app {

/// Colour scheme of the panels and the 3D background.
enum class Theme { Dark, Light };

/// Everything the app remembers. Every field has a default, so a missing or partly broken file
/// still gives a usable set.
struct Settings {
    /// Multiplies the display's own scale (HiDPI): 1 is the default size of text and widgets.
    float uiScale = 1.0f;
    Theme theme = Theme::Dark;
    std::string audience = "student"; ///< student, instructor or patient
    bool labels = false; ///< name labels in the 3D view
    bool presentationAutoOrbit = false; ///< the camera circles slowly in presentation mode
    HandTone handTone = HandTone::Medium; ///< the therapist's skin in the 3D view and the exports
    bool therapist = false; ///< the therapist's figure at the table in the 3D view
    /// The 3D view's resolution in the window: lower while things move and frames are slow, or
    /// always full. Exports are always at full resolution.
    RenderScaleMode renderScale = RenderScaleMode::Automatic;
    int windowWidth = 1280; ///< the last size of the window, in window coordinates
    int windowHeight = 720;

    bool operator==(const Settings&) const = default;
};

/// Accepted range of Settings::uiScale.
inline constexpr float kMinUiScale = 0.75f;
inline constexpr float kMaxUiScale = 2.5f;

/// "dark" / "light".
const char* themeName(Theme theme);

/// Reads settings from JSON text. Never throws on content: a malformed file, an unknown field or
/// a value of the wrong type or out of range is named in `warnings` ("settings.json: ui_scale: 9
/// is out of range 0.75 to 2.5; using 1") and that field keeps its default.
Settings parseSettings(
    const std::string& jsonText, const std::string& sourceName, std::vector<std::string>& warnings);
/// The JSON text of `settings`, one field per line.
std::string writeSettings(const Settings& settings);

/// Reads `path`; a missing file gives the defaults without a warning.
Settings loadSettings(const std::filesystem::path& path, std::vector<std::string>& warnings);
/// Writes `path` atomically, creating its folder. Throws lumbar::Error naming the file.
void saveSettings(const std::filesystem::path& path, const Settings& settings);

} // namespace lumbar::app
