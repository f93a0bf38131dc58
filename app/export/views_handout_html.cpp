// The views handout page.
#include "export/views_handout_html.hpp"

#include "anatomy/knowledge_base.hpp"
#include "session/step_card.hpp"

#include <cassert>
#include <cmath>
#include <cstdio>

namespace lumbar::app {
namespace {

/// The pins' badges over the picture: positioned in percent, so they stay on their spots at any
/// printed size.
constexpr const char* kPinStyle = R"(
.pictured { position: relative; display: inline-block; max-width: 100%; }
.pictured img { display: block; }
.pin { position: absolute; transform: translate(-50%, -50%); min-width: 1.5em; height: 1.5em;
  border-radius: 0.75em; background: #f2be1a; color: #1d1d1f; border: 2px solid #fff; font-weight: bold;
  font-size: 0.8em; line-height: 1.5em; text-align: center; print-color-adjust: exact;
  -webkit-print-color-adjust: exact; }
.notes li { margin: 0.3em 0; }
)";

std::string percent(float fraction)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.2f%%", double(fraction) * 100.0);
    return text;
}

void viewSection(std::string& html, const views::SavedView& view, std::size_t index,
    const ViewsHandoutPicture* picture, const KnowledgeBase& names)
{
    const std::string number = std::to_string(index + 1);
    html += "<section class=\"step\">\n<h2><span class=\"number\">" + number + ".</span> "
        + escapeHtml(view.name) + "</h2>\n";
    if (picture) {
        const HandoutPicture& image = picture->picture;
        html += "<figure><div class=\"pictured\"><img src=\"" + escapeHtml(image.source) + "\" width=\""
            + std::to_string(image.width) + "\" height=\"" + std::to_string(image.height) + "\" alt=\"View "
            + number + ": " + escapeHtml(view.name) + "\">\n";
        for (std::size_t p = 0; p < picture->pins.size(); ++p)
            if (const std::optional<glm::vec2>& at = picture->pins[p])
                html += "<span class=\"pin\" style=\"left:" + percent(at->x) + ";top:" + percent(at->y)
                    + "\">" + std::to_string(p + 1) + "</span>\n";
        html += "</div></figure>\n";
    }
    std::string shows;
    if (!view.selected.empty())
        shows += "<tr><th>Selected</th><td>" + escapeHtml(structureName(names, view.selected))
            + (view.referral ? " (its referral zones and trigger points shown)" : "") + "</td></tr>\n";
    if (!view.lesson.empty())
        shows += "<tr><th>Lesson</th><td>" + escapeHtml(view.lesson) + " at " + formatClock(view.timeS)
            + "</td></tr>\n";
    if (!view.peelTo.empty())
        shows += "<tr><th>Peeled to</th><td>" + escapeHtml(view.peelTo) + "</td></tr>\n";
    if (view.section)
        shows += "<tr><th>Section</th><td>" + escapeHtml(view.sectionOrientation) + "</td></tr>\n";
    if (!shows.empty())
        html += "<table class=\"facts\">\n" + shows + "</table>\n";
    if (!view.pins.empty()) {
        html += "<ol class=\"notes\">\n";
        for (const views::ViewPin& pin : view.pins)
            html += "<li><strong>" + escapeHtml(structureName(names, pin.structure)) + "</strong>"
                + (pin.note.empty() ? "" : ": " + escapeHtml(pin.note)) + "</li>\n";
        html += "</ol>\n";
    }
    html += "</section>\n";
}

} // namespace

std::string viewsHandoutPictureName(std::size_t viewIndex)
{
    char name[48];
    std::snprintf(name, sizeof name, "images/view-%02zu.png", viewIndex + 1);
    return name;
}

std::string viewsHandoutHtml(const views::ViewCollection& collection,
    const std::vector<ViewsHandoutPicture>& pictures, const KnowledgeBase& names)
{
    assert((pictures.empty() || pictures.size() == collection.views.size())
        && "viewsHandoutHtml: one picture per view, or none");
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += "<meta name=\"generator\" content=\"" + std::string(kHandoutGenerator) + "\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + escapeHtml(collection.title) + "</title>\n<style>" + handoutStyle() + kPinStyle
        + "</style>\n</head>\n<body>\n";
    html += "<header>\n<h1>" + escapeHtml(collection.title) + "</h1>\n<p class=\"meta\">"
        + std::to_string(collection.views.size()) + (collection.views.size() == 1 ? " view" : " views")
        + "; the numbers on each picture are its notes</p>\n</header>\n";
    for (std::size_t i = 0; i < collection.views.size(); ++i)
        viewSection(html, collection.views[i], i, pictures.empty() ? nullptr : &pictures[i], names);
    html += "<footer>Made with LumbarLab from the view collection &ldquo;" + escapeHtml(collection.title)
        + "&rdquo;.</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace lumbar::app
