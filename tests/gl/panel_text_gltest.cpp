// What the panels draw for the state they are given, read back as the text Dear ImGui rendered
// (its log): the panels are not only run without errors, their words are checked.
#include "gl/built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/inspector_panel.hpp"
#include "gui/layers_panel.hpp"
#include "gui/lesson_panel.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/safety_text.hpp"
#include "session/step_card.hpp"
#include "session/viewer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace lumbar::test {
namespace {

/// The panels at the size of the app's default window, where each has room to draw its words.
class PanelTextGlTest : public GlTest {
protected:
    void SetUp() override
    {
        GlTest::SetUp();
        SDL_SetWindowSize(window().window(), 1280, 720);
    }
};

/// Whitespace runs (the log's line breaks and indents, wrapped lines) as single spaces, and the
/// one-dot leaders that keep decimals whole in wrapped text (U+2024) as points.
std::string squeezed(std::string text)
{
    for (std::size_t at = text.find("\xE2\x80\xA4"); at != std::string::npos;
         at = text.find("\xE2\x80\xA4", at))
        text.replace(at, 3, ".");
    std::string out;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

/// The text Dear ImGui rendered while `panels` ran, in the second of two frames (a window's first
/// frame only measures it), whitespace squeezed. Dear ImGui's log ends with each top-level window
/// and hands its text to the clipboard: each panel is logged on its own, the clipboard caught.
std::string drawnText(app::ImGuiLayer& gui, const std::vector<std::function<void()>>& panels)
{
    for (const auto& panel : panels) {
        gui.beginFrame();
        panel();
        gui.endFrame();
    }
    static std::string caught;
    caught.clear();
    ImGuiIO& io = ImGui::GetIO();
    const auto systemClipboard = io.SetClipboardTextFn;
    io.SetClipboardTextFn = [](void*, const char* text) { caught += text; };
    gui.beginFrame();
    for (const auto& panel : panels) {
        ImGui::LogToClipboard(0); // 0: the log opens no tree node of its own
        panel();
        ImGui::LogFinish(); // when the panel drew no window of its own
    }
    gui.endFrame();
    io.SetClipboardTextFn = systemClipboard;
    return squeezed(caught);
}

bool contains(const std::string& text, const std::string& words)
{
    return text.find(squeezed(words)) != std::string::npos;
}

std::string formatted(const char* format, double a, double b, double c)
{
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, format, a, b, c);
    return buffer;
}

TEST_F(PanelTextGlTest, TheLayersPanelNamesTheShallowestLayerLeftAndEveryLayer)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::CommandQueue commands;
    const auto& layers = viewer.knowledgeBase().layers;
    ASSERT_GE(layers.size(), 4u);
    const std::string whole = drawnText(gui, {[&] { app::drawLayersPanel(viewer, commands); }});
    EXPECT_EQ(ImGui::GetIO().DisplaySize.x, 1280.0f);
    EXPECT_TRUE(contains(whole, "from " + layers[0].name)) << whole;
    for (const auto& layer : layers)
        EXPECT_TRUE(contains(whole, layer.name)) << layer.name << " in: " << whole;

    viewer.anatomy().peelDepth = 3;
    const std::string peeled = drawnText(gui, {[&] { app::drawLayersPanel(viewer, commands); }});
    EXPECT_TRUE(contains(peeled, "from " + layers[3].name)) << peeled;
    EXPECT_FALSE(contains(peeled, "from " + layers[0].name)) << peeled;
    EXPECT_TRUE(commands.empty());
}

TEST_F(PanelTextGlTest, TheStepCardAndGaugeSpeakToTheChosenAudience)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    const auto files = app::builtInLessonFiles();
    const auto file = std::find_if(files.begin(), files.end(),
        [](const std::filesystem::path& path) { return path.filename() == "lumbar-basic.json"; });
    ASSERT_NE(file, files.end());
    const app::LessonScene scene(viewer, *file);
    app::LessonPlayer player;
    player.load(scene.prepared());
    player.seek(scene.prepared().steps.at(9).startS + 40.0); // step 10: the elbow on quadratus lumborum
    const technique::FrameState& frame = player.frame();
    ASSERT_TRUE(frame.valid);
    ASSERT_EQ(frame.stepIndex, 9u);
    const technique::Step& step = *frame.step;
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::InspectorState inspector;
    app::LessonPanelState lessonPanel;
    app::CommandQueue commands;
    const std::vector<std::function<void()>> panels{
        [&] { app::drawInspectorPanel(inspector, viewer, player, commands); },
        [&] { app::drawLessonPanel(lessonPanel, player, commands); }};

    const std::string student = drawnText(gui, panels);
    const app::StepCard studentCard
        = app::stepCard(step, technique::Audience::Student, viewer.knowledgeBase());
    EXPECT_TRUE(contains(
        student, "Step 10 of " + std::to_string(player.prepared().steps.size()) + ": " + studentCard.title))
        << student;
    EXPECT_TRUE(contains(student, "On: " + studentCard.targets)) << student;
    EXPECT_TRUE(contains(student,
        formatted(
            "Force %.0f N on %.1f cm2 = %.0f kPa", frame.forceN, frame.contactAreaCm2, frame.pressureKPa)))
        << student;
    EXPECT_TRUE(contains(student, "Student")) << student;

    player.audience = technique::Audience::Patient;
    const std::string patient = drawnText(gui, panels);
    const app::StepCard patientCard
        = app::stepCard(step, technique::Audience::Patient, viewer.knowledgeBase());
    EXPECT_NE(patientCard.title, studentCard.title);
    EXPECT_TRUE(contains(patient, patientCard.title)) << patient;
    EXPECT_TRUE(contains(patient, "On: " + patientCard.targets)) << patient;
    EXPECT_FALSE(contains(patient, "kPa")) << patient;
    EXPECT_FALSE(contains(patient, studentCard.title)) << patient;

    // The Safety tab: addressed to the patient, then to the therapist.
    inspector.requestTab = app::InspectorTab::Safety;
    const std::string patientSafety = drawnText(gui, panels);
    for (const app::TextSection& section : app::patientSafetySections())
        EXPECT_TRUE(contains(patientSafety, section.title)) << patientSafety;
    EXPECT_FALSE(contains(patientSafety, app::safetySections().front().title)) << patientSafety;
    player.audience = technique::Audience::Student;
    const std::string therapistSafety = drawnText(gui, panels);
    EXPECT_TRUE(contains(therapistSafety, "Screen every client before treatment.")) << therapistSafety;
    EXPECT_TRUE(contains(therapistSafety, app::safetySections().front().title)) << therapistSafety;
    EXPECT_TRUE(commands.empty());
}

TEST_F(PanelTextGlTest, TheStructuresTabShowsTheSelectedStructuresCard)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    const auto& meshes = viewer.model().meshes;
    const auto at = std::find_if(meshes.begin(), meshes.end(),
        [](const MeshData& mesh) { return mesh.name == "quadratus_lumborum.left"; });
    ASSERT_NE(at, meshes.end());
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::InspectorState inspector;
    inspector.requestTab = app::InspectorTab::Structures;
    app::LessonPlayer player;
    app::CommandQueue commands;
    const std::vector<std::function<void()>> panel{
        [&] { app::drawInspectorPanel(inspector, viewer, player, commands); }};
    const std::string none = drawnText(gui, panel);
    const StructureInfo* info = viewer.knowledgeBase().find("quadratus_lumborum.left");
    ASSERT_NE(info, nullptr);
    EXPECT_FALSE(contains(none, info->latin)) << none;

    viewer.anatomy().selected = std::size_t(at - meshes.begin());
    const std::string selected = drawnText(gui, panel);
    EXPECT_TRUE(contains(selected, info->name)) << selected;
    EXPECT_TRUE(contains(selected, info->latin)) << selected;
}

} // namespace
} // namespace lumbar::test
