// Named camera directions in the anatomical frame (+Y superior, +Z posterior, +X patient's right).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lumbar {

enum class ViewPreset { Posterior, Anterior, Left, Right, Superior, Inferior, Oblique };

/// Yaw and pitch of the camera for a preset. Yaw 0 looks from +Z (behind the patient), yaw +90
/// degrees from +X (the patient's right); pitch is elevation above the horizontal.
struct ViewAngles {
    float yawDegrees = 0.0f;
    float pitchDegrees = 0.0f;
};

ViewAngles viewAngles(ViewPreset preset);
std::string_view viewPresetName(ViewPreset preset);
/// Parses "posterior", "anterior", "left", "right", "superior", "inferior", "oblique".
std::optional<ViewPreset> parseViewPreset(std::string_view name);
std::span<const ViewPreset> allViewPresets();
/// The preset names joined with ", " for help text and error messages.
std::string viewPresetNames();

} // namespace lumbar
