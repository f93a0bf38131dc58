// The therapist's hands on the built-in lessons: the pose follows the stroke from its first frame,
// and while holding, the arm comes from the therapist's side of the table.
#include "built_in_anatomy.hpp"
#include "core/error.hpp"
#include "gl/gl_test_context.hpp"
#include "lesson_contacts.hpp"
#include "scene/ray_pick.hpp"
#include "session/data_paths.hpp"
#include "session/hand_fit.hpp"
#include "session/hand_models.hpp"
#include "session/lesson_scene.hpp"
#include "session/technique_overlay.hpp"
#include "session/viewer.hpp"

#include <stdexcept>

namespace lumbar::test {
namespace {

using HandsGlTest = GlTest;

TEST_F(HandsGlTest, ThePoseFollowsTheStrokeAndTheArmComesFromTheTherapistsSide)
{
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    int strokes = 0, holds = 0, farSide = 0;
    for (const std::filesystem::path& file : app::builtInLessonFiles()) {
        app::LessonScene scene(viewer, file);
        const technique::PreparedLesson& prepared = scene.prepared();
        for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
            const technique::PreparedStep& step = prepared.steps[i];
            const std::string where = file.filename().string() + " step " + std::to_string(i + 1);
            if (!step.path.empty() && step.strokeTimeS > 0.0) {
                // The first frame of the stroke: the hand already lies along the path's start.
                const technique::FrameState state = technique::evaluate(prepared, step.startS + 1e-3);
                ASSERT_EQ(state.activity, technique::Activity::Stroke) << where;
                const app::ToolPlacement placement = app::TechniqueOverlay::placeTool(state, viewer);
                const glm::vec3 handForward = glm::normalize(glm::vec3(placement.model[0]));
                // The path's first 2 cm: the direction the stroke sets off in.
                const glm::vec3 start = step.path.sampleAt(0.02).position - step.path.points[0];
                const glm::vec3 along
                    = glm::normalize(start - placement.normal * glm::dot(start, placement.normal));
                // Within 20 degrees: the turn that lets the arm clear the body may swing it a little.
                EXPECT_GT(glm::dot(handForward, along), 0.94f) << where;
                ++strokes;
            }
            for (const technique::PreparedPressurePoint& point : step.pressurePoints) {
                const technique::FrameState state
                    = technique::evaluate(prepared, step.startS + point.startS + 0.5);
                if (state.activity != technique::Activity::Hold)
                    continue;
                const app::ToolPlacement placement = app::TechniqueOverlay::placeTool(state, viewer);
                // The arm rises along the pose's -X: towards the side of the table the step is
                // worked from, the side of its first point (the client's left, -X, on the
                // midline), across the table for a point on the far side.
                const glm::vec3 towardsArm = -glm::vec3(placement.model[0]);
                const float side = step.pressurePoints.front().position.x > 0.005f ? 1.0f : -1.0f;
                EXPECT_GT(towardsArm.x * side, 0.5f) << where;
                farSide += placement.contact.x * side < -0.05f;
                // The pose's frame is a rotation: the hand is neither mirrored nor scaled.
                EXPECT_NEAR(glm::determinant(glm::mat3(placement.model)), 1.0f, 1e-4f) << where;
                ++holds;
            }
        }
    }
    EXPECT_GT(strokes, 10);
    EXPECT_GT(holds, 3);
    EXPECT_GT(farSide, 0); // the palpation of both iliac crests and both PSIS
}

TEST_F(HandsGlTest, TheHandAndArmStayOutOfTheBodyAndTheTable)
{
    // At the start, middle and end of every stroke and in every hold of every built-in lesson, no
    // part of the hand and arm lies more than 6 mm inside the client's body or the table, away
    // from the contact itself (within 3 cm of its patch the tissue dents under the hand). The turn
    // that clears the body is found on a 4 cm grid of the surface, in steps of two degrees: a few
    // millimetres are its resolution. (Before the turn was fitted, a forearm gliding up the
    // erector spinae sank 7.6 cm into the buttock.)
    constexpr float kToleranceM = 0.006f;
    constexpr float kDentRadiusM = 0.03f;
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    const Model& model = viewer.model();
    const MeshPicker picker(model);
    const auto scenery = [&](std::size_t mesh) { return viewer.anatomy().isScenery(mesh); };
    const app::HandModels& hands = app::handModels();
    const int frames = forEachContactMoment(
        viewer, [&](const std::string& where, const technique::FrameState& state) {
            const MeshData& hand = hands[std::size_t(state.tool)];
            const app::Underside underside = app::undersideOf(hand);
            const app::ToolPlacement placement = app::TechniqueOverlay::placeTool(state, viewer, &underside);
            float worst = 0.0f;
            glm::vec3 worstPoint(0.0f);
            for (std::size_t v = 0; v < hand.positions.size(); v += 5) {
                const glm::vec3 p = glm::vec3(placement.model * glm::vec4(hand.positions[v], 1.0f));
                if (glm::length(p - placement.contact) < underside.contactReachM + kDentRadiusM)
                    continue;
                const float depth = std::max(depthInside(picker, model, scenery, p, placement.normal),
                    depthInside(picker, model, scenery, p, glm::vec3(0.0f, 0.0f, 1.0f)));
                if (depth > worst) {
                    worst = depth;
                    worstPoint = hand.positions[v];
                }
            }
            EXPECT_LE(worst, kToleranceM) << where << " (" << hand.name << ", pose point " << worstPoint.x
                                          << " " << worstPoint.y << " " << worstPoint.z << ")";
        });
    EXPECT_GT(frames, 40);
}

/// `viewer` with the built-in anatomy loaded.
app::Viewer& withBuiltInAnatomy(app::Viewer& viewer)
{
    loadBuiltInAnatomy(viewer);
    return viewer;
}

/// The built-in anatomy playing the built-in lesson lumbar-basic.
struct BasicLessonScene {
    app::Viewer viewer{gl::ShaderSources(), 160, 120};
    app::LessonScene scene{withBuiltInAnatomy(viewer), *app::resolveLesson("lumbar-basic")};
};

/// The hand among a moment's extras (the first item not drawn as an overlay; its nails follow).
const DrawItem& handOf(const app::SceneExtras& extras)
{
    for (const DrawItem& item : extras.items)
        if (!item.overlay)
            return item;
    throw std::runtime_error("no hand drawn");
}

TEST_F(HandsGlTest, AnArmRisingTowardsTheEyeIsDrawnFaint)
{
    // The deep forearm glide (step 6) seen from above: the forearm's upper end rises towards the
    // eye and would fill the view as a brown ball; the hand and its nails are drawn faint. From the
    // oblique view the same arm lies across the view and stays opaque.
    BasicLessonScene lesson;
    app::Viewer& viewer = lesson.viewer;
    const technique::PreparedLesson& prepared = lesson.scene.prepared();
    const technique::PreparedStep& glide = prepared.steps[5];
    const technique::FrameState state = technique::evaluate(prepared, glide.startS + 0.5 * glide.strokeTimeS);
    ASSERT_TRUE(state.toolInContact);
    app::TechniqueOverlay overlay;
    viewer.resetView(ViewPreset::Posterior);
    const app::SceneExtras above = overlay.build(prepared, state, viewer, 0.0);
    EXPECT_FLOAT_EQ(handOf(above).color.a, 0.45f);
    EXPECT_FLOAT_EQ(above.items.back().color.a, 0.45f); // the nails
    viewer.resetView(ViewPreset::Oblique);
    const app::SceneExtras oblique = overlay.build(prepared, state, viewer, 0.0);
    EXPECT_FLOAT_EQ(handOf(oblique).color.a, 1.0f);
}

TEST_F(HandsGlTest, BetweenStepsTheHandTravelsInsteadOfJumping)
{
    BasicLessonScene lesson;
    app::Viewer& viewer = lesson.viewer;
    const technique::PreparedLesson& prepared = lesson.scene.prepared();
    app::TechniqueOverlay overlay;
    const auto handAt = [&](double t) {
        return handOf(overlay.build(prepared, technique::evaluate(prepared, t), viewer, 0.0));
    };
    int checked = 0;
    for (std::size_t i = 1; i < prepared.steps.size(); ++i) {
        const technique::PreparedStep& before = prepared.steps[i - 1];
        const technique::PreparedStep& step = prepared.steps[i];
        const double end = before.startS + before.durationS - 1e-4;
        if (technique::evaluate(prepared, end).toolInContact || step.path.empty())
            continue; // a hold to the very end sinks the hand into its dent; keep to resting ends
        const glm::vec3 left(handAt(end).model[3]);
        const glm::vec3 arrived(handAt(step.startS + app::kStepChangeS + 0.01).model[3]);
        if (glm::length(arrived - left) < 0.03f)
            continue;
        const std::string where = "step " + std::to_string(i + 1);
        // No jump at the change of step: the hand starts where it was left...
        EXPECT_LT(glm::length(glm::vec3(handAt(step.startS + 1e-4).model[3]) - left), 0.002f) << where;
        // ...is on its way half-way through the move, lifted (drawn faint)...
        const DrawItem halfway = handAt(step.startS + 0.5 * app::kStepChangeS);
        const glm::vec3 middle(halfway.model[3]);
        EXPECT_GT(glm::length(middle - left), 0.2f * glm::length(arrived - left)) << where;
        EXPECT_GT(glm::length(middle - arrived), 0.2f * glm::length(arrived - left)) << where;
        EXPECT_FLOAT_EQ(halfway.color.a, 0.45f) << where;
        // ...and still a rotation, neither scaled nor sheared by the blend.
        EXPECT_NEAR(glm::determinant(glm::mat3(halfway.model)), 1.0f, 1e-3f) << where;
        ++checked;
    }
    EXPECT_GT(checked, 3);
}

TEST_F(HandsGlTest, TheHandIsDrawnInTheChosenSkinTone)
{
    BasicLessonScene lesson;
    app::Viewer& viewer = lesson.viewer;
    const technique::PreparedLesson& prepared = lesson.scene.prepared();
    app::TechniqueOverlay overlay;
    const technique::FrameState state = middleOfFirstStroke(prepared);
    for (const app::HandTone tone : app::kHandTones) {
        viewer.display.handTone = tone;
        const app::SceneExtras extras = overlay.build(prepared, state, viewer, 0.0);
        const DrawItem& hand = handOf(extras);
        // The colour (its alpha is the view's: an arm rising towards the eye is drawn faint).
        EXPECT_EQ(glm::vec3(hand.color), glm::vec3(app::handToneColor(tone))) << app::handToneName(tone);
        // The nails, drawn where the hand is, paler than its skin in every channel.
        const DrawItem& nails = extras.items.back();
        EXPECT_EQ(glm::vec3(nails.color), glm::vec3(app::nailColor(tone))) << app::handToneName(tone);
        EXPECT_EQ(nails.color.a, hand.color.a);
        EXPECT_EQ(nails.model, hand.model);
        EXPECT_TRUE(glm::all(glm::greaterThan(glm::vec3(nails.color), glm::vec3(hand.color))));
    }
    // Each tone is darker than the client's skin (sRGB 0.87, 0.68, 0.56) in every channel, and
    // medium is the colour the generator gives the hands.
    const glm::vec3 clientSkin = glm::pow(glm::vec3(0.87f, 0.68f, 0.56f), glm::vec3(2.2f));
    for (const app::HandTone tone : app::kHandTones)
        EXPECT_TRUE(glm::all(glm::lessThan(glm::vec3(app::handToneColor(tone)), clientSkin)))
            << app::handToneName(tone);
    const glm::vec4 generated = app::handModels()[0].baseColor;
    const glm::vec4 medium = app::handToneColor(app::HandTone::Medium);
    for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(medium[c], generated[c], 1e-4f);
}

TEST_F(HandsGlTest, EveryToolHasItsPoseRestingOnTheSkin)
{
    const app::HandModels& hands = app::handModels();
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        const MeshData& hand = hands[std::size_t(tool)];
        EXPECT_EQ(hand.name, std::string("hand.") + technique::spellingOf(tool));
        EXPECT_GT(hand.triangleCount(), 4000u) << hand.name;
        const Bounds box = hand.bounds();
        EXPECT_NEAR(box.min.y, 0.0f, 0.001f) << hand.name << ": the contact is on the skin plane";
        EXPECT_GT(box.max.y, 0.3f) << hand.name << ": the arm rises to the shoulder";
    }
}

TEST_F(HandsGlTest, AModelWithoutAPoseIsRefusedByName)
{
    Model model;
    model.sourcePath = "custom-hands.glb";
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        MeshData mesh;
        mesh.name = std::string("hand.") + technique::spellingOf(tool);
        if (tool != technique::ToolKind::Elbow)
            model.meshes.push_back(mesh);
    }
    try {
        app::handModelsFrom(model);
        FAIL() << "a model without hand.elbow was accepted";
    } catch (const ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("hand.elbow"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("custom-hands.glb"), std::string::npos) << e.what();
    }
}

TEST_F(HandsGlTest, LessonsPressWithTheContactAreaOfThePoseDrawn)
{
    // Each tool's default contact area is its pose's contact patch, inside the taught
    // range (the generator's figures: fingertip 1.15, thumb 1.51, knuckles 1.83, olecranon 3.77,
    // forearm 34.7, palm 65.5 cm2), and a built-in lesson's step without its own area presses with it.
    const technique::ToolTable tools = app::handToolTable();
    const app::HandModels& hands = app::handModels();
    constexpr double kExpectedCm2[] = {1.15, 1.51, 1.83, 3.77, 34.7, 65.5};
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        const technique::ToolSpec& spec = tools[std::size_t(tool)];
        EXPECT_DOUBLE_EQ(spec.contactAreaCm2, app::contactPatchAreaCm2(hands[std::size_t(tool)]));
        EXPECT_NEAR(
            spec.contactAreaCm2, kExpectedCm2[std::size_t(tool)], 0.02 * kExpectedCm2[std::size_t(tool)])
            << technique::spellingOf(tool);
        EXPECT_GE(spec.contactAreaCm2, spec.minContactAreaCm2) << technique::spellingOf(tool);
        EXPECT_LE(spec.contactAreaCm2, spec.maxContactAreaCm2) << technique::spellingOf(tool);
    }
    BasicLessonScene lesson;
    const technique::PreparedLesson& prepared = lesson.scene.prepared();
    const technique::PreparedStep& glide = prepared.steps[5]; // the forearm glide, no area of its own
    ASSERT_FALSE(prepared.lesson.steps[5].contactAreaCm2.has_value());
    const technique::FrameState state = technique::evaluate(prepared, glide.startS + 0.5 * glide.strokeTimeS);
    EXPECT_EQ(state.tool, technique::ToolKind::Forearm);
    EXPECT_DOUBLE_EQ(state.contactAreaCm2, tools[std::size_t(technique::ToolKind::Forearm)].contactAreaCm2);
}

} // namespace
} // namespace lumbar::test
