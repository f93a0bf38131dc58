// The views handout page: each view with its picture, numbered pin badges where the pins fall,
// what it shows in words and the pins' notes; every text escaped.
#include "anatomy/knowledge_base.hpp"
#include "export/views_handout_html.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

std::size_t occurrences(const std::string& text, const std::string& part)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

views::ViewCollection twoViews()
{
    views::ViewCollection collection;
    collection.title = "Week 3 <QL & friends>";
    views::SavedView first;
    first.name = "Under the \"erector\"";
    first.selected = "quadratus_lumborum.left";
    first.referral = true;
    first.peelTo = "deep_muscle";
    first.pins
        = {{"quadratus_lumborum.left", glm::vec3(0.0f), "Press <here>"}, {"unknown_id", glm::vec3(0.0f), ""}};
    views::SavedView second;
    second.name = "The elbow";
    second.lesson = "lumbar-basic";
    second.timeS = 1850.6;
    second.section = true;
    second.sectionOrientation = "sagittal";
    collection.views = {first, second};
    return collection;
}

KnowledgeBase quadratusNamed()
{
    KnowledgeBase knowledge;
    StructureInfo ql;
    ql.id = "quadratus_lumborum.left";
    ql.name = "Quadratus lumborum (left)";
    knowledge.structures = {ql};
    return knowledge;
}

TEST(ViewsHandoutHtml, EachViewHasItsPictureItsNumberedPinsAndItsNotes)
{
    const std::vector<ViewsHandoutPicture> pictures{
        {{viewsHandoutPictureName(0), 960, 540}, {glm::vec2(0.25f, 0.5f), std::nullopt}},
        {{viewsHandoutPictureName(1), 960, 540}, {}}};
    const std::string html = viewsHandoutHtml(twoViews(), pictures, quadratusNamed());
    EXPECT_EQ(viewsHandoutPictureName(0), "images/view-01.png");
    EXPECT_EQ(viewsHandoutPictureName(11), "images/view-12.png");
    // Marked as a handout, so that writing the next one over it is allowed.
    EXPECT_NE(html.find(kHandoutGenerator), std::string::npos);
    EXPECT_NE(html.find("<h1>Week 3 &lt;QL &amp; friends&gt;</h1>"), std::string::npos);
    EXPECT_EQ(occurrences(html, "<section class=\"step\">"), 2u);
    EXPECT_NE(
        html.find("<span class=\"number\">1.</span> Under the &quot;erector&quot;</h2>"), std::string::npos);
    EXPECT_NE(html.find("src=\"images/view-02.png\" width=\"960\" height=\"540\""), std::string::npos);
    // The first pin on the picture at a quarter of the width and half the height; the second, off
    // the picture, has no badge but keeps its note and number.
    EXPECT_EQ(occurrences(html, "class=\"pin\""), 1u);
    EXPECT_NE(html.find("<span class=\"pin\" style=\"left:25.00%;top:50.00%\">1</span>"), std::string::npos);
    EXPECT_NE(html.find("<li><strong>Quadratus lumborum (left)</strong>: Press &lt;here&gt;</li>"),
        std::string::npos);
    EXPECT_NE(html.find("<li><strong>unknown_id</strong></li>"), std::string::npos);
    // What each view shows, in words.
    EXPECT_NE(html.find("Quadratus lumborum (left) (its referral zones and trigger points shown)"),
        std::string::npos);
    EXPECT_NE(html.find("<th>Peeled to</th><td>deep_muscle</td>"), std::string::npos);
    EXPECT_NE(html.find("<th>Lesson</th><td>lumbar-basic at 30:50</td>"), std::string::npos);
    EXPECT_NE(html.find("<th>Section</th><td>sagittal</td>"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(ViewsHandoutHtml, AnEmptyCollectionIsAPageWithItsTitleAlone)
{
    const std::string html = viewsHandoutHtml({"Nothing yet", {}}, {}, quadratusNamed());
    EXPECT_NE(html.find("0 views"), std::string::npos);
    EXPECT_EQ(html.find("<section"), std::string::npos);
    EXPECT_NE(html.find("</html>"), std::string::npos);
}

} // namespace
} // namespace lumbar::app
