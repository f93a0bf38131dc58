// The views handout: each view applied to the viewer, rendered and written, then the page.
#include "export/views_handout.hpp"

#include "export/handout_export.hpp"
#include "export/views_handout_html.hpp"
#include "image/png_io.hpp"
#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/marker_dots.hpp"
#include "session/referral_overlay.hpp"
#include "session/view_capture.hpp"
#include "session/viewer.hpp"
#include "technique/anatomy_surface.hpp"

#include <memory>

namespace lumbar::app {

ViewsHandoutResult writeViewsHandout(Viewer& viewer, const views::ViewCollection& collection,
    const std::filesystem::path& folder, int width, int height)
{
    prepareHandoutFolder(folder);
    ViewsHandoutResult result;
    const technique::AnatomySurface surface(viewer.model(), &viewer.knowledgeBase());
    const MarkerDots dots;
    ReferralOverlay referral;
    std::vector<ViewsHandoutPicture> pictures;
    for (std::size_t i = 0; i < collection.views.size(); ++i) {
        const views::SavedView& view = collection.views[i];
        const std::string place = "view " + std::to_string(i + 1) + " (\"" + view.name + "\"): ";
        for (const std::string& problem : applyView(viewer, view))
            result.problems.push_back(place + problem);
        // The whole picture is the view: no panels to frame round.
        viewer.camera().framingMin = glm::vec2(0.0f);
        viewer.camera().framingMax = glm::vec2(1.0f);
        SceneExtras extras;
        std::unique_ptr<LessonScene> moment;
        if (!view.lesson.empty()) {
            if (const std::optional<std::filesystem::path> lesson = resolveLesson(view.lesson)) {
                moment = std::make_unique<LessonScene>(viewer, *lesson);
                moment->seek(view.timeS);
                extras = moment->extras(HeatScope::Off);
            } else {
                result.problems.push_back(place + "the lesson \"" + view.lesson + "\" is not found");
            }
        }
        referral.addTo(extras, viewer, surface);
        const glm::vec3 eye = viewer.camera().eye();
        ViewsHandoutPicture picture;
        for (const views::ViewPin& pin : view.pins) {
            dots.add(extras, pin.pointM, eye, kPinDotM, kPinDot);
            const glm::vec2 at = viewer.camera().project(pin.pointM, float(width), float(height));
            const bool inside = at.x >= 0.0f && at.y >= 0.0f && at.x <= float(width) && at.y <= float(height);
            picture.pins.push_back(
                inside ? std::optional(at / glm::vec2(float(width), float(height))) : std::nullopt);
        }
        viewer.render(width, height, extras);
        picture.picture = {viewsHandoutPictureName(i), width, height};
        writePng(folder / picture.picture.source, viewer.target().readPixels());
        pictures.push_back(std::move(picture));
    }
    result.index = folder / "index.html";
    writeHandoutPage(result.index, viewsHandoutHtml(collection, pictures, viewer.knowledgeBase()));
    return result;
}

} // namespace lumbar::app
