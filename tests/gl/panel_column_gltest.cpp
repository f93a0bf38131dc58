// The left column's two panels share it: the View panel's camera and study buttons stay in sight
// whatever the Layers panel below them holds.
#include "gl/built_in_anatomy.hpp"
#include "gl/gl_test_context.hpp"
#include "gui/commands.hpp"
#include "gui/imgui_layer.hpp"
#include "gui/layers_panel.hpp"
#include "gui/view_panel.hpp"
#include "session/settings.hpp"
#include "session/viewer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace lumbar::test {
namespace {

/// The app's default window size.
class PanelColumnGlTest : public GlTest {
protected:
    void SetUp() override
    {
        GlTest::SetUp();
        SDL_SetWindowSize(window().window(), 1280, 720);
    }

    /// Draws the View and Layers panels for a few frames, as the window does when it opens with no
    /// saved layout.
    void openColumn(app::Viewer& viewer)
    {
        app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f);
        app::ViewPanelState state;
        app::Settings settings;
        app::CommandQueue commands;
        for (int frame = 0; frame < 4; ++frame) {
            gui.beginFrame();
            app::drawViewPanel(state, viewer, settings, commands);
            app::drawLayersPanel(viewer, commands);
            const ImGuiWindow* view = ImGui::FindWindowByName("View");
            const ImGuiWindow* layers = ImGui::FindWindowByName("Layers");
            ASSERT_TRUE(view && layers);
            gui.endFrame();
            m_view = {view->Pos.y, view->Pos.y + view->Size.y};
            m_layers = {layers->Pos.y, layers->Pos.y + layers->Size.y};
            m_layersScroll = layers->ScrollMax.y;
            m_row = ImGui::GetFrameHeightWithSpacing();
            m_gap = ImGui::GetStyle().ItemSpacing.y;
        }
    }

    glm::vec2 m_view{0.0f}, m_layers{0.0f}; ///< top and bottom of each panel
    float m_layersScroll = 0.0f;
    float m_row = 0.0f, m_gap = 0.0f;
};

TEST_F(PanelColumnGlTest, OpenedWithTheSectionsControlsTheLayersPanelScrollsBelowTheViewPanelsButtons)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    viewer.display.section.enabled = true; // as --section: the Layers panel's controls for it open
    openColumn(viewer);
    // Fitted to its contents the Layers panel reached 610 pixels up from the window's foot, over
    // the View panel's buttons. It starts 7.4 rows below the View panel's top instead, reaches
    // down to the foot, and scrolls (Dear ImGui rounds places and sizes down to whole pixels).
    EXPECT_NEAR(m_layers.x, m_view.x + 7.4f * m_row + m_gap, 1.0f);
    EXPECT_NEAR(m_layers.y, 720.0f - m_gap, 1.0f);
    EXPECT_GT(m_layersScroll, 0.0f);
    // The View panel ends above it.
    EXPECT_LE(m_view.y, m_layers.x);
}

TEST_F(PanelColumnGlTest, WithoutThemTheLayersPanelShowsAllItHoldsAndTheViewPanelEndsAboveIt)
{
    app::Viewer viewer(gl::ShaderSources(), 320, 240);
    loadBuiltInAnatomy(viewer);
    openColumn(viewer);
    // The default layout: the Layers panel fitted to its contents (no scrolling), pushed up from
    // its first place to end inside the window, the View panel shortened to end above it.
    EXPECT_EQ(m_layersScroll, 0.0f);
    EXPECT_LE(m_layers.y, 720.0f);
    EXPECT_GT(m_layers.x, m_view.x + 7.4f * m_row + m_gap);
    EXPECT_LE(m_view.y, m_layers.x);
}

} // namespace
} // namespace lumbar::test
