// The built-in lessons: they parse without a problem, keep to the taught figures and, when the
// built-in model is present, every path lies on its target.
#include "scene/model_import.hpp"
#include "support/technique_fixture.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/prepared_lesson.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace lumbar::technique {
namespace {

const char* const kLessons[]
    = {"lumbar-basic.json", "quadratus-lumborum.json", "forearm-erector-spinae.json"};

Lesson loadBuiltIn(const std::string& name, const KnowledgeBase& knowledge)
{
    const LessonParseResult result = loadLesson(test::builtInLessonDir() / name, &knowledge);
    for (const Problem& problem : result.problems)
        ADD_FAILURE() << problem.text();
    return result.lesson.value_or(Lesson{});
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

TEST(BuiltInLessons, ParseWithoutProblemsAgainstTheLumbarIds)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    for (const char* name : kLessons) {
        const Lesson lesson = loadBuiltIn(name, knowledge);
        EXPECT_FALSE(lesson.steps.empty()) << name;
        EXPECT_EQ(lesson.patientPosition, "prone") << name;
    }
}

TEST(BuiltInLessons, TheFullSessionCoversTheWholeArc)
{
    const Lesson lesson = loadBuiltIn("lumbar-basic.json", test::lumbarKnowledgeBase());
    EXPECT_GE(lesson.steps.size(), 10u);
    std::vector<Phase> phases;
    std::vector<ToolKind> tools;
    std::vector<StrokeKind> strokes;
    double durationS = 0.0;
    int thumbIntoQuadratusFromTheSide = 0;
    for (const Step& step : lesson.steps) {
        thumbIntoQuadratusFromTheSide += step.tool == ToolKind::Thumb && step.approach == Approach::Lateral
            && step.targets.front().starts_with("quadratus_lumborum.");
        phases.push_back(step.phase);
        tools.push_back(step.tool);
        if (step.stroke)
            strokes.push_back(step.stroke->kind);
        durationS += step.durationS;
    }
    for (const Phase phase : allValues<Phase>())
        EXPECT_NE(std::find(phases.begin(), phases.end(), phase), phases.end()) << phaseName(phase);
    for (ToolKind tool :
        {ToolKind::Palm, ToolKind::Forearm, ToolKind::Knuckles, ToolKind::Thumb, ToolKind::Elbow})
        EXPECT_NE(std::find(tools.begin(), tools.end(), tool), tools.end()) << toolName(tool);
    for (StrokeKind kind :
        {StrokeKind::Effleurage, StrokeKind::Glide, StrokeKind::Stripping, StrokeKind::CrossFibreFriction})
        EXPECT_NE(std::find(strokes.begin(), strokes.end(), kind), strokes.end()) << strokeKindName(kind);
    EXPECT_EQ(thumbIntoQuadratusFromTheSide, 2); // left and right
    EXPECT_EQ(phases.front(), Phase::Assessment);
    EXPECT_EQ(phases.back(), Phase::Aftercare);
    // Sessions last 60-90 minutes (a *convention* of the lesson).
    EXPECT_GE(durationS, 60.0 * 60.0);
    EXPECT_LE(durationS, 90.0 * 60.0);
}

TEST(BuiltInLessons, KeepToTheDomainFiguresAndTheHonestyRule)
{
    const KnowledgeBase knowledge = test::lumbarKnowledgeBase();
    for (const char* name : kLessons) {
        for (const Step& step : loadBuiltIn(name, knowledge).steps) {
            const std::string where = std::string(name) + ": " + step.title;
            // "The deeper, the slower": deep strokes 0.5-3 cm/s.
            if (step.stroke && step.phase == Phase::DeepWork) {
                EXPECT_GE(step.stroke->speedCmS, 0.5) << where;
                EXPECT_LE(step.stroke->speedCmS, 3.0) << where;
            }
            // Sustained compression: 30-90 s by convention.
            if (step.tool == ToolKind::Elbow)
                for (const PressurePoint& point : step.pressurePoints) {
                    EXPECT_GE(point.holdS, 30.0) << where;
                    EXPECT_LE(point.holdS, 90.0) << where;
                }
            if (step.stroke || !step.pressurePoints.empty()) {
                EXPECT_FALSE(step.sources.empty()) << where;
            }
            // No cures promised, no toxin flushing or scar-tissue breaking claimed.
            const Explanation& patient = step.explain.patient;
            for (const ExplanationField field : allValues<ExplanationField>()) {
                const std::string& text = textOf(patient, field);
                const std::string plain = lower(text);
                EXPECT_EQ(plain.find("cure"), std::string::npos) << where;
                for (const char* claim : {"toxin", "scar tissue"}) {
                    const std::size_t at = plain.find(claim);
                    const bool negated
                        = at == std::string::npos || plain.substr(0, at).find("not") != std::string::npos;
                    EXPECT_TRUE(negated) << where << ": " << text;
                }
            }
        }
    }
}

TEST(BuiltInLessons, EveryPathLiesOnItsTargetInTheBuiltInModel)
{
    const std::filesystem::path models(LUMBARLAB_MODELS_DIR);
    // The model is committed: a checkout without it is broken, not a reason to test less.
    ASSERT_TRUE(std::filesystem::exists(models / "lumbar.glb")) << models << " lacks lumbar.glb";
    ASSERT_TRUE(std::filesystem::exists(models / "structures.json")) << models << " lacks structures.json";
    const Model model = importModel(models / "lumbar.glb");
    const KnowledgeBase knowledge = loadKnowledgeBase(models / "structures.json");
    const AnatomySurface surface(model, &knowledge);
    for (const char* name : kLessons) {
        const PreparedLesson prepared = prepareLesson(loadBuiltIn(name, knowledge), surface);
        for (const Problem& problem : prepared.problems)
            ADD_FAILURE() << name << ": " << problem.text();
        for (const PreparedStep& step : prepared.steps) {
            const Step& source = prepared.lesson.steps[step.index];
            if (source.stroke) {
                EXPECT_GT(step.path.lengthM(), 0.0) << name << ": " << source.title;
            }
            // Work from the side reaches the lateral face of the target: the surface faces away
            // from the midline on the target's own side, within 70 degrees of straight out
            // (quadratus lumborum's outer border faces backwards and outwards).
            if (source.approach == Approach::Lateral) {
                const float outward = source.targets.front().ends_with(".left") ? -1.0f : 1.0f;
                for (const glm::vec3& normal : step.path.normals)
                    EXPECT_GT(outward * normal.x, 0.34f) << name << ": " << source.title;
            }
            for (const glm::vec3& point : step.path.points) {
                const std::optional<SurfacePoint> nearest
                    = surface.closestPoint(source.targets.front(), point);
                ASSERT_TRUE(nearest.has_value());
                EXPECT_LT(nearest->distance, 0.001f) << name << ": " << source.title;
            }
        }
    }
}

TEST(BuiltInLessons, TheTestKnowledgeBaseNamesTheRealTriggerPoints)
{
    // The lessons are checked against the test fixture's ids: they must be the model's own.
    const KnowledgeBase real
        = loadKnowledgeBase(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json");
    for (const StructureInfo& fixture : test::lumbarKnowledgeBase().structures) {
        const StructureInfo* structure = real.find(fixture.id);
        ASSERT_TRUE(structure) << fixture.id;
        std::vector<std::string> ids;
        for (const TriggerPoint& point : structure->referral.triggerPoints)
            ids.push_back(point.id);
        std::vector<std::string> fixtureIds;
        for (const TriggerPoint& point : fixture.referral.triggerPoints)
            fixtureIds.push_back(point.id);
        EXPECT_EQ(fixtureIds, ids) << fixture.id;
    }
}

TEST(BuiltInLessons, TheTriggerPointsAStepTreatsLieOnItsMusclesWhereItWorks)
{
    const std::filesystem::path models(LUMBARLAB_MODELS_DIR);
    const Model model = importModel(models / "lumbar.glb");
    const KnowledgeBase knowledge = loadKnowledgeBase(models / "structures.json");
    const AnatomySurface surface(model, &knowledge);
    const PreparedLesson prepared = prepareLesson(loadBuiltIn("lumbar-basic.json", knowledge), surface);
    std::size_t named = 0;
    for (const PreparedStep& step : prepared.steps) {
        const Step& source = prepared.lesson.steps[step.index];
        // Each named point is placed once, on the one target whose pattern has it.
        ASSERT_EQ(step.triggerPoints.size(), source.triggerPoints.size()) << source.title;
        named += step.triggerPoints.size();
        for (const PreparedTriggerPoint& point : step.triggerPoints) {
            EXPECT_LT(surface.closestPoint(point.structureId, point.position)->distance, 1e-4f)
                << source.title << ": " << point.pointId;
            EXPECT_NE(std::find(source.targets.begin(), source.targets.end(), point.structureId),
                source.targets.end());
        }
    }
    EXPECT_EQ(named, 20u); // steps 6-11 and 12-17 of the twenty
    // Step 10 presses on the point it names in gluteus medius: its hold lies within 3 cm of it.
    const PreparedStep& elbow = prepared.steps.at(9);
    ASSERT_EQ(elbow.triggerPoints.size(), 2u);
    EXPECT_EQ(elbow.triggerPoints[0].structureId, "quadratus_lumborum.left");
    EXPECT_EQ(elbow.triggerPoints[1].structureId, "gluteus_medius.left");
    EXPECT_EQ(elbow.triggerPoints[1].pointId, "middle");
    ASSERT_EQ(elbow.pressurePoints.size(), 2u);
    EXPECT_LT(glm::distance(elbow.pressurePoints[1].position, elbow.triggerPoints[1].position), 0.03f);
}

TEST(BuiltInLessons, AStrokeAlongTheFibresReadsAlongThemFromItsFirstMoment)
{
    // The gauge and the picture agree from the first frame: a stroke the lesson runs along the
    // fibres is read as along them (under 30 degrees) at its start, its middle and its end.
    const std::filesystem::path models(LUMBARLAB_MODELS_DIR);
    ASSERT_TRUE(std::filesystem::exists(models / "lumbar.glb")) << models << " lacks lumbar.glb";
    const Model model = importModel(models / "lumbar.glb");
    const KnowledgeBase knowledge = loadKnowledgeBase(models / "structures.json");
    const AnatomySurface surface(model, &knowledge);
    int strokes = 0;
    for (const char* name : kLessons) {
        const PreparedLesson prepared = prepareLesson(loadBuiltIn(name, knowledge), surface);
        for (const PreparedStep& step : prepared.steps) {
            const Step& source = prepared.lesson.steps[step.index];
            if (!source.stroke || source.stroke->direction != StrokeDirection::AlongFibres
                || step.strokeTimeS <= 0.0)
                continue;
            for (const double at : {1e-3, 0.5, 0.999}) {
                const FrameState frame = evaluate(prepared, step.startS + at * step.passTimeS);
                ASSERT_EQ(frame.activity, Activity::Stroke) << name << ": " << source.title;
                EXPECT_LT(frame.fibreAngleDeg, 30.0)
                    << name << ": " << source.title << " at " << at << " of a pass";
            }
            ++strokes;
        }
    }
    EXPECT_GT(strokes, 3);
}

} // namespace
} // namespace lumbar::technique
