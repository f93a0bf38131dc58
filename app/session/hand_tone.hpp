// The therapist's skin tone: the colour the hands and arms are drawn in.
#pragma once

#include <glm/glm.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar::app {

/// The choice offered (the Appearance panel, settings.json's "hand_tone", --hands).
enum class HandTone { Light, Medium, Brown, Dark };

inline constexpr std::array<HandTone, 4> kHandTones{
    HandTone::Light, HandTone::Medium, HandTone::Brown, HandTone::Dark};

/// "light", "medium", "brown", "dark".
const char* handToneName(HandTone tone);
/// The tone named `name`, if it is one.
std::optional<HandTone> parseHandTone(std::string_view name);
/// Every tone's name, in order.
std::vector<std::string> handToneNames();
/// "light, medium, brown, dark", for messages.
std::string handToneList();

/// Linear RGB, opaque. Each is darker than the client's skin, so that the therapist's hand never
/// reads as part of the client.
glm::vec4 handToneColor(HandTone tone);

/// The nails' colour on hands of `tone`: paler and pinker than the skin. Linear RGB, opaque.
glm::vec4 nailColor(HandTone tone);

} // namespace lumbar::app
