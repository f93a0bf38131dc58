// The wrapping text box.
#include "gui/wrapping_text_box.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

namespace lumbar::app {
namespace {

float textWidth(std::string_view run)
{
    return ImGui::CalcTextSize(run.data(), run.data() + run.size()).x;
}

/// Wraps the box's own buffer as it is edited: same length, so ImGui's cursor and selection hold.
int rewrap(ImGuiInputTextCallbackData* data)
{
    const float width = *static_cast<const float*>(data->UserData);
    const std::string wrapped
        = wrapAtSpaces(std::string(data->Buf, std::size_t(data->BufTextLen)), width, textWidth);
    std::memcpy(data->Buf, wrapped.data(), wrapped.size());
    data->BufDirty = true;
    return 0;
}

std::string unwrapped(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

} // namespace

std::string wrapAtSpaces(std::string text, float width, const std::function<float(std::string_view)>& measure)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::size_t lineStart = 0;
    std::size_t lastSpace = std::string::npos; // the last space on the current line
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ')
            continue;
        // [lineStart, i) ends with a whole word: break before it if the line is now too wide.
        if (lastSpace != std::string::npos
            && measure(std::string_view(text).substr(lineStart, i - lineStart)) > width) {
            text[lastSpace] = '\n';
            lineStart = lastSpace + 1;
        }
        if (i < text.size())
            lastSpace = i;
    }
    return text;
}

bool wrappingTextBox(const char* id, std::string& text, float minLines)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    // Room for the text inside the frame and its scroll bar, which a long text may show for a frame.
    float width = ImGui::GetContentRegionAvail().x - 2.0f * style.FramePadding.x - style.ScrollbarSize;
    std::string shown = wrapAtSpaces(text, width, textWidth);
    const float lines = float(std::count(shown.begin(), shown.end(), '\n') + 1);
    const float height
        = std::max(minLines, lines + 0.4f) * ImGui::GetTextLineHeight() + 2.0f * style.FramePadding.y;
    if (!ImGui::InputTextMultiline(
            id, &shown, ImVec2(-1.0f, height), ImGuiInputTextFlags_CallbackEdit, rewrap, &width))
        return false;
    std::string edited = unwrapped(shown);
    if (edited == text)
        return false;
    text = std::move(edited);
    return true;
}

} // namespace lumbar::app
