// The handout page: structure, escaping, every step with its figures and picture.
#include "anatomy/knowledge_base.hpp"
#include "export/handout_html.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

using namespace technique;

std::size_t count(const std::string& text, const std::string& part)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

/// Two steps: a forearm glide with a force profile and a tricky title, an elbow hold on one point.
PreparedLesson twoStepLesson()
{
    PreparedLesson prepared;
    Lesson& lesson = prepared.lesson;
    lesson.id = "test-lesson";
    lesson.title = "Glide & hold <deep>";
    lesson.summary = "A \"short\" lesson";
    lesson.patientPosition = "prone";

    Step glide;
    glide.title = "Forearm glide <1>";
    glide.phase = Phase::DeepWork;
    glide.tool = ToolKind::Forearm;
    glide.targets = {"longissimus_thoracis.left", "unknown_id"};
    glide.stroke = Stroke{StrokeKind::Glide, {}, StrokeDirection::Superior, 2.0, 3, RepeatMode::BackAndForth};
    glide.forceProfile = {{0.0, 20.0}, {0.5, 40.0}, {1.0, 20.0}};
    glide.explain.student = {"student what", "student why", "student how", "student avoid"};
    glide.explain.patient = {"patient what & more", "patient why", "patient how", "patient avoid"};
    glide.cautions = {"Not over the <kidneys>"};
    glide.checkIn = "Is this \"ok\"?";

    Step hold;
    hold.title = "Elbow hold";
    hold.phase = Phase::DeepWork;
    hold.tool = ToolKind::Elbow;
    hold.targets = {"quadratus_lumborum.left"};
    hold.pressurePoints = {PressurePoint{{}, 45.0, 30.0}};
    hold.explain.student = {"hold what", "hold why", "hold how", "hold avoid"};
    lesson.steps = {glide, hold};

    PreparedStep first;
    first.index = 0;
    first.durationS = 30.0;
    first.contactAreaCm2 = 20.0;
    PreparedStep second;
    second.index = 1;
    second.startS = 30.0;
    second.durationS = 60.0;
    second.contactAreaCm2 = 3.0;
    prepared.steps = {first, second};
    prepared.totalDurationS = 90.0;
    return prepared;
}

KnowledgeBase names()
{
    KnowledgeBase knowledge;
    StructureInfo longissimus;
    longissimus.id = "longissimus_thoracis.left";
    longissimus.name = "Longissimus thoracis (left)";
    StructureInfo quadratus;
    quadratus.id = "quadratus_lumborum.left";
    quadratus.name = "Quadratus lumborum (left)";
    knowledge.structures = {longissimus, quadratus};
    return knowledge;
}

const std::vector<HandoutPicture> kPictures{
    {"images/step-01.png", 320, 180}, {"images/step-02.png", 320, 180}};

TEST(HandoutHtml, EscapesEveryCharacterThatMatters)
{
    EXPECT_EQ(escapeHtml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
    EXPECT_EQ(escapeHtml("plain"), "plain");
}

TEST(HandoutHtml, PictureNamesHaveTwoDigits)
{
    EXPECT_EQ(handoutPictureName(0), "images/step-01.png");
    EXPECT_EQ(handoutPictureName(11), "images/step-12.png");
    EXPECT_EQ(handoutPictureName(99), "images/step-100.png");
}

TEST(HandoutHtml, IsOneSelfContainedPrintablePage)
{
    const std::string html = handoutHtml(twoStepLesson(), names(), Audience::Student, kPictures);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_NE(html.find("</body>\n</html>\n"), std::string::npos);
    EXPECT_EQ(count(html, "<head>"), 1u);
    EXPECT_EQ(count(html, "<body>"), 1u);
    EXPECT_EQ(count(html, "<section"), count(html, "</section>"));
    EXPECT_EQ(count(html, "<table"), count(html, "</table>"));
    EXPECT_EQ(count(html, "<ul"), count(html, "</ul>"));
    EXPECT_NE(html.find("<meta name=\"generator\" content=\"LumbarLab handout\">"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("page-break-before: always"), std::string::npos);
    // No external resources: no links, scripts, or absolute URLs.
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos);
}

TEST(HandoutHtml, EscapesLessonTexts)
{
    const std::string html = handoutHtml(twoStepLesson(), names(), Audience::Student, kPictures);
    EXPECT_NE(html.find("<title>Glide &amp; hold &lt;deep&gt;</title>"), std::string::npos);
    EXPECT_NE(html.find("<h1>Glide &amp; hold &lt;deep&gt;</h1>"), std::string::npos);
    EXPECT_NE(html.find("A &quot;short&quot; lesson"), std::string::npos);
    EXPECT_NE(html.find("Forearm glide &lt;1&gt;"), std::string::npos);
    EXPECT_NE(html.find("<li>Not over the &lt;kidneys&gt;</li>"), std::string::npos);
    EXPECT_NE(html.find("Is this &quot;ok&quot;?"), std::string::npos);
    EXPECT_EQ(html.find("<deep>"), std::string::npos);
    EXPECT_EQ(html.find("<kidneys>"), std::string::npos);
}

TEST(HandoutHtml, EveryStepWithItsFiguresAndPicture)
{
    const std::string html = handoutHtml(twoStepLesson(), names(), Audience::Student, kPictures);
    EXPECT_EQ(count(html, "<section class=\"step\""), 2u);
    EXPECT_NE(html.find("<section class=\"step\" id=\"step-1\">"), std::string::npos);
    EXPECT_NE(html.find("<section class=\"step\" id=\"step-2\">"), std::string::npos);
    EXPECT_NE(html.find("<img src=\"images/step-01.png\" width=\"320\" height=\"180\""), std::string::npos);
    EXPECT_NE(html.find("<img src=\"images/step-02.png\" width=\"320\" height=\"180\""), std::string::npos);
    EXPECT_EQ(count(html, "<img "), 2u);
    EXPECT_NE(html.find("<tr><th>Phase</th><td>deep work</td></tr>"), std::string::npos);
    EXPECT_NE(html.find("<tr><th>Tool</th><td>forearm</td></tr>"), std::string::npos);
    // Display names from the knowledge base; an unknown id stays as it is.
    EXPECT_NE(html.find("<tr><th>Targets</th><td>Longissimus thoracis (left), unknown_id</td></tr>"),
        std::string::npos);
    EXPECT_NE(html.find("<tr><th>Stroke</th><td>glide, superior, 2 cm/s, 3 x (back and forth)</td></tr>"),
        std::string::npos);
    // 20-40 N on 20 cm2 is 10-20 kPa; 30 N on an elbow's 3 cm2 is 100 kPa.
    EXPECT_NE(html.find("<tr><th>Stroke force</th><td>20-40 N = 10-20 kPa</td></tr>"), std::string::npos);
    EXPECT_NE(html.find("<tr><th>Point 1</th><td>30 N = 100 kPa, held 45 s</td></tr>"), std::string::npos);
    EXPECT_NE(html.find("<p><strong>What:</strong> student what</p>"), std::string::npos);
    EXPECT_NE(html.find("<p><strong>Avoid:</strong> hold avoid</p>"), std::string::npos);
    EXPECT_NE(html.find("<strong>Patient position:</strong> prone"), std::string::npos);
    EXPECT_NE(html.find("Safety notes"), std::string::npos);
}

TEST(HandoutHtml, UsesTheChosenAudience)
{
    const std::string html = handoutHtml(twoStepLesson(), names(), Audience::Patient, kPictures);
    EXPECT_NE(html.find("<p><strong>What happens:</strong> patient what &amp; more</p>"), std::string::npos);
    EXPECT_NE(html.find("<p><strong>Tell your therapist if:</strong> patient avoid</p>"), std::string::npos);
    EXPECT_EQ(html.find("student what"), std::string::npos);
}

TEST(HandoutHtml, WithoutPicturesHasNoImages)
{
    const std::string html = handoutHtml(twoStepLesson(), names(), Audience::Student, {});
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(count(html, "<section class=\"step\""), 2u);
}

} // namespace
} // namespace lumbar::app
