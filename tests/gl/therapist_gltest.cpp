// The therapist standing at the table on the built-in lessons: the figure's shoulders meet the
// arms of the hand pose, its feet are on the floor beside the table, and it is shown only when
// asked for.
#include "built_in_anatomy.hpp"
#include "core/error.hpp"
#include "gl/gl_test_context.hpp"
#include "lesson_contacts.hpp"
#include "session/data_paths.hpp"
#include "session/hand_models.hpp"
#include "session/lesson_scene.hpp"
#include "session/technique_overlay.hpp"
#include "session/therapist_figure.hpp"
#include "session/viewer.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace lumbar::test {
namespace {

using TherapistGlTest = GlTest;

/// The hand as placed at `state`, its arms in model space and the stance that reaches them.
struct Placed {
    app::ToolPlacement placement;
    std::vector<technique::PoseArm> arms;
    technique::Stance stance;
};

Placed placedAt(const technique::FrameState& state, const app::Viewer& viewer)
{
    Placed placed;
    const app::Underside underside = app::undersideOf(app::handModels()[std::size_t(state.tool)]);
    placed.placement = app::TechniqueOverlay::placeTool(state, viewer, &underside);
    for (const technique::PoseArm& arm : technique::poseArms(state.tool))
        placed.arms.push_back({glm::vec3(placed.placement.model * glm::vec4(arm.elbow, 1.0f)),
            glm::vec3(placed.placement.model * glm::vec4(arm.shoulder, 1.0f))});
    placed.stance = technique::standFor(placed.arms, placed.placement.contact,
        *app::tableSpaceOf(viewer.model()), technique::workingSide(state));
    return placed;
}

} // namespace

TEST_F(TherapistGlTest, TheTableOfTheBuiltInSceneIsWhereTheFigureStands)
{
    // The generator's table: 74 cm wide, its top at z = -0.165, 70 cm above the floor (the legs'
    // feet polygonised on an 8 mm grid reach a little lower).
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    const std::optional<technique::TableSpace> table = app::tableSpaceOf(viewer.model());
    ASSERT_TRUE(table);
    EXPECT_NEAR(table->halfWidthM, 0.37f, 0.005f) << "half width";
    EXPECT_NEAR(table->floorZ, -0.865f, 0.01f) << "floor";
    EXPECT_FALSE(app::tableSpaceOf(Model{}));
}

TEST_F(TherapistGlTest, AtEveryMomentOfContactTheFigureReachesTheElbowsBesideTheTable)
{
    // At the start, middle and end of every stroke and in every hold of every built-in lesson the
    // figure's shoulders lie an upper arm's length from the pose's elbows (the upper arm drawn
    // between them stretched or shortened by at most a tenth), it leans at most 70 degrees, its
    // hips stand outside the table's edge, its working shoulder leans in over the hands, it stays
    // on one side of the table all through a step,
    // and no part of it, nor the upper arms drawn to it, lies more than 2 cm inside the client or
    // the table.
    constexpr float kArmErrorM = 0.1f * technique::kUpperArmLengthM;
    constexpr float kInsideM = 0.02f;
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    const Model& model = viewer.model();
    const MeshPicker picker(model);
    const auto scenery = [&](std::size_t mesh) { return viewer.anatomy().isScenery(mesh); };
    const technique::TableSpace table = *app::tableSpaceOf(model);
    const app::FigureMeshes& figure = app::figureMeshes();
    float worstArm = 0.0f, deepest = 0.0f, offVerticalSum = 0.0f;
    int oneHanded = 0;
    std::map<std::string, float> sideOfStep; // "lesson.json step N" -> the side first stood on
    const auto depthAt = [&](const glm::vec3& p, float side) {
        return std::max(depthInside(picker, model, scenery, p, glm::vec3(0.0f, 0.0f, 1.0f)),
            depthInside(picker, model, scenery, p, glm::vec3(side, 0.0f, 0.0f)));
    };
    const int moments
        = forEachContactMoment(viewer, [&](const std::string& where, const technique::FrameState& state) {
              const Placed placed = placedAt(state, viewer);
              const technique::Stance& stance = placed.stance;
              const std::string tool = technique::spellingOf(state.tool);
              worstArm = std::max(worstArm, stance.armErrorM);
              // The working shoulder leans in over the contact: the angle of the line from the
              // contact up to it, from the vertical.
              const glm::vec3 up = stance.shoulders[0] - placed.placement.contact;
              const float offVerticalDeg = glm::degrees(std::atan2(std::hypot(up.x, up.y), up.z));
              if (state.tool == technique::ToolKind::Forearm || state.tool == technique::ToolKind::Elbow) {
                  EXPECT_LE(offVerticalDeg, 35.0f) << where << " (" << tool << ")";
              }
              if (placed.arms.size() == 1) {
                  offVerticalSum += offVerticalDeg;
                  ++oneHanded;
              }
              EXPECT_LE(stance.armErrorM, kArmErrorM) << where << " (" << tool << ")";
              EXPECT_LE(stance.leanDeg, technique::kMaxLeanDeg + 0.5f) << where;
              EXPECT_GE(stance.side * stance.legs[3].x, table.halfWidthM + technique::kHipClearanceM - 0.005f)
                  << where;
              const auto [first, added]
                  = sideOfStep.try_emplace(where.substr(0, where.find(" at ")), stance.side);
              EXPECT_EQ(stance.side, first->second)
                  << where << ": the figure crossed the table within the step";
              for (std::size_t part = 0; part < figure.size(); ++part) {
                  if (app::FigurePart(part) == app::FigurePart::Arm && placed.arms.size() > 1)
                      continue;
                  const bool standing = part <= std::size_t(app::FigurePart::Shoes);
                  const glm::mat4& place = standing ? stance.legs : stance.upper;
                  for (std::size_t v = 0; v < figure[part].positions.size(); v += 7) {
                      const float depth = depthAt(
                          glm::vec3(place * glm::vec4(figure[part].positions[v], 1.0f)), stance.side);
                      deepest = std::max(deepest, depth);
                      EXPECT_LE(depth, kInsideM) << where << " (" << figure[part].name << ")";
                  }
              }
              // The upper arms, along their axes.
              for (std::size_t i = 0; i < placed.arms.size(); ++i)
                  for (float u = 0.1f; u < 0.95f; u += 0.1f) {
                      const float depth
                          = depthAt(glm::mix(placed.arms[i].elbow, stance.shoulders[i], u), stance.side);
                      EXPECT_LE(depth, kInsideM) << where << " (" << tool << " upper arm " << i << ")";
                  }
          });
    EXPECT_GT(moments, 40);
    // One-handed, the figure's working shoulder is on the whole within 35 degrees of the vertical
    // over the hand (the stacked fingertips, reaching with both arms, lean less); with the pose's
    // shoulders alone to go by it was 43.
    ASSERT_GT(oneHanded, 40);
    EXPECT_LE(offVerticalSum / float(oneHanded), 35.0f);
    RecordProperty("mean_shoulder_off_vertical_deg", int(offVerticalSum / float(oneHanded)));
    RecordProperty("worst_arm_error_mm", int(worstArm * 1000.0f));
    RecordProperty("deepest_inside_mm", int(deepest * 1000.0f));
}

TEST_F(TherapistGlTest, TheFigureIsDrawnOnlyWhenAskedForInTheChosenTone)
{
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    app::LessonScene scene(viewer, *app::resolveLesson("lumbar-basic"));
    const technique::PreparedLesson& prepared = scene.prepared();
    app::TechniqueOverlay overlay;
    const technique::FrameState state = middleOfFirstStroke(prepared);
    const auto solid = [](const app::SceneExtras& extras) {
        return std::count_if(
            extras.items.begin(), extras.items.end(), [](const DrawItem& item) { return !item.overlay; });
    };
    const std::size_t armCount = technique::poseArms(state.tool).size();
    viewer.display.therapist = false;
    // The hand, a copy of it for each upper arm fading out towards the shoulder, and its nails.
    EXPECT_EQ(std::size_t(solid(overlay.build(prepared, state, viewer, 0.0))), 1 + armCount + 1);
    viewer.display.therapist = true;
    viewer.display.handTone = app::HandTone::Dark;
    const app::SceneExtras extras = overlay.build(prepared, state, viewer, 0.0);
    // The hand, its upper arms, the seven parts (a one-handed pose leaves the other arm free),
    // then the nails: the upper arms, the head and the other arm in the hand's tone, the clothes
    // in their own colours; the pose's own upper arms are cut away above the elbows.
    const bool oneHanded = armCount == 1;
    EXPECT_EQ(std::size_t(solid(extras)), 1 + armCount + (oneHanded ? 7 : 6) + 1);
    const DrawItem& hand = *std::find_if(
        extras.items.begin(), extras.items.end(), [](const DrawItem& item) { return !item.overlay; });
    EXPECT_GT(hand.cuts[0].radiusM, 0.0f);
    EXPECT_EQ(hand.cuts[1].radiusM > 0.0f, !oneHanded);
    // With the figure's arms drawn, nothing fades.
    EXPECT_TRUE(std::none_of(extras.items.begin(), extras.items.end(),
        [](const DrawItem& item) { return item.fade.radiusM > 0.0f; }));
    const app::FigureMeshes& figure = app::figureMeshes();
    int skin = 0, clothes = 0;
    for (const DrawItem& item : extras.items) {
        if (item.overlay)
            continue;
        if (item.color == app::handToneColor(app::HandTone::Dark))
            ++skin;
        else if (item.color == figure[std::size_t(app::FigurePart::Tunic)].baseColor)
            ++clothes;
    }
    EXPECT_EQ(std::size_t(skin), 1 + armCount + (oneHanded ? 2 : 1)); // hand, upper arms, head, arm
    EXPECT_EQ(clothes, 1);
    EXPECT_TRUE(overlay.takeFigureProblem().empty());
    // Without the body and the table there is nowhere to stand: the hand, its upper arms fading
    // and its nails, as without the figure.
    viewer.anatomy().showScenery = false;
    EXPECT_EQ(std::size_t(solid(overlay.build(prepared, state, viewer, 0.0))), 1 + armCount + 1);
}

TEST_F(TherapistGlTest, WithoutTheFigureTheUpperArmFadesOutBeforeItsShoulder)
{
    // Without the figure the pose's upper arm no longer ends in its shoulder's round cap (a brown
    // ball over the client's back in the elbow's steps): the hand is cut where a copy of it fades
    // the upper arm out. Within 8 cm of the shoulder what is left shows at under 20% opacity; the
    // forearm, the hand and the working surface stay solid; nothing is cut short of the fade's end
    // that the copy does not draw.
    const app::HandModels& hands = app::handModels();
    // How far along the cylinder p lies (0 to 1 between its ends); negative outside its radius.
    const auto along = [](const DrawCut& c, const glm::vec3& p) {
        const glm::vec3 axis = c.to - c.from;
        const float t = glm::dot(p - c.from, axis) / glm::dot(axis, axis);
        return glm::length(p - c.from - axis * t) < c.radiusM ? t : -1.0f;
    };
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        const std::vector<technique::PoseArm> arms = technique::poseArms(tool);
        int nearShoulder = 0, fadedNearShoulder = 0, kept = 0;
        for (const glm::vec3& p : hands[std::size_t(tool)].positions) {
            float opacity = 1.0f;
            for (const technique::PoseArm& arm : arms) {
                const float t = along(app::upperArmFadeCut(arm), p);
                if (t <= 0.0f || t >= 1.0f)
                    continue; // the solid hand draws it
                const float f = along(app::upperArmFade(arm), p);
                EXPECT_GT(f, 0.0f) << technique::spellingOf(tool) << ": cut, and not in the fade";
                opacity = std::min(opacity, f < 1.0f ? 1.0f - glm::smoothstep(0.0f, 1.0f, f) : 0.0f);
            }
            bool forearmOrHand = true;
            for (const technique::PoseArm& arm : arms)
                forearmOrHand = forearmOrHand && glm::length(p - arm.elbow) > 0.15f
                    && glm::length(p - arm.shoulder) > 0.2f;
            if (p.y < 0.04f || forearmOrHand) {
                EXPECT_EQ(opacity, 1.0f)
                    << technique::spellingOf(tool) << " at " << p.x << " " << p.y << " " << p.z;
                ++kept;
            }
            for (const technique::PoseArm& arm : arms)
                if (glm::length(p - arm.shoulder) < 0.08f) {
                    ++nearShoulder;
                    fadedNearShoulder += opacity < 0.2f;
                }
        }
        EXPECT_GT(kept, 100) << technique::spellingOf(tool);
        EXPECT_GT(nearShoulder, 20) << technique::spellingOf(tool);
        EXPECT_EQ(fadedNearShoulder, nearShoulder) << technique::spellingOf(tool);
    }
}

TEST_F(TherapistGlTest, TheCutTakesTheUpperArmAndLeavesTheHand)
{
    // With the figure on, each pose loses its own upper arm: the part of the pose within 8 cm of
    // its shoulder goes, and neither what lies within 4 cm of the skin (the working surface) nor
    // the forearm and hand (15 cm or more from the elbow, 20 cm or more from the shoulder) does:
    // the forearm pose's hand trails back towards the shoulder's side, and a plane through the
    // elbow took it once.
    const app::HandModels& hands = app::handModels();
    const auto cutAway = [](const DrawCut& cut, const glm::vec3& p) {
        const glm::vec3 axis = cut.to - cut.from;
        const float t = glm::dot(p - cut.from, axis) / glm::dot(axis, axis);
        return t > 0.0f && t < 1.0f && glm::length(p - cut.from - axis * t) < cut.radiusM;
    };
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        const std::vector<technique::PoseArm> arms = technique::poseArms(tool);
        int kept = 0, removedNearShoulder = 0, nearShoulder = 0;
        for (const glm::vec3& p : hands[std::size_t(tool)].positions) {
            bool removed = false;
            for (const technique::PoseArm& arm : arms)
                removed = removed || cutAway(app::upperArmCut(arm), p);
            bool forearmOrHand = true;
            for (const technique::PoseArm& arm : arms)
                forearmOrHand = forearmOrHand && glm::length(p - arm.elbow) > 0.15f
                    && glm::length(p - arm.shoulder) > 0.2f;
            if (p.y < 0.04f || forearmOrHand) {
                EXPECT_FALSE(removed)
                    << technique::spellingOf(tool) << " at " << p.x << " " << p.y << " " << p.z;
                ++kept;
            }
            for (const technique::PoseArm& arm : arms)
                if (glm::length(p - arm.shoulder) < 0.08f) {
                    ++nearShoulder;
                    removedNearShoulder += removed;
                }
        }
        EXPECT_GT(kept, 100) << technique::spellingOf(tool);
        EXPECT_GT(nearShoulder, 20) << technique::spellingOf(tool);
        EXPECT_EQ(removedNearShoulder, nearShoulder) << technique::spellingOf(tool);
    }
}

TEST_F(TherapistGlTest, AFigureFileWithoutAPartIsRefusedByName)
{
    Model model;
    model.sourcePath = "custom-therapist.glb";
    for (std::size_t part = 0; part < app::kFigurePartCount; ++part)
        if (app::FigurePart(part) != app::FigurePart::Hair) {
            MeshData mesh;
            mesh.name = std::string("therapist.") + app::figurePartName(app::FigurePart(part));
            model.meshes.push_back(mesh);
        }
    try {
        app::figureMeshesFrom(model);
        FAIL() << "a figure without therapist.hair was accepted";
    } catch (const ImportError& e) {
        EXPECT_NE(std::string(e.what()).find("therapist.hair"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("custom-therapist.glb"), std::string::npos) << e.what();
    }
}

TEST_F(TherapistGlTest, BetweenStepsOnOppositeSidesTheFigureFadesOutAndBackInsteadOfJumping)
{
    // Over the hand's travel into each step of the basic lesson whose figure stands on the other
    // side from the step before: near the start the figure still stands where it stood, near the
    // end where it will stand, and half-way it is gone; within the travel it never stands on the
    // new side while still visible before half-way.
    app::Viewer viewer(gl::ShaderSources(), 160, 120);
    loadBuiltInAnatomy(viewer);
    viewer.display.therapist = true;
    app::LessonScene scene(viewer, *app::resolveLesson("lumbar-basic"));
    const technique::PreparedLesson& prepared = scene.prepared();
    app::TechniqueOverlay overlay;
    const glm::vec4 tunic = app::figureMeshes()[std::size_t(app::FigurePart::Tunic)].baseColor;
    // The tunic drawn at `lessonTimeS`: where its hips stand across the table (x) and how opaque.
    const auto tunicAt = [&](double lessonTimeS) {
        const technique::FrameState state = technique::evaluate(prepared, lessonTimeS);
        for (const DrawItem& item : overlay.build(prepared, state, viewer, 0.0).items)
            if (!item.overlay && glm::vec3(item.color) == glm::vec3(tunic))
                return std::optional<glm::vec2>(glm::vec2(item.model[3].x, item.color.a));
        return std::optional<glm::vec2>();
    };
    int crossings = 0;
    for (std::size_t i = 1; i < prepared.steps.size(); ++i) {
        const double start = prepared.steps[i].startS;
        const auto before = tunicAt(start - 0.05), early = tunicAt(start + 0.1 * app::kStepChangeS),
                   middle = tunicAt(start + 0.5 * app::kStepChangeS),
                   late = tunicAt(start + 0.9 * app::kStepChangeS),
                   after = tunicAt(start + 1.2 * app::kStepChangeS);
        if (!before || !after || !early || !middle || !late || (before->x > 0.0f) == (after->x > 0.0f))
            continue;
        const std::string where = "into step " + std::to_string(i + 1);
        ++crossings;
        EXPECT_EQ(early->x > 0.0f, before->x > 0.0f) << where;
        EXPECT_EQ(late->x > 0.0f, after->x > 0.0f) << where;
        EXPECT_LT(middle->y, 0.05f) << where;
        EXPECT_GT(early->y, 0.25f) << where;
        EXPECT_GT(late->y, 0.25f) << where;
        EXPECT_NEAR(after->y, 1.0f, 1e-6f) << where;
    }
    EXPECT_GE(crossings, 2); // to the right side's glide and back, at least
}

} // namespace lumbar::test
