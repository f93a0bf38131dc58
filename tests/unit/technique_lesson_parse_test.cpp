// Lesson parsing: a valid lesson reads completely; every kind of mistake gives its exact message.
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "technique/lesson.hpp"
#include "technique/lesson_write.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace lumbar::technique {
namespace {

using Json = nlohmann::json;

/// The messages of parsing `lesson` as "lesson.json" against the lumbar knowledge base.
std::vector<std::string> problemsOf(const Json& lesson)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    const LessonParseResult result = parseLesson(lesson.dump(), "lesson.json", &knowledge);
    EXPECT_EQ(result.lesson.has_value(), result.problems.empty());
    std::vector<std::string> messages;
    for (const Problem& problem : result.problems)
        messages.push_back(problem.text());
    return messages;
}

using Messages = std::vector<std::string>;

TEST(LessonParse, ReadsEveryFieldOfAValidLesson)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    const LessonParseResult result = parseLesson(test::validLessonJson().dump(), "lesson.json", &knowledge);
    ASSERT_TRUE(result.ok()) << (result.problems.empty() ? "" : result.problems[0].text());
    const Lesson& lesson = *result.lesson;
    EXPECT_EQ(lesson.id, "test-lesson");
    EXPECT_EQ(lesson.patientPosition, "prone");
    ASSERT_EQ(lesson.steps.size(), 2u);
    const Step& glide = lesson.steps[0];
    EXPECT_EQ(glide.phase, Phase::DeepWork);
    EXPECT_EQ(glide.tool, ToolKind::Forearm);
    ASSERT_TRUE(glide.stroke.has_value());
    EXPECT_EQ(glide.stroke->kind, StrokeKind::Glide);
    EXPECT_EQ(glide.stroke->direction, StrokeDirection::AlongFibres);
    EXPECT_EQ(glide.stroke->repeat, RepeatMode::BackAndForth);
    EXPECT_DOUBLE_EQ(glide.stroke->speedCmS, 2.0);
    EXPECT_EQ(glide.stroke->repetitions, 2);
    ASSERT_EQ(glide.stroke->path.size(), 2u);
    EXPECT_EQ(glide.stroke->path[1].structure, "longissimus_thoracis.left");
    EXPECT_DOUBLE_EQ(glide.stroke->path[1].u, 0.9);
    ASSERT_EQ(glide.forceProfile.size(), 3u);
    EXPECT_DOUBLE_EQ(glide.forceProfile[1].u, 0.5);
    EXPECT_DOUBLE_EQ(glide.forceProfile[1].forceN, 40.0);
    EXPECT_EQ(glide.explain.patient.avoid, "patient avoid");
    EXPECT_EQ(glide.checkIn, "How is the pressure?");
    const Step& hold = lesson.steps[1];
    EXPECT_FALSE(hold.stroke.has_value());
    ASSERT_EQ(hold.pressurePoints.size(), 2u);
    EXPECT_EQ(hold.pressurePoints[1].anchor.landmark, "psis.left");
    EXPECT_DOUBLE_EQ(hold.pressurePoints[0].holdS, 45.0);
    EXPECT_DOUBLE_EQ(hold.pressurePoints[0].forceN, 30.0);
    EXPECT_DOUBLE_EQ(hold.durationS, 60.0);
}

TEST(LessonParse, NamesAToolThatDoesNotExist)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][1]["tool"] = "elbo";
    EXPECT_EQ(problemsOf(lesson),
        Messages{"lesson.json: steps[1].tool: \"elbo\" is not a tool; expected one of "
                 "fingertip, thumb, knuckles, elbow, forearm, palm"});
}

TEST(LessonParse, NamesUnknownPhasesKindsDirectionsAndRepeatModes)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["phase"] = "warmup";
    lesson["steps"][0]["stroke"]["kind"] = "rolling";
    lesson["steps"][0]["stroke"]["direction"] = "up";
    lesson["steps"][0]["stroke"]["repeat"] = "loop";
    lesson["steps"][0]["approach"] = "above";
    EXPECT_EQ(problemsOf(lesson),
        (Messages{
            "lesson.json: steps[0].phase: \"warmup\" is not a phase; expected one of assessment, warm-up, "
            "deep work, flush, stretch, aftercare",
            "lesson.json: steps[0].approach: \"above\" is not an approach; expected one of posterior, "
            "lateral",
            "lesson.json: steps[0].stroke.kind: \"rolling\" is not a stroke kind; expected one of "
            "effleurage, "
            "glide, stripping, cross-fibre friction, sustained compression, kneading",
            "lesson.json: steps[0].stroke.direction: \"up\" is not a stroke direction; expected one of "
            "superior, "
            "inferior, medial, lateral, along fibres, across fibres, circular",
            "lesson.json: steps[0].stroke.repeat: \"loop\" is not a repeat mode; expected one of back and "
            "forth, "
            "return"}));
}

TEST(LessonParse, ReportsUnknownFieldsWithTheAllowedOnes)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["stroke"]["sped_cm_s"] = 2;
    lesson["colour"] = "blue";
    EXPECT_EQ(problemsOf(lesson),
        (Messages{"lesson.json: colour: unknown field; expected one of format, version, id, title, summary, "
                  "patient_position, steps",
            "lesson.json: steps[0].stroke.sped_cm_s: unknown field; expected one of kind, path, direction, "
            "speed_cm_s, repetitions, repeat"}));
}

TEST(LessonParse, ReportsWrongTypes)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["stroke"]["speed_cm_s"] = "slow";
    lesson["steps"][0]["stroke"]["repetitions"] = 1.5;
    lesson["steps"][0]["title"] = 3;
    lesson["steps"][1]["cautions"] = "none";
    EXPECT_EQ(problemsOf(lesson),
        (Messages{"lesson.json: steps[0].title: expected a string, found number",
            "lesson.json: steps[0].stroke.speed_cm_s: expected a number, found string",
            "lesson.json: steps[0].stroke.repetitions: expected an integer, found number",
            "lesson.json: steps[1].cautions: expected an array of strings, found string"}));
}

TEST(LessonParse, ReportsNumbersOutOfRangeWithTheirUnits)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["stroke"]["speed_cm_s"] = 120;
    lesson["steps"][0]["stroke"]["repetitions"] = 0;
    lesson["steps"][0]["stroke"]["path"][0]["u"] = 1.5;
    lesson["steps"][0]["stroke"]["path"][1]["v"] = -0.25;
    lesson["steps"][0]["pressure"]["profile"][1][1] = 400;
    lesson["steps"][1]["pressure_points"][0]["hold_s"] = 0.5;
    lesson["steps"][1]["pressure_points"][1]["force_N"] = -1;
    lesson["steps"][1]["duration_s"] = 7200;
    lesson["steps"][1]["contact_area_cm2"] = 0.1;
    EXPECT_EQ(problemsOf(lesson),
        (Messages{"lesson.json: steps[0].stroke.speed_cm_s: 120 is out of range; expected 0.1 to 60 cm/s",
            "lesson.json: steps[0].stroke.repetitions: 0 is out of range; expected 1 to 100",
            "lesson.json: steps[0].stroke.path[0].u: 1.5 is out of range; expected 0 to 1",
            "lesson.json: steps[0].stroke.path[1].v: -0.25 is out of range; expected 0 to 1",
            "lesson.json: steps[0].pressure.profile[1][1]: 400 is out of range; expected 0 to 300 N",
            "lesson.json: steps[1].contact_area_cm2: 0.1 is out of range; expected 0.5 to 150 cm2",
            "lesson.json: steps[1].pressure_points[0].hold_s: 0.5 is out of range; expected 1 to 600 s",
            "lesson.json: steps[1].pressure_points[1].force_N: -1 is out of range; expected 0 to 300 N",
            "lesson.json: steps[1].duration_s: 7200 is out of range; expected 1 to 3600 s"}));
}

TEST(LessonParse, ChecksStructureIdsAndLandmarks)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["targets"] = Json::array({"multifidus.left", "erector_spinae.left"});
    lesson["steps"][1]["pressure_points"][1]["anchor"]["landmark"] = "psis.lft";
    lesson["steps"][1]["pressure_points"][0]["anchor"]["structure"] = "quadratus.left";
    EXPECT_EQ(problemsOf(lesson)[0],
        "lesson.json: steps[0].targets[1]: \"erector_spinae.left\" is not a structure in the knowledge base");
    EXPECT_EQ(problemsOf(lesson)[1],
        "lesson.json: steps[1].pressure_points[0].anchor.structure: \"quadratus.left\" is not a structure in "
        "the "
        "knowledge base");
    EXPECT_TRUE(
        problemsOf(lesson)[2].starts_with("lesson.json: steps[1].pressure_points[1].anchor.landmark: "
                                          "\"psis.lft\" is not a landmark; expected one of psis.left, "
                                          "psis.right, iliac_crest.left"));
    EXPECT_EQ(problemsOf(lesson).size(), 3u);
    // Without a knowledge base the ids are not checked, the landmark still is.
    EXPECT_EQ(parseLesson(lesson.dump(), "lesson.json").problems.size(), 1u);
}

TEST(LessonParse, TriggerPointsAreThoseOfTheStepsTargetsAndWriteBack)
{
    KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    for (StructureInfo& structure : knowledge.structures)
        if (structure.id == "longissimus_thoracis.left")
            structure.referral.triggerPoints.push_back({"l2", "at L2", 0.4, 0.5});
    const auto messages = [&](const Json& points) {
        Json lesson = test::validLessonJson();
        lesson["steps"][0]["trigger_points"] = points;
        Messages out;
        for (const Problem& problem : parseLesson(lesson.dump(), "lesson.json", &knowledge).problems)
            out.push_back(problem.text());
        return out;
    };
    EXPECT_EQ(messages(Json::array({"l2", "t12_l1"})), Messages{});
    EXPECT_EQ(messages(Json::array({"deep_upper"})),
        Messages{"lesson.json: steps[0].trigger_points[0]: \"deep_upper\" is not a trigger point of the "
                 "step's targets; they have \"t12_l1\", \"l2\""});
    EXPECT_EQ(messages(Json::array({"l2", 7, "l2"})),
        (Messages{"lesson.json: steps[0].trigger_points[1]: expected a string, found number",
            "lesson.json: steps[0].trigger_points[2]: \"l2\" is named twice"}));
    // Against a knowledge base without patterns.
    KnowledgeBase bare = knowledge;
    for (StructureInfo& structure : bare.structures)
        structure.referral.triggerPoints.clear();
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["trigger_points"] = Json::array({"l2"});
    const LessonParseResult without = parseLesson(lesson.dump(), "lesson.json", &bare);
    ASSERT_EQ(without.problems.size(), 1u);
    EXPECT_EQ(without.problems[0].text(),
        "lesson.json: steps[0].trigger_points[0]: \"l2\" is not a trigger point of the step's targets; none "
        "of them has trigger points in the knowledge base");

    // Read and written back, field by field; without a knowledge base the ids are taken as they are.
    const LessonParseResult read = parseLesson(lesson.dump(), "lesson.json", &knowledge);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.lesson->steps[0].triggerPoints, std::vector<std::string>{"l2"});
    const LessonParseResult again = parseLesson(writeLesson(*read.lesson), "again.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.lesson, *read.lesson);
}

TEST(LessonParse, ChecksTheShapeOfAnchorsPathsAndProfiles)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["stroke"]["path"]
        = Json::array({{{"structure", "multifidus.left"}, {"u", 0.2}, {"v", 0.1}}});
    lesson["steps"][0]["pressure"]["profile"] = Json::array({{0, 10}, {0.6, 20}, {0.6, 30}});
    lesson["steps"][1]["pressure_points"][1]["anchor"]["structure"] = "multifidus.left";
    EXPECT_EQ(problemsOf(lesson),
        (Messages{"lesson.json: steps[0].stroke.path: a glide stroke needs at least 2 anchors",
            "lesson.json: steps[0].pressure.profile[2][0]: u must increase along the profile",
            "lesson.json: steps[1].pressure_points[1].anchor: an anchor names either a \"structure\" (with "
            "\"u\" and "
            "\"v\") or a \"landmark\""}));
}

TEST(LessonParse, AMovingStrokeWhoseAnchorsAllNameOnePlaceIsAProblem)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["stroke"]["path"]
        = Json::array({{{"structure", "longissimus_thoracis.left"}, {"u", 0.2}, {"v", 0.5}},
            {{"structure", "longissimus_thoracis.left"}, {"u", 0.2}, {"v", 0.5}},
            {{"structure", "longissimus_thoracis.left"}, {"u", 0.2}, {"v", 0.5}}});
    EXPECT_EQ(problemsOf(lesson),
        (Messages{
            "lesson.json: steps[0].stroke.path: every anchor of this glide stroke names the same place, so "
            "the path has no length; move one, or make the step a sustained compression"}));
    // Held in place, one place is what the stroke means.
    lesson["steps"][0]["stroke"]["kind"] = "sustained compression";
    EXPECT_EQ(problemsOf(lesson), Messages{});
    // One anchor moved: a path.
    lesson["steps"][0]["stroke"]["kind"] = "glide";
    lesson["steps"][0]["stroke"]["path"][2]["u"] = 0.8;
    EXPECT_EQ(problemsOf(lesson), Messages{});
}

TEST(LessonParse, ReportsMissingFieldsAndEmptyTexts)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0].erase("check_in");
    lesson["steps"][0].erase("pressure");
    lesson["steps"][1]["explain"]["patient"]["why"] = "";
    lesson.erase("title");
    EXPECT_EQ(problemsOf(lesson),
        (Messages{"lesson.json: \"title\" is missing", "lesson.json: steps[0]: \"pressure\" is missing",
            "lesson.json: steps[0]: \"check_in\" is missing",
            "lesson.json: steps[1].explain.patient.why: must not be empty"}));
}

TEST(LessonParse, RefusesEmptyLessonsNewerVersionsAndOtherFiles)
{
    Json lesson = test::validLessonJson();
    lesson["steps"] = Json::array();
    EXPECT_EQ(problemsOf(lesson), Messages{"lesson.json: steps: a lesson needs at least one step"});
    lesson = test::validLessonJson();
    lesson["version"] = 2;
    EXPECT_EQ(problemsOf(lesson),
        Messages{"lesson.json: version: 2 is newer than this build reads (1); update LumbarLab to open this "
                 "lesson"});
    lesson["format"] = "lumbarlab-structures";
    EXPECT_EQ(problemsOf(lesson),
        Messages{"lesson.json: format: \"lumbarlab-structures\" is not \"lumbarlab-lesson\"; is this a "
                 "lesson file?"});
}

TEST(LessonParse, CollectsEveryProblemAndNeverThrows)
{
    Json lesson = test::validLessonJson();
    lesson["steps"][0]["tool"] = "elbo";
    lesson["steps"][1]["pressure_points"][0]["force_N"] = 1000;
    lesson["steps"].push_back("not a step");
    EXPECT_EQ(problemsOf(lesson),
        (Messages{
            "lesson.json: steps[0].tool: \"elbo\" is not a tool; expected one of fingertip, thumb, knuckles, "
            "elbow, forearm, palm",
            "lesson.json: steps[1].pressure_points[0].force_N: 1000 is out of range; expected 0 to 300 N",
            "lesson.json: steps[2]: expected a step object, found string"}));

    const LessonParseResult broken = parseLesson("{\"format\": ", "broken.json");
    ASSERT_EQ(broken.problems.size(), 1u);
    EXPECT_FALSE(broken.lesson.has_value());
    EXPECT_EQ(broken.problems[0].text().rfind("broken.json: not valid JSON: parse error at line 1", 0), 0u)
        << broken.problems[0].text();
}

TEST(LessonParse, ANumberTooLargeForADoubleIsReportedNotThrown)
{
    // nlohmann throws out_of_range, not parse_error, for this: it once escaped --check-routine.
    const std::string text = R"({"format": "lumbarlab-lesson", "version": 1)" + std::string(4000, '0') + "}";
    const LessonParseResult result = parseLesson(text, "huge.json");
    EXPECT_FALSE(result.lesson.has_value());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].text(),
        "huge.json: not valid JSON: parse error at line 1, column 4043: number overflow parsing "
        "'10000000000000000000...'");
}

TEST(LessonParse, LoadsFilesAndReportsMissingOnes)
{
    test::TempDir folder;
    const std::filesystem::path path = folder.path() / "good.json";
    std::ofstream(path) << test::validLessonJson().dump(2);
    EXPECT_TRUE(loadLesson(path).ok());
    const LessonParseResult missing = loadLesson(folder.path() / "missing.json");
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_EQ(missing.problems[0].text(),
        (folder.path() / "missing.json").string()
            + ": cannot open the file; check that it exists and is readable");
}

TEST(LessonParse, KnowsEveryLandmark)
{
    EXPECT_EQ(landmarkNames().size(), 21u);
}

} // namespace
} // namespace lumbar::technique
