// Writing lessons: the exact text of a small lesson, exact round trips of numbers, optional fields
// and all three built-in lessons, and refusal of a newer format version.
#include "core/error.hpp"
#include "support/technique_fixture.hpp"
#include "technique/lesson_write.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lumbar::technique {
namespace {

Lesson parsed(const std::string& text, const KnowledgeBase* knowledge = nullptr)
{
    const LessonParseResult result = parseLesson(text, "lesson.json", knowledge);
    for (const Problem& problem : result.problems)
        ADD_FAILURE() << problem.text();
    return result.lesson.value_or(Lesson{});
}

Explanation explanation(const std::string& who)
{
    return {who + " what", who + " why", who + " how", who + " avoid"};
}

/// One hold step with every required field and nothing optional.
Lesson minimalLesson()
{
    Step step;
    step.title = "Hold";
    step.phase = Phase::DeepWork;
    step.tool = ToolKind::Thumb;
    step.targets = {"quadratus_lumborum.left"};
    step.pressurePoints = {{Anchor{"", 0.5, 0.5, "psis.left"}, 30.0, 20.5}};
    step.durationS = 60.0;
    step.explain = {explanation("s"), explanation("i"), explanation("p")};
    step.checkIn = "OK?";
    step.sources = {"Chaves et al. 2020"};
    return Lesson{"mini", "Mini", "One hold.", "prone", {step}};
}

TEST(LessonWrite, WritesTheDocumentedKeyOrderWithTwoSpaceIndentAndATrailingNewline)
{
    const std::string expected = R"({
  "format": "lumbarlab-lesson",
  "version": 1,
  "id": "mini",
  "title": "Mini",
  "summary": "One hold.",
  "patient_position": "prone",
  "steps": [
    {
      "title": "Hold",
      "phase": "deep work",
      "tool": "thumb",
      "targets": [
        "quadratus_lumborum.left"
      ],
      "pressure_points": [
        {
          "anchor": {
            "landmark": "psis.left"
          },
          "hold_s": 30,
          "force_N": 20.5
        }
      ],
      "duration_s": 60,
      "explain": {
        "student": {
          "what": "s what",
          "why": "s why",
          "how": "s how",
          "avoid": "s avoid"
        },
        "instructor": {
          "what": "i what",
          "why": "i why",
          "how": "i how",
          "avoid": "i avoid"
        },
        "patient": {
          "what": "p what",
          "why": "p why",
          "how": "p how",
          "avoid": "p avoid"
        }
      },
      "check_in": "OK?",
      "sources": [
        "Chaves et al. 2020"
      ]
    }
  ]
}
)";
    EXPECT_EQ(writeLesson(minimalLesson()), expected);
    EXPECT_EQ(parsed(expected), minimalLesson());
}

TEST(LessonWrite, WritesAStrokeWithItsOptionalFieldsInOrder)
{
    Lesson lesson = minimalLesson();
    Step& step = lesson.steps[0];
    step.contactAreaCm2 = 2.5;
    step.stroke = Stroke{StrokeKind::CrossFibreFriction,
        {Anchor{"quadratus_lumborum.left", 0.25, 0.75, ""}, Anchor{"", 0.5, 0.5, "iliac_crest.left"}},
        StrokeDirection::AcrossFibres, 0.5, 4, RepeatMode::BackAndForth};
    step.forceProfile = {{0.0, 40.0}};
    step.cautions = {"Careful."};
    const std::string text = writeLesson(lesson);
    const char* const inOrder[] = {"\"title\": \"Hold\"", "\"phase\"", "\"tool\"",
        "\"contact_area_cm2\": 2.5", "\"targets\"", "\"stroke\"", "\"kind\": \"cross-fibre friction\"",
        "\"direction\": \"across fibres\"", "\"speed_cm_s\": 0.5", "\"repetitions\": 4",
        "\"repeat\": \"back and forth\"", "\"path\"", "\"structure\": \"quadratus_lumborum.left\"",
        "\"u\": 0.25", "\"v\": 0.75", "\"landmark\": \"iliac_crest.left\"",
        "\"pressure\": {\n        \"force_N\": 40\n      }", "\"pressure_points\"", "\"duration_s\"",
        "\"explain\"", "\"cautions\"", "\"check_in\"", "\"sources\""};
    std::size_t position = 0;
    for (const char* key : inOrder) {
        const std::size_t found = text.find(key, position);
        ASSERT_NE(found, std::string::npos) << key << " after " << position << " in\n" << text;
        position = found;
    }
    EXPECT_EQ(parsed(text), lesson);
}

TEST(LessonWrite, AProfileOfOneSampleAwayFromTheStartKeepsTheProfileForm)
{
    Lesson lesson = minimalLesson();
    lesson.steps[0].stroke
        = Stroke{StrokeKind::SustainedCompression, {Anchor{"quadratus_lumborum.left", 0.5, 0.5, ""}},
            StrokeDirection::Medial, 1.0, 1, RepeatMode::Return};
    lesson.steps[0].forceProfile = {{0.5, 30.0}};
    const std::string text = writeLesson(lesson);
    EXPECT_NE(text.find("\"profile\": [\n          [\n            0.5,\n            30\n          ]"),
        std::string::npos)
        << text;
    EXPECT_EQ(parsed(text), lesson);
}

TEST(LessonWrite, AnAudiencesTitleIsWrittenFirstInItsTextsOnlyWhenGiven)
{
    Lesson lesson = minimalLesson();
    lesson.steps[0].explain.patient.title = "Steady thumb pressure above the hip";
    lesson.steps[0].explain.patient.cautions = {"No pressure on the bumps of your spine."};
    const std::string text = writeLesson(lesson);
    EXPECT_NE(
        text.find(
            "\"avoid\": \"p avoid\",\n          \"cautions\": [\n            \"No pressure on the bumps"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("\"patient\": {\n          \"title\": \"Steady thumb pressure above the hip\",\n"
                        "          \"what\": \"p what\""),
        std::string::npos)
        << text;
    EXPECT_EQ(text.find("\"title\": \"\""), std::string::npos); // the others have none
    EXPECT_EQ(parsed(text), lesson);
}

TEST(LessonWrite, NumbersSurviveExactly)
{
    const double awkward[] = {0.1, 1.0 / 3.0, 0.1 + 0.2, std::nextafter(0.5, 1.0), std::nextafter(1.0, 0.0),
        5e-324, 1e-7, 0.0, 1.0, 0.123456789012345678};
    for (const double value : awkward) {
        Lesson lesson = minimalLesson();
        lesson.steps[0].pressurePoints[0].anchor = Anchor{"quadratus_lumborum.left", value, 1.0 - value, ""};
        lesson.steps[0].pressurePoints[0].forceN = value * 300.0;
        lesson.steps[0].durationS = 1.0 + value * 3599.0;
        lesson.steps[0].contactAreaCm2 = 0.5 + value * 149.5;
        const Lesson back = parsed(writeLesson(lesson));
        ASSERT_EQ(back.steps.size(), 1u);
        const PressurePoint& point = back.steps[0].pressurePoints.at(0);
        EXPECT_EQ(point.anchor.u, value);
        EXPECT_EQ(point.anchor.v, 1.0 - value);
        EXPECT_EQ(point.forceN, value * 300.0);
        EXPECT_EQ(back.steps[0].durationS, 1.0 + value * 3599.0);
        EXPECT_EQ(back.steps[0].contactAreaCm2, 0.5 + value * 149.5);
        EXPECT_EQ(back, lesson) << value;
    }
}

TEST(LessonWrite, TheTestLessonRoundTripsFieldByField)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    const Lesson lesson = parsed(test::validLessonJson().dump(), &knowledge);
    const std::string text = writeLesson(lesson);
    EXPECT_EQ(parsed(text, &knowledge), lesson);
    EXPECT_EQ(writeLesson(parsed(text, &knowledge)), text);
}

TEST(LessonWrite, EveryBuiltInLessonRoundTripsExactly)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    for (const char* name : {"lumbar-basic.json", "quadratus-lumborum.json", "forearm-erector-spinae.json"}) {
        const LessonParseResult loaded = loadLesson(test::builtInLessonDir() / name, &knowledge);
        ASSERT_TRUE(loaded.ok()) << name;
        const std::string written = writeLesson(*loaded.lesson);
        const LessonParseResult again = parseLesson(written, name, &knowledge);
        ASSERT_TRUE(again.ok()) << name;
        EXPECT_EQ(*again.lesson, *loaded.lesson) << name;
        EXPECT_EQ(writeLesson(*again.lesson), written) << name;
    }
}

TEST(LessonWrite, ALessonWithProblemsIsWrittenSoThatParsingReportsThemAtTheirPlaces)
{
    Lesson lesson = minimalLesson();
    lesson.title.clear();
    lesson.steps[0].forceProfile = {{0.0, 10.0}}; // a profile without a stroke
    const LessonParseResult result = parseLesson(writeLesson(lesson), "lesson.json");
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0].text(), "lesson.json: title: must not be empty");
    EXPECT_EQ(result.problems[1].text(),
        "lesson.json: steps[0].pressure: \"pressure\" applies to a \"stroke\", which this step lacks");
}

TEST(LessonWrite, TextThatIsNotUtf8IsRefusedWithAnError)
{
    Lesson lesson = minimalLesson();
    lesson.title = "bad \xff byte";
    EXPECT_THROW(writeLesson(lesson), Error);
}

TEST(LessonWrite, AFileOfANewerVersionIsRefusedWithTheParsersMessage)
{
    std::string text = writeLesson(minimalLesson());
    text.replace(text.find("\"version\": 1"), 12, "\"version\": 2");
    const LessonParseResult result = parseLesson(text, "future.json");
    EXPECT_FALSE(result.lesson.has_value());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].text(),
        "future.json: version: 2 is newer than this build reads (1); update LumbarLab to open this lesson");
}

} // namespace
} // namespace lumbar::technique
