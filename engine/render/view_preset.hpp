// Named camera directions in the anatomical frame (+Y superior, +Z posterior, +X patient's right).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lumbar {

enum class ViewPreset { Posterior, Anterior, Left, Right, Superior, Inferior, Oblique };

/// How the scene stands in the room the camera orbits in.
enum class SceneFrame {
    /// +Y is up: any model the user opens.
    Upright,
    /// The anatomy as a client lying prone on a massage table: the body's posterior side (+Z) faces
    /// the ceiling and the head lies along +Y, so the camera orbits round the anatomical Z axis and
    /// the table stays level on screen.
    Prone,
};

/// Yaw and pitch of the orbit camera for a preset, in its frame's room: yaw turns round the
/// room's up axis, pitch is elevation above the floor. Upright: yaw 0 looks from +Z (behind the
/// patient), yaw +90 degrees from +X (the patient's right). Prone: yaw 0 looks from the client's
/// feet (-Y), yaw -90 degrees from the client's left (-X), pitch 89 degrees from the ceiling.
struct ViewAngles {
    float yawDegrees = 0.0f;
    float pitchDegrees = 0.0f;
};

ViewAngles viewAngles(ViewPreset preset, SceneFrame frame = SceneFrame::Upright);
std::string_view viewPresetName(ViewPreset preset);
/// Parses "posterior", "anterior", "left", "right", "superior", "inferior", "oblique".
std::optional<ViewPreset> parseViewPreset(std::string_view name);
std::span<const ViewPreset> allViewPresets();
/// The preset names joined with ", " for help text and error messages.
std::string viewPresetNames();

} // namespace lumbar
