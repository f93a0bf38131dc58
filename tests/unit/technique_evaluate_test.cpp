// Paths on the surface at the stated speed, the step timeline, and evaluate() as a pure function.
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/prepared_lesson.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace lumbar::technique {
namespace {

const glm::vec3 kSphereCentre(-0.05f, 0.0f, 0.0f);
constexpr float kSphereRadius = 0.05f;

/// longissimus_thoracis.left: a sphere with vertical (meridian) fibres; quadratus_lumborum.left and
/// hip_bone.left: boxes.
Model syntheticBack()
{
    Model model;
    MeshData erector = test::makeIcosphere("longissimus_thoracis.left", kSphereCentre, kSphereRadius, 4);
    for (const glm::vec3& n : erector.normals) {
        const glm::vec3 meridian = glm::vec3(0, 1, 0) - n * n.y;
        erector.tangents.emplace_back(
            glm::length(meridian) > 1e-3f ? glm::normalize(meridian) : glm::vec3(0.0f), 1.0f);
    }
    model.meshes.push_back(erector);
    model.meshes.push_back(test::makeBox(
        "quadratus_lumborum.left", glm::vec3(-0.08f, -0.02f, -0.04f), glm::vec3(0.03f, 0.05f, 0.015f)));
    model.meshes.push_back(
        test::makeBox("hip_bone.left", glm::vec3(-0.09f, -0.12f, -0.03f), glm::vec3(0.05f, 0.05f, 0.02f)));
    return model;
}

Lesson parsedLesson(const nlohmann::json& json)
{
    LessonParseResult result = parseLesson(json.dump(), "test.json");
    EXPECT_TRUE(result.ok()) << (result.problems.empty() ? "" : result.problems[0].text());
    return *result.lesson;
}

class Playback : public ::testing::Test {
protected:
    Model model = syntheticBack();
    AnatomySurface surface{model};
    PreparedLesson prepared = prepareLesson(parsedLesson(test::validLessonJson()), surface);
};

TEST_F(Playback, PathLiesOnTheSurfaceAlongTheMeridian)
{
    ASSERT_TRUE(prepared.problems.empty()) << prepared.problems[0].text();
    const SurfacePath& path = prepared.steps[0].path;
    ASSERT_GT(path.points.size(), 40u);
    for (const glm::vec3& p : path.points) {
        EXPECT_NEAR(glm::length(p - kSphereCentre), kSphereRadius, 0.001f); // within 1 mm of the sphere
        EXPECT_NEAR(p.x, -0.05f, 0.001f); // v 0.5: the middle of the structure
        EXPECT_GT(p.z, 0.0f); // the posterior side
    }
    // u 0.1 to 0.9 of the height: y from -0.04 to 0.04, an arc of 2 asin(0.8) r on the sphere.
    EXPECT_NEAR(path.points.front().y, -0.04f, 1e-4f);
    EXPECT_NEAR(path.points.back().y, 0.04f, 1e-4f);
    EXPECT_NEAR(path.lengthM(), 2.0 * std::asin(0.8) * kSphereRadius, 0.001);
    // Points are evenly spaced by arc length (2 mm, within the re-projection's wobble).
    for (std::size_t i = 1; i < path.points.size(); ++i)
        EXPECT_NEAR(path.arcLengthM[i] - path.arcLengthM[i - 1],
            path.lengthM() / static_cast<double>(path.points.size() - 1), 1e-4);
    // Every sample the tool passes through is on the surface too.
    for (double t = 0.0; t < prepared.steps[0].strokeTimeS; t += 0.37)
        EXPECT_NEAR(glm::length(evaluate(prepared, t).toolPosition - kSphereCentre), kSphereRadius, 0.001f);
}

TEST_F(Playback, ToolMovesAtTheStatedSpeed)
{
    const PreparedStep& step = prepared.steps[0];
    EXPECT_NEAR(step.passTimeS, step.path.lengthM() / 0.02, 1e-9);
    EXPECT_NEAR(step.strokeTimeS, 2.0 * step.passTimeS, 1e-9);
    const double dt = 0.25;
    for (double t = 0.1; t + dt < step.strokeTimeS; t += 0.5) {
        if (static_cast<int>(t / step.passTimeS) != static_cast<int>((t + dt) / step.passTimeS))
            continue; // the turn at the end of a pass
        const glm::vec3 a = evaluate(prepared, t).toolPosition, b = evaluate(prepared, t + dt).toolPosition;
        EXPECT_NEAR(glm::length(b - a) / dt, 0.02, 0.02 * 0.05) << "at " << t << " s"; // within 5%
    }
}

TEST_F(Playback, GoesBackAndForthWithTheForceProfile)
{
    const PreparedStep& step = prepared.steps[0];
    const SurfacePath& path = step.path;
    const FrameState start = evaluate(prepared, 0.0);
    EXPECT_EQ(start.activity, Activity::Stroke);
    EXPECT_TRUE(start.toolInContact);
    EXPECT_EQ(start.toolPosition, path.points.front());
    EXPECT_DOUBLE_EQ(start.forceN, 20.0);
    const FrameState middle = evaluate(prepared, 0.5 * step.passTimeS);
    EXPECT_NEAR(middle.forceN, 40.0, 1e-9);
    EXPECT_NEAR(middle.pathProgress, 0.5, 1e-9);
    EXPECT_NEAR(middle.pressureKPa, 16.0, 1e-9); // 40 N on the forearm's 25 cm2
    EXPECT_NEAR(middle.discomfort, 10.0 * 16.0 / 296.0, 1e-9);
    EXPECT_NEAR(middle.indentationDepthM, indentationDepthM(TissueModel{}, 16.0), 1e-12);
    EXPECT_NEAR(middle.indentationRadiusM, 2.5 * contactRadiusM(25.0), 1e-12);
    // Travelling up the meridian, along the vertical fibres, on the posterior surface.
    EXPECT_GT(middle.toolOrientation[0].y, 0.99f);
    EXPECT_GT(middle.toolOrientation[1].z, 0.99f);
    EXPECT_LT(middle.fibreAngleDeg, 5.0);
    EXPECT_EQ(middle.fibreClass, FibreClass::Along);
    // The second pass runs back down: a quarter into it the tool is three quarters up, heading down.
    const FrameState back = evaluate(prepared, 1.25 * step.passTimeS);
    EXPECT_EQ(back.repetition, 1);
    EXPECT_NEAR(back.pathProgress, 0.75, 1e-9);
    EXPECT_FALSE(back.travellingForward);
    EXPECT_TRUE(middle.travellingForward);
    const FrameState up = evaluate(prepared, 0.75 * step.passTimeS);
    EXPECT_NEAR(glm::length(back.toolPosition - up.toolPosition), 0.0f, 1e-6f);
    EXPECT_NEAR(glm::length(back.toolOrientation[0] + up.toolOrientation[0]), 0.0f, 1e-5f);
    EXPECT_LT(back.toolOrientation[0].y, -0.85f); // cos of the 26.6 degree latitude there
    EXPECT_NEAR(back.forceN, 30.0, 1e-9); // u 0.25 of that pass
}

TEST_F(Playback, HoldsPressurePointsInTurnAndCountsDownTheirHolds)
{
    const PreparedStep& holds = prepared.steps[1];
    EXPECT_DOUBLE_EQ(prepared.steps[0].durationS, std::max(30.0, prepared.steps[0].strokeTimeS));
    EXPECT_DOUBLE_EQ(holds.startS, prepared.steps[0].durationS);
    EXPECT_DOUBLE_EQ(holds.durationS, 75.0); // 45 s + 30 s of holds outlast duration_s 60
    EXPECT_DOUBLE_EQ(prepared.totalDurationS, holds.startS + 75.0);
    ASSERT_EQ(holds.pressurePoints.size(), 2u);
    EXPECT_FLOAT_EQ(holds.pressurePoints[0].position.z, -0.025f); // quadratus box's posterior face

    const FrameState first = evaluate(prepared, holds.startS + 10.0);
    EXPECT_EQ(first.stepIndex, 1u);
    EXPECT_EQ(first.step, &prepared.lesson.steps[1]);
    EXPECT_EQ(first.activity, Activity::Hold);
    EXPECT_EQ(first.tool, ToolKind::Elbow);
    EXPECT_DOUBLE_EQ(first.forceN, 30.0);
    EXPECT_NEAR(first.pressureKPa, 30.0 / 3.5 * 10.0, 1e-9);
    EXPECT_EQ(first.fibreClass, FibreClass::None);
    ASSERT_EQ(first.pressurePoints.size(), 2u);
    EXPECT_TRUE(first.pressurePoints[0].active);
    EXPECT_NEAR(first.pressurePoints[0].remainingHoldS, 35.0, 1e-9);
    EXPECT_FALSE(first.pressurePoints[1].active);
    EXPECT_DOUBLE_EQ(first.pressurePoints[1].remainingHoldS, 30.0);

    const FrameState second = evaluate(prepared, holds.startS + 50.0);
    EXPECT_DOUBLE_EQ(second.pressurePoints[0].remainingHoldS, 0.0);
    EXPECT_TRUE(second.pressurePoints[1].active);
    EXPECT_NEAR(second.pressurePoints[1].remainingHoldS, 25.0, 1e-9);
    EXPECT_DOUBLE_EQ(second.forceN, 20.0);
    // The PSIS landmark is brought onto the quadratus box's posterior face.
    EXPECT_FLOAT_EQ(second.toolPosition.z, -0.025f);

    const FrameState end = evaluate(prepared, 1e9);
    EXPECT_DOUBLE_EQ(end.lessonTimeS, prepared.totalDurationS);
    EXPECT_EQ(end.stepIndex, 1u);
    EXPECT_EQ(end.activity, Activity::Rest);
    EXPECT_FALSE(end.toolInContact);
    EXPECT_DOUBLE_EQ(end.forceN, 0.0);
}

TEST_F(Playback, EvaluateIsPureAndOrderIndependent)
{
    std::vector<double> times;
    for (double t = -5.0; t < prepared.totalDurationS + 5.0; t += 0.731)
        times.push_back(t);
    std::vector<FrameState> forward;
    for (double t : times)
        forward.push_back(evaluate(prepared, t));
    std::vector<std::size_t> order(times.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), std::mt19937(3));
    for (std::size_t i : order) {
        const FrameState again = evaluate(prepared, times[i]);
        EXPECT_EQ(again.stepIndex, forward[i].stepIndex);
        EXPECT_EQ(again.toolPosition, forward[i].toolPosition);
        EXPECT_EQ(again.toolOrientation, forward[i].toolOrientation);
        EXPECT_EQ(again.forceN, forward[i].forceN);
        EXPECT_EQ(again.fibreAngleDeg, forward[i].fibreAngleDeg);
        EXPECT_EQ(again.pathProgress, forward[i].pathProgress);
        EXPECT_EQ(again.pressurePoints.size(), forward[i].pressurePoints.size());
    }
    // A second preparation of the same lesson gives the same frames.
    const PreparedLesson twice = prepareLesson(prepared.lesson, surface);
    EXPECT_EQ(evaluate(twice, 7.3).toolPosition, evaluate(prepared, 7.3).toolPosition);
}

TEST_F(Playback, CrossFibreStrokeIsAcrossTheFibres)
{
    nlohmann::json json = test::validLessonJson();
    json["steps"][0]["stroke"]["kind"] = "cross-fibre friction";
    json["steps"][0]["stroke"]["path"][0]["u"] = 0.5;
    json["steps"][0]["stroke"]["path"][0]["v"] = 0.3;
    json["steps"][0]["stroke"]["path"][1]["u"] = 0.5;
    json["steps"][0]["stroke"]["path"][1]["v"] = 0.7;
    const PreparedLesson across = prepareLesson(parsedLesson(json), surface);
    const FrameState frame = evaluate(across, 0.5 * across.steps[0].passTimeS);
    EXPECT_GT(frame.fibreAngleDeg, 85.0);
    EXPECT_EQ(frame.fibreClass, FibreClass::Across);
}

TEST_F(Playback, AnchorsThatLandOnOneSpotAreAProblemNotAStandingStroke)
{
    // Different anchors a hair apart land within 5 mm of each other on the surface.
    nlohmann::json json = test::validLessonJson();
    json["steps"][0]["stroke"]["path"][0]["u"] = 0.5;
    json["steps"][0]["stroke"]["path"][0]["v"] = 0.5;
    json["steps"][0]["stroke"]["path"][1]["u"] = 0.5001;
    json["steps"][0]["stroke"]["path"][1]["v"] = 0.5;
    const PreparedLesson collapsed = prepareLesson(parsedLesson(json), surface);
    ASSERT_EQ(collapsed.problems.size(), 1u);
    EXPECT_TRUE(
        collapsed.problems[0].text().starts_with("test-lesson: steps[0].stroke.path: the anchors land 0."))
        << collapsed.problems[0].text();
    EXPECT_TRUE(
        collapsed.problems[0].text().ends_with(" mm apart on \"longissimus_thoracis.left\"; a moving stroke "
                                               "needs a path of at least 5 mm, so spread them out"))
        << collapsed.problems[0].text();
    EXPECT_TRUE(collapsed.steps[0].path.empty());
}

TEST_F(Playback, ReportsWhatTheModelLacksAndKeepsTheTimeline)
{
    nlohmann::json json = test::validLessonJson();
    json["steps"][0]["targets"][0] = "multifidus.left";
    json["steps"][1]["pressure_points"][1]["anchor"]["landmark"] = "psis.right";
    const PreparedLesson partial = prepareLesson(parsedLesson(json), surface);
    ASSERT_EQ(partial.problems.size(), 2u);
    EXPECT_EQ(partial.problems[0].text(),
        "test-lesson: steps[0].targets[0]: the model has no structure \"multifidus.left\" to work on");
    EXPECT_EQ(partial.problems[1].text(),
        "test-lesson: steps[1].pressure_points[1].anchor: cannot place landmark \"psis.right\": the model "
        "lacks "
        "the bone it is found on");
    EXPECT_TRUE(partial.steps[0].path.empty());
    EXPECT_DOUBLE_EQ(partial.steps[0].durationS, 30.0);
    EXPECT_EQ(evaluate(partial, 5.0).activity, Activity::Rest);
    EXPECT_DOUBLE_EQ(partial.totalDurationS, 30.0 + 75.0);
}

} // namespace
} // namespace lumbar::technique
