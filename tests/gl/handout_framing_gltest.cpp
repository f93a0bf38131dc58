// Handout pictures are framed on where each step works, and the viewer's camera is given back.
#include "built_in_anatomy.hpp"
#include "export/handout_export.hpp"
#include "export/handout_html.hpp"
#include "export/views_handout.hpp"
#include "export/views_handout_html.hpp"
#include "gl/gl_test_context.hpp"
#include "image/image_compare.hpp"
#include "image/png_io.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/view_capture.hpp"
#include "session/viewer.hpp"
#include "support/temp_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace lumbar::test {
namespace {

using HandoutFramingGlTest = GlTest;

TEST_F(HandoutFramingGlTest, EachPictureIsFramedOnItsStepAndTheCameraIsGivenBack)
{
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Oblique);
    const std::filesystem::path lesson = app::builtInLessonFiles().front();
    app::LessonScene scene(viewer, lesson);
    const technique::PreparedLesson& prepared = scene.prepared();

    // The worked region holds the step's path and pressure points with the tool's margin.
    for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
        const Bounds region = app::workedRegion(prepared, i);
        const technique::PreparedStep& step = prepared.steps[i];
        if (step.path.empty() && step.pressurePoints.empty()) {
            EXPECT_TRUE(region.empty());
            continue;
        }
        for (const glm::vec3& point : step.path.points) {
            EXPECT_GE(glm::min(point - region.min, region.max - point).x, app::kWorkedRegionMarginM - 1e-6f);
            EXPECT_GE(glm::min(point - region.min, region.max - point).y, app::kWorkedRegionMarginM - 1e-6f);
        }
        // Framed on it, the region's centre is the picture's centre and its box is in view.
        viewer.frameBounds(region);
        const glm::vec2 centre = viewer.camera().project(region.center(), 160.0f, 120.0f);
        EXPECT_NEAR(centre.x, 80.0f, 0.5f);
        EXPECT_NEAR(centre.y, 60.0f, 0.5f);
        EXPECT_LT(viewer.camera().distance, 1.0f) << "step " << i + 1 << ": a close-up, not the whole client";
    }

    viewer.resetView(ViewPreset::Oblique);
    const Camera before = viewer.camera();
    const TempDir dir;
    app::writeHandout(viewer, scene, dir.path() / "handout", technique::Audience::Student, 160, 120);
    EXPECT_EQ(viewer.camera().target, before.target);
    EXPECT_EQ(viewer.camera().distance, before.distance);
    EXPECT_EQ(viewer.camera().yawRadians, before.yawRadians);
    EXPECT_EQ(viewer.camera().pitchRadians, before.pitchRadians);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "handout" / "index.html"));
    EXPECT_TRUE(
        std::filesystem::exists(dir.path() / "handout" / app::handoutPictureName(prepared.steps.size() - 1)));
    // Each step whose pictured moment has the tool on the body shows the section through it, a
    // picture of the anatomy's colours on the dark ground, and the page refers to it.
    std::ifstream page(dir.path() / "handout" / "index.html");
    const std::string html((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
    std::size_t sections = 0;
    for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
        scene.seek(app::illustrativeMomentS(prepared, i));
        const bool pressing = app::toolFrameOf(scene.player().frame()) && scene.player().frame().forceN > 0.0;
        const std::filesystem::path section = dir.path() / "handout" / app::handoutSectionName(i);
        EXPECT_EQ(std::filesystem::exists(section), pressing) << "step " << i + 1;
        EXPECT_EQ(html.find(app::handoutSectionName(i)) != std::string::npos, pressing) << "step " << i + 1;
        if (!pressing)
            continue;
        ++sections;
        const Image image = readPng(section);
        EXPECT_GT(image.width, 200);
        int coloured = 0;
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                coloured += image.pixel(x, y)[0] > 60 ? 1 : 0;
        EXPECT_GT(coloured, image.width * image.height / 10) << "step " << i + 1;
    }
    EXPECT_GE(sections, prepared.steps.size() - 2); // all but a stretch or aftercare without a tool
}

TEST_F(HandoutFramingGlTest, EachPictureIsThePlayersFrameOfItsMomentAndShowsTheModel)
{
    // A black or stale handout picture passed the size checks: each must be what the player shows
    // at the step's pictured moment, framed on the step, and show the model (not only the ground).
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Oblique);
    app::LessonScene scene(viewer, app::builtInLessonFiles().front());
    const technique::PreparedLesson& prepared = scene.prepared();
    const TempDir dir;
    const Camera chosen = viewer.camera();
    app::writeHandout(viewer, scene, dir.path() / "handout", technique::Audience::Student, 160, 120);
    for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
        scene.seek(app::illustrativeMomentS(prepared, i));
        viewer.camera() = chosen;
        viewer.frameBounds(viewer.withRoomForTherapist(app::workedRegion(prepared, i)));
        viewer.render(160, 120, scene.extras(app::HeatScope::Off));
        const Image player = viewer.target().readPixels();
        const Image picture = readPng(dir.path() / "handout" / app::handoutPictureName(i));
        // The same renderer on the same moment: equal but for the pulsing markers' phase.
        const CompareTolerance tolerance{6, 0.002};
        const CompareResult same = compareImages(player, picture, tolerance);
        EXPECT_TRUE(same.matches) << "step " << i + 1 << ": " << same.summary(tolerance);
        // At least a third of the picture differs from its top-left corner (the ground behind).
        const std::uint8_t* ground = picture.pixel(0, 0);
        int model = 0;
        for (int y = 0; y < picture.height; ++y)
            for (int x = 0; x < picture.width; ++x) {
                const std::uint8_t* p = picture.pixel(x, y);
                model += std::abs(p[0] - ground[0]) + std::abs(p[1] - ground[1]) + std::abs(p[2] - ground[2])
                    > 24;
            }
        EXPECT_GT(model, picture.width * picture.height / 3)
            << "step " << i + 1 << " shows little but the ground";
    }
}

} // namespace
} // namespace lumbar::test

namespace lumbar::test {
namespace {

using ViewsHandoutGlTest = GlTest;

TEST_F(ViewsHandoutGlTest, EachViewIsPicturedWithItsPinsWhereThePageNumbersThem)
{
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    viewer.resetView(ViewPreset::Posterior);
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    const glm::vec3 l3 = surface.landmark("spinous_process.l3").value();
    views::ViewCollection collection{"Class <3>", {}};
    collection.views.push_back(app::captureView(viewer, "From behind", "", 0.0));
    collection.views.back().pins = {{"vertebra_l3", l3, "L3"}};
    viewer.resetView(ViewPreset::Oblique);
    collection.views.push_back(app::captureView(viewer, "A lesson moment", "lumbar-basic", 1850.0));
    collection.views.push_back(app::captureView(viewer, "A lost lesson", "no-such-lesson", 0.0));

    const TempDir dir;
    const app::ViewsHandoutResult written
        = app::writeViewsHandout(viewer, collection, dir.path() / "views", 320, 240);
    EXPECT_EQ(written.index, dir.path() / "views" / "index.html");
    ASSERT_EQ(written.problems.size(), 1u);
    EXPECT_EQ(written.problems[0], "view 3 (\"A lost lesson\"): the lesson \"no-such-lesson\" is not found");
    std::ifstream page(written.index);
    const std::string html((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
    for (std::size_t i = 0; i < 3; ++i) {
        const Image image = readPng(dir.path() / "views" / app::viewsHandoutPictureName(i));
        EXPECT_EQ(image.width, 320);
        EXPECT_EQ(image.height, 240);
        EXPECT_NE(html.find(app::viewsHandoutPictureName(i)), std::string::npos);
    }
    // The pin's badge sits where its dot is drawn: the picture is the pin's yellow there.
    const std::size_t style = html.find("class=\"pin\" style=\"left:");
    ASSERT_NE(style, std::string::npos);
    float left = 0.0f;
    float top = 0.0f;
    ASSERT_EQ(std::sscanf(html.c_str() + style, "class=\"pin\" style=\"left:%f%%;top:%f%%", &left, &top), 2);
    const Image first = readPng(dir.path() / "views" / app::viewsHandoutPictureName(0));
    const std::uint8_t* pixel = first.pixel(int(left / 100.0f * 320.0f), int(top / 100.0f * 240.0f));
    EXPECT_GT(pixel[0], 200);
    EXPECT_GT(pixel[1], 150);
    EXPECT_LT(pixel[2], 90);
    // The lesson moment is drawn: the elbow's picture differs from the same view without it.
    const Image withLesson = readPng(dir.path() / "views" / app::viewsHandoutPictureName(1));
    const Image without = readPng(dir.path() / "views" / app::viewsHandoutPictureName(2));
    EXPECT_GT(compareImages(withLesson, without, {12, 0.0}).failingFraction, 0.01);
}

} // namespace
} // namespace lumbar::test
