// Names and colours of the therapist's skin tones.
#include "session/hand_tone.hpp"

namespace lumbar::app {

const char* handToneName(HandTone tone)
{
    switch (tone) {
    case HandTone::Light:
        return "light";
    case HandTone::Medium:
        return "medium";
    case HandTone::Brown:
        return "brown";
    case HandTone::Dark:
        return "dark";
    }
    return "medium";
}

std::optional<HandTone> parseHandTone(std::string_view name)
{
    for (const HandTone tone : kHandTones)
        if (name == handToneName(tone))
            return tone;
    return std::nullopt;
}

std::string handToneList()
{
    std::string list;
    for (const HandTone tone : kHandTones)
        list += (list.empty() ? "" : ", ") + std::string(handToneName(tone));
    return list;
}

glm::vec4 handToneColor(HandTone tone)
{
    // Chosen in sRGB like the anatomy generator's colours (the client's skin is 0.87, 0.68, 0.56;
    // medium is the colour models/hands.glb carries), drawn in linear RGB.
    glm::vec3 srgb(0.55f, 0.34f, 0.23f);
    switch (tone) {
    case HandTone::Light:
        srgb = {0.74f, 0.52f, 0.40f};
        break;
    case HandTone::Medium:
        break;
    case HandTone::Brown:
        srgb = {0.40f, 0.24f, 0.15f};
        break;
    case HandTone::Dark:
        srgb = {0.25f, 0.15f, 0.10f};
        break;
    }
    return glm::vec4(glm::pow(srgb, glm::vec3(2.2f)), 1.0f);
}

} // namespace lumbar::app
