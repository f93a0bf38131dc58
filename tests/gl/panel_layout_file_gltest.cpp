// The panel layout file: read through the bounded reader (a pipe in its place costs a message, not
// a hang), written atomically when Dear ImGui asks and when the window closes.
#include "gl/gl_test_context.hpp"
#include "gui/imgui_layer.hpp"
#include "support/temp_dir.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <sys/stat.h>

namespace lumbar::test {
namespace {

using PanelLayoutFileGlTest = GlTest;

/// One frame with a panel named "Probe" at `position`.
void probeFrame(app::ImGuiLayer& gui, const ImVec2& position, ImGuiCond condition)
{
    gui.beginFrame();
    ImGui::SetNextWindowPos(position, condition);
    ImGui::Begin("Probe");
    ImGui::TextUnformatted("layout");
    ImGui::End();
    gui.endFrame();
}

TEST_F(PanelLayoutFileGlTest, APipeInPlaceOfTheLayoutIsReplacedNotWaitedOn)
{
    const TempDir dir;
    const std::filesystem::path layout = dir.path() / "layout.ini";
    ASSERT_EQ(::mkfifo(layout.c_str(), 0600), 0); // Dear ImGui's own fopen would block on it
    {
        app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f, layout.string());
        probeFrame(gui, {40.0f, 30.0f}, ImGuiCond_Always);
    }
    ASSERT_TRUE(std::filesystem::is_regular_file(layout));
    const std::string saved = readText(layout);
    EXPECT_NE(saved.find("[Window][Probe]\nPos=40,30\n"), std::string::npos) << saved;

    // The next window finds the panel where the last one left it.
    app::ImGuiLayer gui(window().window(), window().context(), 1.0f, 1.0f, layout.string());
    probeFrame(gui, {200.0f, 100.0f}, ImGuiCond_FirstUseEver);
    const ImGuiWindow* probe = ImGui::FindWindowByName("Probe");
    ASSERT_NE(probe, nullptr);
    EXPECT_EQ(probe->Pos.x, 40.0f);
    EXPECT_EQ(probe->Pos.y, 30.0f);
}

} // namespace
} // namespace lumbar::test
