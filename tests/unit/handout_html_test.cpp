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

TEST(HandoutHtml, WhatLiesUnderTheToolWithItsSectionAndDepths)
{
    HandoutUnderTool under;
    under.section = {handoutSectionName(0), 480, 360};
    under.surfacePressureKPa = 20.0;
    under.rows = {{"Skin & fat", 0.0, 20.0, {0.95f, 0.84f, 0.52f}},
        {"Longissimus thoracis (left)", 0.021, 12.5, {0.8f, 0.4f, 0.38f}}};
    const std::vector<std::optional<HandoutUnderTool>> underTool{under, std::nullopt};
    const std::string student
        = handoutHtml(twoStepLesson(), names(), Audience::Student, kPictures, underTool);
    // Only the first step has one, after its texts.
    EXPECT_EQ(count(student, "<div class=\"under\">"), 1u);
    EXPECT_LT(student.find("student avoid"), student.find("<div class=\"under\">"));
    EXPECT_LT(student.find("<div class=\"under\">"), student.find("id=\"step-2\""));
    EXPECT_EQ(handoutSectionName(0), "images/step-01-section.png");
    EXPECT_EQ(handoutSectionName(11), "images/step-12-section.png");
    EXPECT_NE(student.find("<img src=\"images/step-01-section.png\" width=\"480\" height=\"360\""),
        std::string::npos);
    EXPECT_NE(student.find("a tenth of the 20 kPa under the tool"), std::string::npos);
    EXPECT_NE(student.find("<tr><td><span class=\"swatch\" style=\"background:#f2d685\"></span></td><td>0.0 "
                           "cm</td><td>20 kPa</td><td>Skin &amp; fat</td></tr>"),
        std::string::npos);
    EXPECT_NE(student.find("<td>2.1 cm</td><td>12 kPa</td><td>Longissimus thoracis (left)</td>"),
        std::string::npos);
    EXPECT_NE(student.find("Boussinesq 1885; Love 1929"), std::string::npos);
    // Patients read shares of the pressure felt on the skin, not kPa.
    const std::string patient
        = handoutHtml(twoStepLesson(), names(), Audience::Patient, kPictures, underTool);
    EXPECT_NE(
        patient.find("<td>2.1 cm</td><td>62%</td><td>Longissimus thoracis (left)</td>"), std::string::npos);
    EXPECT_NE(patient.find("Share of the pressure on the skin"), std::string::npos);
    const std::size_t from = patient.find("<div class=\"under\">");
    const std::string section = patient.substr(from, patient.find("</div>", from) - from);
    EXPECT_EQ(section.find("kPa"), std::string::npos) << section;
}

TEST(HandoutHtml, ListsTheFullReferencesTheStepsCite)
{
    PreparedLesson prepared = twoStepLesson();
    prepared.lesson.steps[0].sources
        = {"Speed: C-tactile afferents (Löken et al. 2009)", "a LumbarLab convention"};
    prepared.lesson.steps[1].sources = {"Red flags: Finucane et al. 2020", "again Löken et al. 2009"};
    const std::string html = handoutHtml(prepared, names(), Audience::Student, kPictures);
    const std::size_t from = html.find("<section class=\"references\">");
    ASSERT_NE(from, std::string::npos);
    const std::string section = html.substr(from, html.find("</section>", from) - from);
    EXPECT_EQ(count(section, "<li>"), 2u); // each once, in bibliography order
    EXPECT_LT(section.find("Finucane LM"), section.find("Löken LS"));
    EXPECT_NE(
        section.find("Coding of pleasant touch by unmyelinated afferents in humans"), std::string::npos);
    // Without citations, no references section.
    EXPECT_EQ(
        handoutHtml(twoStepLesson(), names(), Audience::Student, kPictures).find("class=\"references\""),
        std::string::npos);
}

} // namespace
} // namespace lumbar::app
