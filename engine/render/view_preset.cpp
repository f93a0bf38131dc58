// Camera presets.
#include "render/view_preset.hpp"

#include <array>

namespace lumbar {
namespace {

struct PresetInfo {
    ViewPreset preset;
    std::string_view name;
    ViewAngles upright;
    ViewAngles prone;
};

// Pitch stops short of 90 degrees: the orbit camera keeps its room's up axis up and would be
// degenerate there. Upright, the oblique view is from behind, a little to the patient's left and
// above, as in the posterior-oblique reference picture. Prone, the posterior view looks down from
// the ceiling with the head at the top of the screen; superior and inferior look along the table
// from the head and the feet, a little from above (level, the head or the feet hide the back); the
// oblique view is the therapist's, standing at the client's left side by the hip and looking down
// at the lower back.
constexpr std::array<PresetInfo, 7> kPresets{{
    {ViewPreset::Posterior, "posterior", {0.0f, 0.0f}, {0.0f, 89.0f}},
    {ViewPreset::Anterior, "anterior", {180.0f, 0.0f}, {180.0f, -89.0f}},
    {ViewPreset::Left, "left", {-90.0f, 0.0f}, {-90.0f, 0.0f}},
    {ViewPreset::Right, "right", {90.0f, 0.0f}, {90.0f, 0.0f}},
    {ViewPreset::Superior, "superior", {0.0f, 89.0f}, {180.0f, 20.0f}},
    {ViewPreset::Inferior, "inferior", {0.0f, -89.0f}, {0.0f, 20.0f}},
    {ViewPreset::Oblique, "oblique", {-35.0f, 25.0f}, {-55.0f, 42.0f}},
}};

constexpr std::array<ViewPreset, 7> kOrder{ViewPreset::Posterior, ViewPreset::Anterior, ViewPreset::Left,
    ViewPreset::Right, ViewPreset::Superior, ViewPreset::Inferior, ViewPreset::Oblique};

const PresetInfo& info(ViewPreset preset)
{
    for (const PresetInfo& entry : kPresets)
        if (entry.preset == preset)
            return entry;
    return kPresets[0];
}

} // namespace

ViewAngles viewAngles(ViewPreset preset, SceneFrame frame)
{
    return frame == SceneFrame::Prone ? info(preset).prone : info(preset).upright;
}

std::string_view viewPresetName(ViewPreset preset)
{
    return info(preset).name;
}

std::optional<ViewPreset> parseViewPreset(std::string_view name)
{
    for (const PresetInfo& entry : kPresets)
        if (entry.name == name)
            return entry.preset;
    return std::nullopt;
}

std::span<const ViewPreset> allViewPresets()
{
    return kOrder;
}

std::string viewPresetNames()
{
    std::string names;
    for (ViewPreset preset : kOrder) {
        if (!names.empty())
            names += ", ";
        names += viewPresetName(preset);
    }
    return names;
}

} // namespace lumbar
