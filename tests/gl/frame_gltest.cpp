// Whole frames of the real app pieces (viewer + ImGui panel) on a real driver: no GL errors,
// and the picture holds what the scene says.
#include "gl/gl_test_context.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/inspector_panel.hpp"
#include "gui/labels_overlay.hpp"
#include "gui/layers_panel.hpp"
#include "gui/lesson_editor_panel.hpp"
#include "gui/lesson_panel.hpp"
#include "gui/presentation_view.hpp"
#include "gui/progress_panel.hpp"
#include "gui/quiz_panel.hpp"
#include "gui/slice_panel.hpp"
#include "gui/view_panel.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_library.hpp"
#include "session/progress_keeper.hpp"
#include "session/viewer.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "technique/anatomy_surface.hpp"

#include <imgui.h>

#include <functional>

namespace lumbar::test {
namespace {

using FrameGlTest = GlTest;

Model spheresScene(float shellOpacity)
{
    Model model;
    model.sourcePath = "spheres";
    MeshData core = makeIcosphere("core", glm::vec3(0.0f), 0.1f, 3);
    core.baseColor = {0.8f, 0.05f, 0.05f, 1.0f};
    model.meshes.push_back(core);
    MeshData shell = makeIcosphere("shell", glm::vec3(0.0f), 0.2f, 3);
    shell.baseColor = {0.9f, 0.9f, 0.9f, shellOpacity};
    model.meshes.push_back(shell);
    return model;
}

int channelDistance(const std::uint8_t* pixel, int r, int g, int b)
{
    return std::max({std::abs(pixel[0] - r), std::abs(pixel[1] - g), std::abs(pixel[2] - b)});
}

TEST_F(FrameGlTest, FullFramesWithThePanelRaiseNoGlError)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setModel(spheresScene(0.4f));
    viewer.resetView(ViewPreset::Oblique);
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::ViewPanelState panel;
    app::Settings settings;
    app::CommandQueue commands;
    app::SlicePanel slice;
    for (int frame = 0; frame < 3; ++frame) {
        viewer.render(320, 240);
        viewer.target().blitTo(0, 64, 64);
        gui.beginFrame();
        app::drawViewPanel(panel, viewer, settings, commands);
        gui.endFrame();
        window().swap();
    }
    // The benchmark's floor draws the same meshes in flat colours, blended as render() blends
    // them: at the centre the shell (0.9, 0.9, 0.9) at 0.4 over the core (0.8, 0.05, 0.05), that
    // is 0.4 * shell + 0.6 * core = (0.84, 0.39, 0.39), written without encoding.
    viewer.renderFloor(320, 240);
    const Image floor = viewer.target().readPixels();
    EXPECT_LE(channelDistance(floor.pixel(160, 120), 214, 99, 99), 1) << "the shell blended over the core";
    // The lesson's own triangles count too: an overlay (as a path or a marker is) over the centre
    // is drawn last, in its flat colour, whatever lies in front of it.
    const GpuMesh marker(makeIcosphere("marker", glm::vec3(0.0f), 0.05f, 2));
    app::SceneExtras extras;
    DrawItem overlay;
    overlay.mesh = &marker;
    overlay.color = {0.0f, 0.0f, 1.0f, 1.0f};
    overlay.overlay = true;
    extras.items.push_back(overlay);
    viewer.renderFloor(320, 240, extras);
    const Image withMarker = viewer.target().readPixels();
    EXPECT_EQ(channelDistance(withMarker.pixel(160, 120), 0, 0, 255), 0) << "the marker over the shell";
    for (const auto& [x, y] : {std::pair{160, 60}, std::pair{100, 120}, std::pair{2, 2}})
        EXPECT_EQ(channelDistance(withMarker.pixel(x, y), floor.pixel(x, y)[0], floor.pixel(x, y)[1],
                      floor.pixel(x, y)[2]),
            0)
            << "the scene around the marker as before, at " << x << ", " << y;
    EXPECT_EQ(channelDistance(floor.pixel(2, 2), 0, 0, 0), 0) << "cleared to black";
    // TearDown asserts that the driver reported no error over these frames.
}

/// The fixture's structures as shapes: translucent skin around a striated muscle and a bone.
Model anatomyScene()
{
    Model model;
    model.sourcePath = "anatomy";
    MeshData skin = makeIcosphere("skin", glm::vec3(0.0f), 0.25f, 3);
    skin.baseColor = {0.8f, 0.6f, 0.5f, 1.0f};
    MeshData muscle = makeTorus("latissimus_dorsi.left", glm::vec3(0.0f), 0.12f, 0.05f, 48, 24);
    muscle.baseColor = {0.6f, 0.1f, 0.1f, 1.0f};
    for (const glm::vec3& n : muscle.normals)
        muscle.tangents.emplace_back(
            glm::normalize(glm::cross(n, glm::vec3(0.0f, 1.0f, 0.0f)) + glm::vec3(0, 1e-3f, 0)), 1.0f);
    MeshData bone = makeBox("vertebra_l3", glm::vec3(0.0f), glm::vec3(0.04f));
    bone.baseColor = {0.9f, 0.85f, 0.7f, 1.0f};
    model.meshes = {skin, muscle, bone};
    return model;
}

TEST_F(FrameGlTest, EveryPanelAndOverlayRunsWholeFramesWithoutGlErrors)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    viewer.setModel(anatomyScene());
    viewer.resetView(ViewPreset::Posterior);
    viewer.display.fibreLines = true;
    viewer.display.labels = true;
    viewer.anatomy().selected = 1;
    viewer.anatomy().hovered = 2;
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::ViewPanelState viewPanel;
    app::Settings settings;
    app::PresentationState presentation;
    app::InspectorState inspector;
    app::LessonPanelState lessonPanel;
    app::LessonPlayer player;
    app::LabelsOverlay labels;
    app::CommandQueue commands;
    app::SlicePanel slice;
    for (int frame = 0; frame < 3; ++frame) {
        viewer.anatomy().xray = frame == 1;
        viewer.anatomy().peelDepth = frame == 2 ? 1 : 0;
        viewer.display.section.enabled = frame == 2; // the section's plane and its controls
        gui.beginFrame();
        app::drawViewPanel(viewPanel, viewer, settings, commands);
        app::drawLayersPanel(viewer, commands);
        slice.draw(viewer);
        inspector.requestTab = app::InspectorTab(frame % 4);
        inspector.showEndangerment = frame == 1;
        app::drawInspectorPanel(inspector, viewer, player, commands);
        app::drawLessonPanel(lessonPanel, player, commands);
        labels.draw(viewer, {320.0f, 240.0f});
        viewer.render(320, 240);
        viewer.target().blitTo(0, 64, 64);
        gui.endFrame();
        window().swap();
    }
    // The light theme at a larger scale (fonts rebuilt between frames) and presentation mode.
    const float fontBefore = ImGui::GetFontSize();
    EXPECT_LT(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.3f);
    gui.setAppearance(1.5f, app::Theme::Light);
    for (int frame = 0; frame < 2; ++frame) {
        gui.beginFrame();
        app::drawPresentation(presentation, player, viewer.knowledgeBase(), gui.largeFont());
        viewer.render(320, 240);
        gui.endFrame();
        window().swap();
    }
    // The frames were drawn in the new appearance: text half as large again, on light windows.
    // (What the panels say is checked in panel_text_gltest.cpp.)
    EXPECT_NEAR(ImGui::GetFontSize(), 1.5f * fontBefore, 1.0f);
    EXPECT_GT(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.8f);
    ASSERT_NE(gui.largeFont(), nullptr);
    EXPECT_GT(gui.largeFont()->FontSize, ImGui::GetFontSize());
}

TEST_F(FrameGlTest, EachNameLabelLiesOnADarkBacking)
{
    // Labels are drawn one after another into the background draw list: the leader line, the
    // backing, the text. Each run of the text's vertices lies within the run of backing just
    // before it, so the name reads over bright tissue as over the background.
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    viewer.setModel(anatomyScene());
    viewer.resetView(ViewPreset::Posterior);
    viewer.display.labels = true;
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::LabelsOverlay labels;
    viewer.render(320, 240);
    gui.beginFrame();
    // The test window is 64 x 64: let the 320 x 240 view's text through ImGui's culling.
    ImGui::GetBackgroundDrawList()->PushClipRect(ImVec2(0.0f, 0.0f), ImVec2(320.0f, 240.0f));
    labels.draw(viewer, {320.0f, 240.0f});
    ImGui::GetBackgroundDrawList()->PopClipRect();
    const ImVector<ImDrawVert>& vertices = ImGui::GetBackgroundDrawList()->VtxBuffer;
    enum class Kind { Backing, Text, Other };
    const auto kindOf = [](const ImDrawVert& v) {
        if ((v.col & 0x00FFFFFFu) == (app::kLabelBackingColor & 0x00FFFFFFu)) // its fringe too
            return Kind::Backing;
        return v.col == app::kLabelTextColor ? Kind::Text : Kind::Other;
    };
    int labelsOnBacking = 0;
    int textRuns = 0;
    ImVec2 backingMin(0.0f, 0.0f), backingMax(-1.0f, -1.0f);
    Kind previous = Kind::Other;
    bool textInside = true;
    for (const ImDrawVert& v : vertices) {
        const Kind kind = kindOf(v);
        if (kind == Kind::Backing) {
            if (previous != Kind::Backing)
                backingMin = backingMax = v.pos;
            backingMin = ImVec2(std::min(backingMin.x, v.pos.x), std::min(backingMin.y, v.pos.y));
            backingMax = ImVec2(std::max(backingMax.x, v.pos.x), std::max(backingMax.y, v.pos.y));
        } else if (kind == Kind::Text) {
            if (previous != Kind::Text) {
                ++textRuns;
                textInside = previous == Kind::Backing;
            }
            textInside = textInside && v.pos.x >= backingMin.x && v.pos.x <= backingMax.x
                && v.pos.y >= backingMin.y && v.pos.y <= backingMax.y;
        }
        if (previous == Kind::Text && kind != Kind::Text && textInside)
            ++labelsOnBacking;
        previous = kind;
    }
    if (previous == Kind::Text && textInside)
        ++labelsOnBacking;
    gui.endFrame();
    EXPECT_GE(textRuns, 1); // the skin, seen from behind, is named
    EXPECT_EQ(labelsOnBacking, textRuns);
}

TEST_F(FrameGlTest, APressBelongsToTheUiOnlyWhereItLandsOnAWindowThatTakesTheMouse)
{
    // Decided by where the press lands (after the frame that drew the windows), not by the last
    // frame's hover: a click just off a panel is the 3D view's. A window drawn without inputs
    // (the heat map's legend) never takes it.
    // The test window is 64 x 64: windows without a title bar, which the panel rules leave be.
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    gui.beginFrame();
    ImGui::SetNextWindowPos(ImVec2(4.0f, 4.0f));
    ImGui::SetNextWindowSize(ImVec2(30.0f, 30.0f));
    ImGui::Begin("Panel", nullptr, ImGuiWindowFlags_NoTitleBar);
    ImGui::End();
    ImGui::SetNextWindowPos(ImVec2(40.0f, 40.0f));
    ImGui::SetNextWindowSize(ImVec2(20.0f, 20.0f));
    ImGui::Begin("Legend", nullptr, ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoDecoration);
    ImGui::End();
    gui.endFrame();
    EXPECT_TRUE(gui.ownsPressAt(10.0f, 10.0f));
    EXPECT_TRUE(gui.ownsPressAt(33.0f, 33.0f));
    EXPECT_FALSE(gui.ownsPressAt(36.0f, 10.0f));
    EXPECT_FALSE(gui.ownsPressAt(50.0f, 50.0f));
    EXPECT_FALSE(gui.ownsPressAt(60.0f, 10.0f));
}

TEST_F(FrameGlTest, TheLessonEditorAndEachOfItsDialogsRunWholeFrames)
{
    const TempDir dir;
    const std::filesystem::path lessonFile = dir.write("class.json", validLessonJson().dump(2));
    const KnowledgeBase knowledge = lumbarKnowledgeBase();
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setModel(anatomyScene());
    viewer.resetView(ViewPreset::Posterior);
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::LessonEditor editor(knowledge, {dir.path() / "lessons", dir.path() / "autosave"});
    ASSERT_TRUE(editor.open(lessonFile, false));
    app::LessonEditorPanelState state;
    app::CommandQueue commands;
    const auto frame = [&](const std::function<void()>& checks) {
        gui.beginFrame();
        app::drawLessonEditor(editor, state, knowledge, commands);
        app::drawLessonEditorDialogs(editor, state, commands);
        checks();
        viewer.render(320, 240);
        gui.endFrame();
        window().swap();
    };
    // Every step's fields and every audience's texts.
    for (std::size_t step = 0; step < editor.document().lesson().steps.size(); ++step)
        for (int audience = 0; audience < 3; ++audience) {
            editor.selectStep(step);
            state.audience = audience;
            frame([] {});
        }
    state.openSaveAs = true;
    frame([] { EXPECT_TRUE(ImGui::IsPopupOpen("Save lesson as")); });
    EXPECT_EQ(state.saveAsName, "test-lesson");
    // Asking about unsaved changes replaces the Save as dialog.
    state.askUnsaved = true;
    frame([] {});
    frame([] { EXPECT_TRUE(ImGui::IsPopupOpen("Unsaved changes")); });
    // The panels only ask: nothing was pushed by drawing them.
    EXPECT_TRUE(commands.empty());

    // At start, with the editor closed: the recovery question, also for a file that cannot be read.
    app::LessonEditor closed(knowledge, {dir.path() / "lessons", dir.path() / "autosave"});
    authoring::PendingAutosave broken;
    broken.file = dir.path() / "autosave" / "x.json";
    broken.problem = "not an autosave file";
    state.recovery = {broken};
    state.askUnsaved = false;
    gui.beginFrame();
    app::drawLessonEditor(closed, state, knowledge, commands);
    app::drawLessonEditorDialogs(closed, state, commands);
    gui.endFrame();
    gui.beginFrame();
    app::drawLessonEditorDialogs(closed, state, commands);
    EXPECT_TRUE(ImGui::IsPopupOpen("Recover unsaved lessons"));
    gui.endFrame();
    window().swap();
}

TEST_F(FrameGlTest, TheSelectionOutlineSurroundsTheSelectedStructure)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    viewer.setModel(anatomyScene());
    viewer.anatomy().hide(0); // no skin
    viewer.camera().sceneFrame = SceneFrame::Upright; // shapes, not a body lying on a table
    viewer.resetView(ViewPreset::Superior); // looking down into the torus hole
    viewer.render(200, 200);
    const Image before = viewer.target().readPixels();
    viewer.anatomy().selected = 2;
    viewer.render(200, 200);
    const Image after = viewer.target().readPixels();

    // Outline colour (sRGB 255, 199, 51) appears just outside the box's silhouette and nowhere
    // far from it; the box's own middle is unchanged apart from the selection tint.
    const glm::vec2 corner = viewer.camera().project({0.04f, 0.04f, 0.04f}, 200.0f, 200.0f);
    int outlinePixels = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x) {
            const std::uint8_t* p = after.pixel(x, y);
            if (channelDistance(p, 255, 199, 51) <= 8) {
                ++outlinePixels;
                EXPECT_LT(std::abs(float(x) - 100.0f), corner.x - 100.0f + 6.0f) << x << "," << y;
            }
        }
    EXPECT_GT(outlinePixels, 40);
    EXPECT_EQ(channelDistance(before.pixel(20, 20), after.pixel(20, 20)[0], after.pixel(20, 20)[1],
                  after.pixel(20, 20)[2]),
        0);

    // Pictures for export leave the pointer's highlights out: the same image as with no selection.
    viewer.anatomy().hovered = 1;
    app::SceneExtras exported;
    exported.pointerHighlights = false;
    viewer.render(200, 200, exported);
    const Image clean = viewer.target().readPixels();
    ASSERT_EQ(clean.rgba.size(), before.rgba.size());
    EXPECT_TRUE(clean.rgba == before.rgba);
}

TEST_F(FrameGlTest, PickingFindsTheVisibleStructureUnderThePixel)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    viewer.setModel(anatomyScene());
    viewer.camera().sceneFrame = SceneFrame::Upright; // shapes, not a body lying on a table
    viewer.resetView(ViewPreset::Superior); // looking down into the torus hole
    // The skin at its default 30% is clicked through (the bone shows through the torus hole);
    // made opaque, it is in front.
    EXPECT_EQ(viewer.pick({100.0f, 100.0f}, 200.0f, 200.0f), 2u);
    viewer.anatomy().layers[0].opacity = 1.0f;
    EXPECT_EQ(viewer.pick({100.0f, 100.0f}, 200.0f, 200.0f), 0u);
    viewer.anatomy().peelDepth = 1; // peel the skin away
    EXPECT_EQ(viewer.pick({100.0f, 100.0f}, 200.0f, 200.0f), 2u); // the bone, through the hole
    const glm::vec2 onMuscle = viewer.camera().project({0.12f, 0.05f, 0.0f}, 200.0f, 200.0f);
    EXPECT_EQ(viewer.pick(onMuscle, 200.0f, 200.0f), 1u);
    EXPECT_FALSE(viewer.pick({2.0f, 2.0f}, 200.0f, 200.0f));
}

TEST_F(FrameGlTest, TheModelFillsTheCentreAndTheBackgroundTheCorners)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setModel(spheresScene(0.0f)); // shell fully transparent: skipped
    viewer.resetView(ViewPreset::Posterior);
    viewer.render(200, 200);
    const Image image = viewer.target().readPixels();

    // Background: BackgroundStyle's sRGB gradient, top (0.20, 0.23, 0.28) to bottom (0.07, 0.08, 0.10).
    EXPECT_LE(channelDistance(image.pixel(0, 0), 51, 59, 71), 2);
    EXPECT_LE(channelDistance(image.pixel(199, 199), 18, 20, 26), 2);
    // The red core sits in the middle of the framed view.
    const std::uint8_t* centre = image.pixel(100, 100);
    EXPECT_GT(centre[0], 150);
    EXPECT_LT(centre[1], 80);
    EXPECT_LT(centre[2], 80);
}

TEST_F(FrameGlTest, FramingFitsWhatIsShown)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    Model model;
    model.meshes = {makeIcosphere("left", glm::vec3(-0.3f, 0.0f, 0.0f), 0.1f, 2),
        makeIcosphere("right", glm::vec3(0.3f, 0.0f, 0.0f), 0.1f, 2)};
    viewer.setModel(model);
    const float wholeRadius = viewer.model().bounds().radius();
    viewer.anatomy().hide(0);
    viewer.resetView(ViewPreset::Posterior);
    EXPECT_NEAR(glm::distance(viewer.camera().target, glm::vec3(0.3f, 0.0f, 0.0f)), 0.0f, 1e-4f);
    const float closeDistance = viewer.camera().distance;
    // Clip planes still take in the whole model, so showing the other sphere cuts nothing away.
    EXPECT_FLOAT_EQ(viewer.camera().sceneRadius, wholeRadius);

    viewer.anatomy().showAll();
    viewer.frameModel();
    EXPECT_NEAR(glm::length(viewer.camera().target), 0.0f, 1e-4f);
    EXPECT_GT(viewer.camera().distance, closeDistance * 2.0f);
}

TEST_F(FrameGlTest, ATranslucentShellLetsTheCoreShowThrough)
{
    app::Viewer viewer(gl::ShaderSources(), 200, 200);
    viewer.setModel(spheresScene(0.4f));
    viewer.resetView(ViewPreset::Posterior);
    viewer.render(200, 200);
    const Image image = viewer.target().readPixels();
    const std::uint8_t* centre = image.pixel(100, 100);
    // Red still dominates, but the white shell lifts green and blue above the bare core's.
    EXPECT_GT(centre[0], centre[1] + 40);
    EXPECT_GT(centre[1], 80);
    // Outside the core but inside the shell: the pale shell over the background.
    const std::uint8_t* shellOnly = image.pixel(100, 100 - 40);
    EXPECT_GT(shellOnly[1], 60);
    EXPECT_LT(std::abs(shellOnly[0] - shellOnly[1]), 30);
}

} // namespace
} // namespace lumbar::test

namespace lumbar::test {
namespace {

TEST_F(FrameGlTest, TheHeatMapColoursTheWorkedTissue)
{
    app::Viewer viewer(gl::ShaderSources(), 120, 120);
    Model model;
    MeshData sphere = makeIcosphere("worked", glm::vec3(0.0f), 0.1f, 3);
    sphere.baseColor = {0.6f, 0.1f, 0.1f, 1.0f};
    model.meshes.push_back(sphere);
    viewer.setModel(model);
    viewer.resetView(ViewPreset::Posterior);
    // Full dose everywhere: the sphere turns the top of the viridis map (yellow, sRGB 253 231 37).
    viewer.setHeat({std::vector<float>(sphere.positions.size(), 5.0f)}, 5.0f);
    app::SceneExtras extras;
    extras.showHeat = true;
    ASSERT_EQ(viewer.buildScene(extras).items.size(), 1u);
    EXPECT_FLOAT_EQ(viewer.buildScene(extras).items[0].heatAmount, 1.0f);
    viewer.render(120, 120, extras);
    const Image heated = viewer.target().readPixels();
    const std::uint8_t* centre = heated.pixel(60, 60);
    EXPECT_GT(centre[0], 150);
    EXPECT_GT(centre[1], 130);
    EXPECT_LT(centre[2], 90);
    // Without the heat view the same mesh keeps its own colour.
    viewer.render(120, 120);
    const Image unheated = viewer.target().readPixels();
    const std::uint8_t* plain = unheated.pixel(60, 60);
    EXPECT_LT(plain[1], 100);
    EXPECT_GT(plain[0], 2 * plain[1]);
}

} // namespace
} // namespace lumbar::test

namespace lumbar::test {
namespace {

TEST_F(FrameGlTest, TheHeatViewVeilsTheUnworkedLayersButNotTheBodyAround)
{
    app::Viewer viewer(gl::ShaderSources(), 120, 120);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    Model model = anatomyScene(); // skin, latissimus dorsi, a vertebra
    MeshData body = makeIcosphere("body", glm::vec3(0.0f), 0.4f, 2); // no structure: scenery
    body.baseColor = {0.9f, 0.7f, 0.6f, 1.0f};
    model.meshes.push_back(body);
    viewer.setModel(model);
    std::vector<std::vector<float>> dose(model.meshes.size());
    dose[1].assign(model.meshes[1].positions.size(), 5.0f); // the latissimus was worked
    viewer.setHeat(dose, 5.0f);
    app::SceneExtras extras;
    extras.showHeat = true;
    const std::vector<DrawItem> items = viewer.buildScene(extras).items;
    ASSERT_EQ(items.size(), 4u);
    EXPECT_FLOAT_EQ(items[1].heatAmount, 1.0f);
    EXPECT_FLOAT_EQ(items[1].color.a, 1.0f);
    EXPECT_FLOAT_EQ(items[0].color.a, 0.25f); // the skin over it, veiled
    EXPECT_FALSE(items[0].innerFaces); // its near faces alone
    EXPECT_TRUE(items[1].innerFaces);
    EXPECT_FLOAT_EQ(items[2].color.a, 1.0f); // bone is never veiled
    EXPECT_FLOAT_EQ(items[3].color.a, 1.0f); // nor the body around the window
}

TEST_F(FrameGlTest, MusclesAndFasciaWithFibreDirectionsAreStripedAndPlainFasciaIsNot)
{
    // The iliotibial tract is fascia (as the built-in knowledge base has it), like the fixture's
    // thoracolumbar fascia; the tract's mesh carries fibre coordinates (its bundles run down the
    // thigh), the fascia's not.
    KnowledgeBase knowledge = lumbarKnowledgeBase();
    StructureInfo tractInfo;
    tractInfo.id = tractInfo.name = "iliotibial_tract.right";
    tractInfo.kind = "fascia";
    tractInfo.layer = "superficial_muscle";
    knowledge.structures.push_back(tractInfo);
    app::Viewer viewer(gl::ShaderSources(), 120, 120);
    viewer.setKnowledgeBase(knowledge);
    Model model;
    model.sourcePath = "fascia";
    MeshData tract = makeIcosphere("iliotibial_tract.right", glm::vec3(0.1f, 0.0f, 0.0f), 0.03f, 2);
    for (const glm::vec3& p : tract.positions)
        tract.texCoords.emplace_back(p.x, 0.0f);
    model.meshes.push_back(tract);
    model.meshes.push_back(makeIcosphere("thoracolumbar_fascia", glm::vec3(0.0f), 0.03f, 2));
    model.meshes.push_back(makeIcosphere("gluteus_maximus.right", glm::vec3(-0.1f, 0.0f, 0.0f), 0.03f, 2));
    viewer.setModel(model);
    const std::vector<DrawItem> items = viewer.buildScene({}).items;
    ASSERT_EQ(items.size(), 3u);
    EXPECT_FLOAT_EQ(items[0].striation, 1.0f); // fascia with fibre directions
    EXPECT_FLOAT_EQ(items[1].striation, 0.0f); // fascia without
    EXPECT_FLOAT_EQ(items[2].striation, 1.0f); // muscle, with or without
    viewer.display.striation = false; // the Layers panel's "Fibre striation" off
    for (const DrawItem& item : viewer.buildScene({}).items)
        EXPECT_FLOAT_EQ(item.striation, 0.0f);
}

TEST_F(FrameGlTest, InXrayEveryMeshBlendsItsNearFacesAlone)
{
    app::Viewer viewer(gl::ShaderSources(), 120, 120);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    Model model = anatomyScene(); // skin, latissimus dorsi, a vertebra
    model.meshes.push_back(makeIcosphere("body", glm::vec3(0.0f), 0.4f, 2)); // scenery
    viewer.setModel(model);
    for (const bool xray : {false, true}) {
        viewer.anatomy().xray = xray;
        const std::vector<DrawItem> items = viewer.buildScene({}).items;
        ASSERT_EQ(items.size(), 4u);
        EXPECT_EQ(items[0].innerFaces, !xray) << "the skin layer, x-ray " << xray;
        EXPECT_EQ(items[1].innerFaces, !xray) << "the latissimus, x-ray " << xray;
        // The client's body too: blended twice over the whole figure it cost the x-ray lesson 28%.
        EXPECT_EQ(items[3].innerFaces, !xray) << "the client's body, x-ray " << xray;
    }
}

TEST_F(FrameGlTest, AWholeQuizRunsFrameByFrameAndGivesTheViewBack)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    viewer.setKnowledgeBase(parseKnowledgeBase(smallKnowledgeBaseJson(), "test.json"));
    viewer.setModel(anatomyScene());
    viewer.resetView(ViewPreset::Posterior);
    viewer.display.labels = true;
    viewer.anatomy().hide(2);
    std::vector<technique::Lesson> lessons; // the real lessons, read without the small knowledge base
    for (const std::filesystem::path& file : app::builtInLessonFiles())
        if (const technique::LessonParseResult parsed = technique::loadLesson(file); parsed.lesson)
            lessons.push_back(*parsed.lesson);
    ASSERT_FALSE(lessons.empty());

    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
    app::QuizPanel quiz;
    const TempDir data;
    app::ProgressKeeper progress(data.path() / "progress.json");
    quiz.keepProgressIn(&progress);
    app::ProgressPanelState progressPanel;
    app::CommandQueue commands;
    const auto frame = [&] {
        gui.beginFrame();
        quiz.draw(viewer);
        drawProgressPanel(
            progressPanel, progress, viewer.knowledgeBase(), {}, app::secondsSinceEpoch(), commands);
        viewer.render(320, 240);
        viewer.target().blitTo(0, 64, 64);
        gui.endFrame();
        window().swap();
    };
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    // not running: clicks select as usual
    EXPECT_FALSE(quiz.handlePick(std::size_t{1}, std::nullopt, viewer, surface));
    const glm::vec3 targetBefore = viewer.camera().target;
    quiz.start(viewer, lessons, 42);
    ASSERT_TRUE(quiz.active());
    const quiz::QuizSession& session = *quiz.session();
    ASSERT_EQ(session.questionCount(), std::size_t(app::QuizPanel::kQuestionCount));
    std::size_t expectedRight = 0;
    while (!session.finished()) {
        frame();
        const quiz::Question& question = *session.current();
        EXPECT_FALSE(viewer.display.labels); // labels would give the answers away
        const std::optional<std::size_t> mesh = viewer.anatomy().meshOf(question.structureId);
        switch (question.kind) {
        case quiz::QuestionKind::ClickStructure:
            ASSERT_TRUE(mesh);
            EXPECT_TRUE(viewer.anatomy().visible(*mesh)); // staged: brought into view
            EXPECT_TRUE(quiz.handlePick(mesh, std::nullopt, viewer, surface));
            ++expectedRight;
            break;
        case quiz::QuestionKind::NameStructure:
            EXPECT_EQ(viewer.anatomy().selected, mesh); // outlined
            quiz.handleKey(SDLK_1 + SDL_Keycode(question.correctChoice), viewer);
            ++expectedRight;
            break;
        case quiz::QuestionKind::StepOrder:
            // The order as shown, which is never the right one: a mistake.
            for (std::size_t i = 0; i < question.choices.size(); ++i) {
                EXPECT_TRUE(quiz.handleKey(SDLK_1 + SDL_Keycode(i), viewer));
                frame();
            }
            EXPECT_TRUE(quiz.handleKey(SDLK_RETURN, viewer));
            break;
        default:
            EXPECT_TRUE(quiz.handleKey(SDLK_1 + SDL_Keycode(question.correctChoice), viewer));
            ++expectedRight;
            break;
        }
        ASSERT_TRUE(session.awaitingNext());
        frame(); // the feedback
        EXPECT_TRUE(quiz.handleKey(SDLK_RETURN, viewer));
    }
    frame(); // the review
    frame();
    EXPECT_EQ(session.answeredCount(), session.questionCount());
    EXPECT_EQ(session.correctCount(), expectedRight);
    EXPECT_EQ(session.mistakes().size(), session.questionCount() - expectedRight);
    // Every answer was recorded and written: read back from the file, right and wrong as graded.
    const app::ProgressKeeper reread(data.path() / "progress.json");
    EXPECT_EQ(reread.progress(), progress.progress());
    std::size_t recordedRight = 0;
    std::size_t recordedWrong = 0;
    for (const quiz::ProgressRecord& record : reread.progress().records()) {
        recordedRight += std::size_t(record.right);
        recordedWrong += std::size_t(record.wrong);
    }
    EXPECT_EQ(recordedRight, expectedRight);
    EXPECT_EQ(recordedRight + recordedWrong, session.questionCount());
    progressPanel.open = true; // the Progress window over what was just answered
    frame();
    frame();

    EXPECT_TRUE(quiz.handleKey(SDLK_q, viewer)); // Q ends the quiz
    EXPECT_FALSE(quiz.active());
    EXPECT_TRUE(viewer.display.labels);
    EXPECT_TRUE(viewer.anatomy().hidden(2));
    EXPECT_EQ(viewer.anatomy().peelDepth, 0);
    EXPECT_FALSE(viewer.anatomy().selected);
    EXPECT_EQ(viewer.camera().target, targetBefore);
    frame();
}

} // namespace
} // namespace lumbar::test
