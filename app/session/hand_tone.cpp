// Names and colours of the therapist's skin tones.
#include "session/hand_tone.hpp"

namespace lumbar::app {
namespace {

/// One row per tone, in HandTone's order. Colours are chosen in sRGB like the anatomy generator's
/// (the client's skin is 0.87, 0.68, 0.56; medium is the colour models/hands.glb carries) and
/// drawn in linear RGB.
struct ToneRow {
    HandTone tone;
    const char* name;
    glm::vec3 srgb;
};
constexpr ToneRow kTones[] = {
    {HandTone::Light, "light", {0.74f, 0.52f, 0.40f}},
    {HandTone::Medium, "medium", {0.55f, 0.34f, 0.23f}},
    {HandTone::Brown, "brown", {0.40f, 0.24f, 0.15f}},
    {HandTone::Dark, "dark", {0.25f, 0.15f, 0.10f}},
};

const ToneRow& rowOf(HandTone tone)
{
    return kTones[std::size_t(tone)];
}

} // namespace

const char* handToneName(HandTone tone)
{
    return rowOf(tone).name;
}

std::optional<HandTone> parseHandTone(std::string_view name)
{
    for (const ToneRow& row : kTones)
        if (name == row.name)
            return row.tone;
    return std::nullopt;
}

std::vector<std::string> handToneNames()
{
    std::vector<std::string> names;
    for (const ToneRow& row : kTones)
        names.emplace_back(row.name);
    return names;
}

std::string handToneList()
{
    std::string list;
    for (const std::string& name : handToneNames())
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

glm::vec4 handToneColor(HandTone tone)
{
    return glm::vec4(glm::pow(rowOf(tone).srgb, glm::vec3(2.2f)), 1.0f);
}

glm::vec4 nailColor(HandTone tone)
{
    // Half way from the skin to a pale pink (sRGB 0.93, 0.78, 0.76): the nail bed shows through.
    const glm::vec3 pink = glm::pow(glm::vec3(0.93f, 0.78f, 0.76f), glm::vec3(2.2f));
    return glm::vec4(glm::mix(glm::vec3(handToneColor(tone)), pink, 0.5f), 1.0f);
}

} // namespace lumbar::app
