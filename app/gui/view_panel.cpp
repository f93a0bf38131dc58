// The View panel's widgets.
#include "gui/view_panel.hpp"

#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/viewer.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace lumbar::app {

void drawViewPanel(ViewPanelState& state, const Viewer& viewer, Settings& settings, CommandQueue& commands)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = 10.0f * ImGui::GetStyle().ItemSpacing.y / 4.0f;
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + margin), layoutCondition());
    // A scroll bar's width more than the Layers panel below: when keepPanelsUsable() shortens the
    // panel to end above it, its bar does not push the row of study buttons out of sight.
    ImGui::SetNextWindowSize(
        ImVec2(ImGui::GetFontSize() * 20.0f + ImGui::GetStyle().ScrollbarSize, 0.0f), layoutCondition());
    if (!ImGui::Begin("View")) {
        ImGui::End();
        return;
    }

    ImGui::Text(
        "Frame: %.1f ms (%.0f fps)", state.frameMs, state.frameMs > 0.0f ? 1000.0f / state.frameMs : 0.0f);
    if (state.renderScale < 1.0f) {
        ImGui::SameLine();
        ImGui::TextDisabled("3D at %.0f%%", double(state.renderScale) * 100.0);
    }

    const Model& model = viewer.model();
    if (viewer.hasModel()) {
        wrappedText("%s: %zu meshes, %zu triangles",
            std::filesystem::path(model.sourcePath).filename().string().c_str(), model.meshes.size(),
            model.triangleCount());
    } else {
        ImGui::TextDisabled("No model loaded");
    }

    if (ImGui::CollapsingHeader("Camera", ImGuiTreeNodeFlags_DefaultOpen)) {
        const auto presets = allViewPresets();
        for (std::size_t i = 0; i < presets.size(); ++i) {
            const std::string label = std::string(viewPresetName(presets[i])) + "##preset";
            if (i % 4 != 0)
                ImGui::SameLine();
            if (ImGui::Button(label.c_str()))
                commands.push(command::ShowPreset{presets[i]});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Key %zu", i + 1);
        }
        if (ImGui::Button("Frame (F)"))
            commands.push(command::FrameView{});
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Frame the selected structure, or the whole model");
        ImGui::SameLine();
        if (ImGui::Button("Reset (R)"))
            commands.push(command::ResetView{});
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Back to the starting view");
    }
    // The study tools share a row of their own: beside the camera buttons the last one was cut off.
    if (ImGui::Button("Quiz (Q)"))
        commands.push(command::ToggleQuiz{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Test yourself on the structures and the lessons");
    ImGui::SameLine();
    if (ImGui::Button("Palpate"))
        commands.push(command::TogglePalpation{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Find landmarks by touch on the skin: a scored round of ten");
    ImGui::SameLine();
    if (ImGui::Button("Progress"))
        commands.push(command::ToggleProgress{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("What the quiz and the palpation trainer remember, by structure and by lesson");

    if (ImGui::CollapsingHeader("Screenshot")) {
        if (ImGui::Button("3D view (F12)"))
            commands.push(command::SaveScreenshot{false});
        ImGui::SameLine();
        if (ImGui::Button("Window (Shift+F12)"))
            commands.push(command::SaveScreenshot{true});
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("The whole window with its panels");
        ImGui::SameLine();
        ImGui::TextDisabled("(?)");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("PNG files in $XDG_DATA_HOME/lumbarlab/screenshots\n"
                              "(~/.local/share/lumbarlab/screenshots by default)");
    }

    if (ImGui::CollapsingHeader("Open model")) {
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4.0f);
        const bool entered = ImGui::InputTextWithHint(
            "##path", "path/to/model.glb", &state.modelPathInput, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button("Open") || entered) && !state.modelPathInput.empty())
            commands.push(command::OpenModel{state.modelPathInput});
        ImGui::TextDisabled("or drop a model or a lesson on the window");
    }

    if (!state.message.empty()) {
        if (state.messageIsError)
            ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
        wrappedText("%s", state.message.c_str());
        if (state.messageIsError)
            ImGui::PopStyleColor();
    }

    if (ImGui::CollapsingHeader("Appearance")) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
        ImGui::SliderFloat("UI scale", &settings.uiScale, kMinUiScale, kMaxUiScale, "%.2f");
        int theme = int(settings.theme);
        ImGui::RadioButton("Dark", &theme, int(Theme::Dark));
        ImGui::SameLine();
        ImGui::RadioButton("Light", &theme, int(Theme::Light));
        settings.theme = Theme(theme);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
        if (ImGui::BeginCombo("Therapist's hands", handToneName(settings.handTone))) {
            for (const HandTone tone : kHandTones)
                if (ImGui::Selectable(handToneName(tone), tone == settings.handTone))
                    settings.handTone = tone;
            ImGui::EndCombo();
        }
        ImGui::Checkbox("Therapist at the table", &settings.therapist);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("The therapist standing beside the table in a lunge, leaning over the hands:\n"
                              "the force comes from body weight, the working shoulder over the contact");
        int renderScale = int(settings.renderScale);
        ImGui::TextUnformatted("Render scale:");
        ImGui::SameLine();
        ImGui::RadioButton("automatic", &renderScale, int(RenderScaleMode::Automatic));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("While the camera moves or a lesson plays and frames are slow, the 3D view\n"
                              "is drawn with fewer pixels (75%% or 50%% of each side) and scaled up;\n"
                              "at rest it is sharp again. Screenshots and exports are always full.");
        ImGui::SameLine();
        ImGui::RadioButton("always full", &renderScale, int(RenderScaleMode::AlwaysFull));
        settings.renderScale = RenderScaleMode(renderScale);
        if (ImGui::Button("Present (F11)"))
            commands.push(command::EnterPresentation{});
        ImGui::SameLine();
        ImGui::Checkbox("Auto-orbit", &settings.presentationAutoOrbit);
        if (ImGui::Button("Reset layout"))
            requestLayoutReset();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Put every panel back in its first place and size");
    }

    if (ImGui::CollapsingHeader("Controls")) {
        ImGui::BulletText("Left drag: orbit");
        ImGui::BulletText("Right/middle drag or Shift+left: pan");
        ImGui::BulletText("Wheel: zoom");
        ImGui::BulletText("F: frame model, R: reset view");
        ImGui::BulletText("1-7: view presets");
        ImGui::BulletText("Q: quiz mode");
        ImGui::BulletText("F12: screenshot, Shift+F12: with panels");
        ImGui::BulletText("F11: presentation mode");
    }
    ImGui::End();
}

void drawOpeningStatus(const ViewPanelState& state, CommandQueue& commands)
{
    if (state.opening.empty())
        return;
    // At the top of the view, whatever the panels show: the import runs in another process and
    // the window stays usable meanwhile.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + ImGui::GetFontSize()),
        ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::Begin("##opening", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings
            | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::Text("Opening %s... %.0f s", state.opening.c_str(), state.openingS);
    ImGui::SameLine();
    if (ImGui::SmallButton("Cancel"))
        commands.push(command::CancelModelOpening{});
    ImGui::End();
}

} // namespace lumbar::app
