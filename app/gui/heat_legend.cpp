// The heat map's colour bar, drawn with the colour map and coverage the 3D view uses.
#include "gui/heat_legend.hpp"

#include "gui/text_widgets.hpp"
#include "technique/heat_map.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace lumbar::app {
namespace {

/// The muscle red the heat map is laid over, for the bar's low end.
constexpr glm::vec3 kTissue{0.62f, 0.30f, 0.27f};

ImU32 barColour(float position)
{
    const glm::vec3 heat = technique::viridis(position);
    const float cover = technique::heatCoverage(position);
    const glm::vec3 colour = glm::mix(kTissue, heat, cover);
    return ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, 1.0f));
}

/// "1,240" for 1240.4: doses as a reader says them.
std::string wholeNumber(float value)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.0f", double(value));
    std::string text = digits;
    for (int at = int(text.size()) - 3; at > 0; at -= 3)
        text.insert(std::size_t(at), ",");
    return text;
}

} // namespace

void drawHeatLegend(HeatScope scope, float maxDoseKPaS, bool patient, const ScreenRect& free)
{
    if (scope == HeatScope::Off || !(maxDoseKPaS > 0.0f))
        return;
    const float font = ImGui::GetFontSize();
    const float margin = font * 0.5f;
    ImGui::SetNextWindowPos(
        ImVec2(free.min.x + margin, free.max.y - margin), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    // Height 0: fitted to the contents each frame.
    ImGui::SetNextWindowSize(ImVec2(std::min(font * 17.0f, free.max.x - free.min.x - 2.0f * margin), 0.0f));
    ImGui::SetNextWindowBgAlpha(0.75f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs
        | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    if (!ImGui::Begin("Heat map legend", nullptr, kFlags)) {
        ImGui::End();
        return;
    }
    const char* span = scope == HeatScope::CurrentStep ? "this step" : "the lesson so far";
    if (patient)
        wrappedText("Where the work went in %s: the brighter, the more pressure for the longer.", span);
    else
        wrappedText("Heat map: pressure x time on the worked muscles in %s (kPa s).", span);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetTextLineHeight() * 0.8f;
    constexpr int kSegments = 48;
    for (int i = 0; i < kSegments; ++i) {
        const float a = float(i) / kSegments, b = float(i + 1) / kSegments;
        const ImU32 left = barColour(a), right = barColour(b);
        draw->AddRectFilledMultiColor(ImVec2(origin.x + a * width, origin.y),
            ImVec2(origin.x + b * width, origin.y + height), left, right, right, left);
    }
    ImGui::Dummy(ImVec2(width, height));

    // Marks under the bar where the colour map places these doses (it spreads the low ones).
    const float marks[] = {0.0f, 0.5f, 1.0f};
    const float textY = ImGui::GetCursorScreenPos().y;
    for (const float position : marks) {
        const std::string label = patient ? (position == 0.0f ? "little"
                                          : position == 1.0f  ? "most"
                                                              : "")
                                          : wholeNumber(technique::doseAtHeatPosition(position, maxDoseKPaS));
        if (label.empty())
            continue;
        const float labelWidth = ImGui::CalcTextSize(label.c_str()).x;
        const float x = origin.x + position * width - labelWidth * position;
        draw->AddText(ImVec2(x, textY), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    ImGui::End();
}

} // namespace lumbar::app
