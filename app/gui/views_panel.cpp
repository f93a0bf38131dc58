// The Views tab.
#include "gui/views_panel.hpp"

#include "gui/text_widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <utility>

namespace lumbar::app {
namespace {

void request(ViewsPanelState& state, ViewsRequest::Kind kind, std::size_t index = 0)
{
    state.request = {kind, index, {}, {}};
}

void drawPins(ViewsPanelState& state, views::SavedView& view)
{
    ImGui::TextDisabled("Pins of \"%s\"", view.name.c_str());
    for (std::size_t i = 0; i < view.pins.size(); ++i) {
        views::ViewPin& pin = view.pins[i];
        ImGui::PushID(int(i));
        ImGui::Text("%zu.", i + 1);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() * 1.6f);
        if (ImGui::InputTextWithHint("##note", pin.structure.c_str(), &pin.note))
            state.unsaved = true;
        if (pin.note.size() > views::kMaxPinNoteChars)
            pin.note.resize(views::kMaxPinNoteChars);
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("x");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Remove this pin");
        ImGui::PopID();
        if (remove) {
            view.pins.erase(view.pins.begin() + std::ptrdiff_t(i));
            state.unsaved = true;
            break;
        }
    }
    if (ImGui::Checkbox("Add a pin: click a structure", &state.placingPin) && state.placingPin)
        state.message = "Click the structure to pin a note to.";
}

} // namespace

const std::vector<views::ViewPin>* currentPins(const ViewsPanelState& state)
{
    if (!state.current || *state.current >= state.collection.views.size())
        return nullptr;
    return &state.collection.views[*state.current].pins;
}

void drawViewsTab(ViewsPanelState& state)
{
    state.request = {};
    views::ViewCollection& collection = state.collection;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputTextWithHint("##title", "Collection title", &collection.title))
        state.unsaved = true;
    ImGui::TextDisabled("%s%s", state.path.empty() ? "not saved yet" : state.path.filename().string().c_str(),
        state.unsaved ? " (unsaved changes)" : "");

    // The views, in the order they are shown in class.
    for (std::size_t i = 0; i < collection.views.size(); ++i) {
        ImGui::PushID(int(i));
        const std::string label = std::to_string(i + 1) + ". " + collection.views[i].name;
        if (ImGui::Selectable(label.c_str(), state.current == i))
            request(state, ViewsRequest::Kind::Show, i);
        ImGui::PopID();
    }
    if (collection.views.empty())
        wrappedText("No views yet: set the view up (camera, layers, selection, section, lesson moment) "
                    "and save it below.");

    const std::size_t count = collection.views.size();
    const bool hasCurrent = state.current && *state.current < count;
    if (!hasCurrent)
        ImGui::BeginDisabled();
    const std::size_t at = hasCurrent ? *state.current : 0;
    if (ImGui::Button("< Previous") && at > 0)
        request(state, ViewsRequest::Kind::Show, at - 1);
    ImGui::SameLine();
    if (ImGui::Button("Next >") && at + 1 < count)
        request(state, ViewsRequest::Kind::Show, at + 1);
    ImGui::SameLine();
    if (ImGui::Button("Up") && at > 0) {
        std::swap(collection.views[at], collection.views[at - 1]);
        state.current = at - 1;
        state.unsaved = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Down") && at + 1 < count) {
        std::swap(collection.views[at], collection.views[at + 1]);
        state.current = at + 1;
        state.unsaved = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Present"))
        request(state, ViewsRequest::Kind::Present, at);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Full screen, from this view: Right or PageDown for the next view, Left or "
                          "PageUp for the one before, Esc to leave");
    if (ImGui::Button("Update"))
        request(state, ViewsRequest::Kind::Update, at);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Replace this view by the view as it is now (its name and pins stay)");
    ImGui::SameLine();
    if (ImGui::Button("Delete")) {
        collection.views.erase(collection.views.begin() + std::ptrdiff_t(at));
        state.current.reset();
        state.placingPin = false;
        state.unsaved = true;
    }
    if (!hasCurrent)
        ImGui::EndDisabled();

    ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Save view").x - ImGui::GetStyle().FramePadding.x * 4.0f);
    ImGui::InputTextWithHint("##name", "Name of the view", &state.newName);
    ImGui::SameLine();
    if (ImGui::Button("Save view")) {
        state.request = {ViewsRequest::Kind::Capture, 0,
            state.newName.empty() ? "View " + std::to_string(count + 1) : state.newName, {}};
        state.newName.clear();
    }

    if (state.current && *state.current < collection.views.size()) {
        ImGui::Separator();
        drawPins(state, collection.views[*state.current]);
    }

    ImGui::Separator();
    if (count == 0)
        ImGui::BeginDisabled();
    if (ImGui::Button("Handout"))
        request(state, ViewsRequest::Kind::Handout, 0);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A printable page with a picture of each view, its pins numbered and their notes");
    if (count == 0)
        ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Save collection"))
        request(state, ViewsRequest::Kind::Save);
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Open").x - ImGui::GetStyle().FramePadding.x * 4.0f);
    ImGui::InputTextWithHint("##open", "a view collection file path", &state.openPath);
    ImGui::SameLine();
    if (ImGui::Button("Open") && !state.openPath.empty())
        state.request = {ViewsRequest::Kind::Open, 0, {}, state.openPath};
    if (!state.message.empty()) {
        if (state.messageIsError)
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.45f, 0.4f, 1.0f));
        wrappedText("%s", state.message.c_str());
        if (state.messageIsError)
            ImGui::PopStyleColor();
    }
}

} // namespace lumbar::app
