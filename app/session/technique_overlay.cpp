// Tool placement, path ribbons and pressure-point markers.
#include "session/technique_overlay.hpp"

#include "core/error.hpp"
#include "session/hand_fit.hpp"
#include "session/hand_models.hpp"
#include "session/therapist_figure.hpp"
#include "shapes/primitives.hpp"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>

namespace lumbar::app {
namespace {

/// Height of the path band above the surface it lies on, so it never z-fights with it.
constexpr float kPathLiftM = 0.0015f;
constexpr float kPathWidthM = 0.007f;
/// Colours, linear RGB: the way still to go is bright, the way done is dim.
constexpr glm::vec4 kAheadColor{1.0f, 0.62f, 0.08f, 0.9f};
constexpr glm::vec4 kBehindColor{0.35f, 0.35f, 0.4f, 0.55f};
constexpr glm::vec4 kPendingPointColor{0.95f, 0.95f, 0.95f, 0.85f};
constexpr glm::vec4 kActivePointColor{1.0f, 0.25f, 0.05f, 0.95f};
constexpr glm::vec4 kDonePointColor{0.3f, 0.3f, 0.3f, 0.6f};
/// Translucent layers thinner than this are looked through when placing the tool.
constexpr float kToolRestsOnOpacity = 0.5f;

std::vector<float> cumulativeLengths(const std::vector<glm::vec3>& points)
{
    std::vector<float> lengths(points.size(), 0.0f);
    for (std::size_t i = 1; i < points.size(); ++i)
        lengths[i] = lengths[i - 1] + glm::length(points[i] - points[i - 1]);
    return lengths;
}

/// `from` moved and turned towards `to` by `u` (0..1): positions along the line between them,
/// orientations along the shortest turn.
glm::mat4 blendPlacements(const glm::mat4& from, const glm::mat4& to, float u)
{
    const glm::quat rotation = glm::slerp(glm::quat_cast(glm::mat3(from)), glm::quat_cast(glm::mat3(to)), u);
    glm::mat4 blended = glm::mat4_cast(rotation);
    blended[3] = glm::mix(from[3], to[3], u);
    return blended;
}

/// The placement turned about its contact by `turn`.
void applyTurn(ToolPlacement& placement, const HandTurn& turn)
{
    placement.turn = turn;
    placement.model = placement.model * glm::mat4(turnMatrix(turn));
}

/// How far a part of `pose` placed by `model` rises from the contact towards the eye, as a share of
/// the eye's distance from the contact (along the view's axis): 0 when nothing rises towards it.
float riseTowardsTheEye(const MeshData& pose, const glm::mat4& model, const Camera& camera)
{
    const glm::vec3 towardsEye = camera.forwardToEye();
    const glm::vec3 contact(model[3]);
    const float eyeDepth = glm::dot(camera.eye() - contact, towardsEye);
    if (!(eyeDepth > 0.0f))
        return 0.0f;
    float rise = 0.0f;
    for (std::size_t v = 0; v < pose.positions.size(); v += 7)
        rise = std::max(
            rise, glm::dot(glm::vec3(model * glm::vec4(pose.positions[v], 1.0f)) - contact, towardsEye));
    return rise / eyeDepth;
}

} // namespace

SurfaceGrid surfaceAround(const Viewer& viewer, const glm::mat4& frame)
{
    const glm::vec3 contact(frame[3]);
    const glm::vec3 x(frame[0]), normal(frame[1]), z(frame[2]);
    // With the client's body shown, the arm can only meet it (or the table): the anatomy lies
    // within it, below its surface. Casting on those alone is eight times cheaper. Without the
    // body, on whatever is visible.
    const AnatomyView& anatomy = viewer.anatomy();
    const bool onScenery = anatomy.hasScenery() && anatomy.showScenery;
    const auto which = [&](std::size_t mesh) {
        return onScenery ? anatomy.isScenery(mesh) : anatomy.opacity(mesh) > kToolRestsOnOpacity;
    };
    SurfaceGrid grid;
    grid.heights.reserve(std::size_t(grid.columns * grid.rows));
    for (int iz = 0; iz < grid.rows; ++iz)
        for (int ix = 0; ix < grid.columns; ++ix) {
            const glm::vec2 at = grid.pointAt(ix, iz);
            const glm::vec3 above = contact + x * at.x + z * at.y + normal * 0.4f;
            const auto hit = viewer.castRay({above, -normal}, which);
            grid.heights.push_back(hit ? glm::dot(hit->point - contact, normal) : std::nanf(""));
        }
    return grid;
}

MeshData makePathRibbon(const std::vector<glm::vec3>& points, const std::vector<glm::vec3>& normals,
    double from, double to, float widthM, Chevrons chevrons, float chevronSpacingM)
{
    MeshData ribbon;
    ribbon.name = "path";
    if (points.size() < 2 || normals.size() != points.size() || to <= from)
        return ribbon;
    const std::vector<float> lengths = cumulativeLengths(points);
    const float total = lengths.back();
    if (total <= 0.0f)
        return ribbon;
    const float start = float(std::clamp(from, 0.0, 1.0)) * total;
    const float end = float(std::clamp(to, 0.0, 1.0)) * total;

    const auto sample = [&](float s, glm::vec3& position, glm::vec3& normal, glm::vec3& tangent) {
        std::size_t i = std::size_t(std::upper_bound(lengths.begin(), lengths.end(), s) - lengths.begin());
        i = std::clamp<std::size_t>(i, 1, points.size() - 1);
        const float segment = lengths[i] - lengths[i - 1];
        const float t = segment > 0.0f ? (s - lengths[i - 1]) / segment : 0.0f;
        position = glm::mix(points[i - 1], points[i], t);
        normal = glm::normalize(glm::mix(normals[i - 1], normals[i], t));
        tangent = glm::normalize(points[i] - points[i - 1]);
    };
    const auto addVertex = [&](const glm::vec3& p, const glm::vec3& n) {
        ribbon.positions.push_back(p);
        ribbon.normals.push_back(n);
        return std::uint32_t(ribbon.positions.size() - 1);
    };

    const int steps = std::max(2, int((end - start) / 0.002f) + 1);
    std::uint32_t previousLeft = 0;
    std::uint32_t previousRight = 0;
    for (int k = 0; k <= steps; ++k) {
        glm::vec3 p, n, t;
        sample(start + (end - start) * float(k) / float(steps), p, n, t);
        const glm::vec3 side = glm::normalize(glm::cross(n, t)) * (widthM * 0.5f);
        const glm::vec3 lifted = p + n * kPathLiftM;
        const std::uint32_t left = addVertex(lifted + side, n);
        const std::uint32_t right = addVertex(lifted - side, n);
        if (k > 0)
            ribbon.indices.insert(
                ribbon.indices.end(), {previousLeft, previousRight, right, previousLeft, right, left});
        previousLeft = left;
        previousRight = right;
    }
    if (chevrons != Chevrons::None) {
        for (float s = start + chevronSpacingM * 0.5f; s < end; s += chevronSpacingM) {
            glm::vec3 p, n, t;
            sample(s, p, n, t);
            if (chevrons == Chevrons::Backward)
                t = -t;
            const glm::vec3 side = glm::normalize(glm::cross(n, t)) * widthM * 1.1f;
            const glm::vec3 lifted = p + n * (kPathLiftM * 1.5f);
            const std::uint32_t tip = addVertex(lifted + t * widthM * 1.4f, n);
            const std::uint32_t a = addVertex(lifted + side, n);
            const std::uint32_t b = addVertex(lifted - side, n);
            ribbon.indices.insert(ribbon.indices.end(), {a, b, tip});
        }
    }
    return ribbon;
}

TechniqueOverlay::TechniqueOverlay()
    : m_marker(std::make_unique<GpuMesh>(makeDisc(glm::vec3(0.0f), glm::vec3(0, 1, 0), 1.0f)))
{
    const HandModels& hands = handModels();
    const HandModels& nails = handNailModels();
    for (std::size_t i = 0; i < hands.size(); ++i) {
        m_tools[i] = std::make_unique<GpuMesh>(hands[i]);
        m_nails[i] = std::make_unique<GpuMesh>(nails[i]);
        m_undersides[i] = undersideOf(hands[i]);
        m_contactShapes[i] = contactShapeOf(hands[i]);
    }
}

ToolPlacement TechniqueOverlay::placeTool(
    const technique::FrameState& state, const Viewer& viewer, const Underside* underside)
{
    ToolPlacement placement;
    glm::vec3 xAxis = state.toolOrientation[0];
    glm::vec3 normal = state.toolOrientation[1];
    placement.contact = state.toolPosition;
    // The target may lie under other layers: the tool rests on what the user sees above it.
    const Ray down{state.toolPosition + normal * 0.25f, -normal};
    if (const auto hit = viewer.castRay(down, kToolRestsOnOpacity)) {
        placement.contact = hit->point;
        if (glm::dot(hit->normal, normal) > 0.3f)
            normal = glm::normalize(hit->normal);
    }
    placement.normal = normal;
    if (state.activity == technique::Activity::Stroke) {
        // The arm trails the stroke, laid along where the path heads on the surface the hand rests
        // on; on the way back of a back-and-forth stroke the hand draws back along the same line
        // rather than turning round.
        if (glm::length(state.pathHeading) > 0.5f)
            xAxis = state.pathHeading;
    } else {
        // Holding or waiting: the arm comes from the side of the table the therapist works the
        // step from, across the table for a point on the far side.
        const glm::vec3 toward(technique::workingSide(state), 0.0f, 0.0f);
        const glm::vec3 flat = toward - normal * glm::dot(toward, normal);
        if (glm::length(flat) > 0.1f)
            xAxis = -glm::normalize(flat);
    }
    const glm::vec3 x = glm::normalize(xAxis - normal * glm::dot(xAxis, normal) + glm::vec3(1e-6f));
    const glm::vec3 z = glm::cross(x, normal);
    placement.model = glm::mat4(
        glm::vec4(x, 0.0f), glm::vec4(normal, 0.0f), glm::vec4(z, 0.0f), glm::vec4(placement.contact, 1.0f));
    if (underside) {
        // Turned about the contact so that the hand and arm clear the body (the hollow of the
        // lower back rises to the buttock behind a forearm gliding up it).
        applyTurn(placement, fitTurn(*underside, surfaceAround(viewer, placement.model)));
    }
    return placement;
}

SceneExtras TechniqueOverlay::build(const technique::PreparedLesson& prepared,
    const technique::FrameState& state, const Viewer& viewer, double wallTimeS)
{
    SceneExtras extras;
    if (!state.valid || state.stepIndex >= prepared.steps.size())
        return extras;
    const technique::PreparedStep& step = prepared.steps[state.stepIndex];

    addPath(step, state, extras);
    addMarkers(state, wallTimeS, extras);
    // The trigger points the step treats, as the muscle's info card marks them; none where the
    // section view has removed the muscle.
    const glm::vec4 plane = sectionPlane(viewer.display.section);
    for (const technique::PreparedTriggerPoint& point : step.triggerPoints)
        if (glm::dot(glm::vec3(plane), point.position) + plane.w >= 0.0f)
            m_triggerDots.add(
                extras, point.position, viewer.camera().eye(), kTriggerPointDotM, kTriggerPointDot);

    // The tool, resting on the visible surface, and the tissue yielding under it. A step with no
    // contact at all (talking, screening) shows no tool rather than one floating in the air.
    if (!state.toolInContact && step.path.points.size() < 2 && state.pressurePoints.empty())
        return extras;
    ToolPlacement placement = placeTool(state, viewer);
    // The turn that clears the body is found again only once the hand has moved a centimetre or
    // turned five degrees (a hundred rays), not every frame.
    const glm::vec3 forward(placement.model[0]);
    if (m_turnKey.tool != state.tool || glm::length(placement.contact - m_turnKey.contact) > 0.01f
        || glm::dot(forward, m_turnKey.forward) < 0.996f || !m_turnKey.valid) {
        const Underside& underside = m_undersides[std::size_t(state.tool)];
        m_turnKey = {true, state.tool, placement.contact, forward,
            fitTurn(underside, surfaceAround(viewer, placement.model))};
    }
    applyTurn(placement, m_turnKey.turn);
    DrawItem tool;
    const std::size_t toolIndex = std::size_t(state.tool);
    tool.mesh = m_tools[toolIndex].get();
    tool.model = placement.model;
    // Lifted off the skin between strokes and holds, the hand is drawn faint.
    tool.color = handToneColor(viewer.display.handTone);
    tool.surface = Surface::Skin;
    if (!state.toolInContact)
        tool.color.a = 0.45f;
    tool.layerDepth = -1.0f;
    // Over a step's first moments the hand travels, lifted, from where the step before left it.
    const std::optional<glm::mat4> from = previousStepEnd(prepared, state.stepIndex, viewer);
    const bool travelling = from && state.stepTimeS < kStepChangeS;
    if (travelling) {
        const float u = float(state.stepTimeS / kStepChangeS);
        tool.model = blendPlacements(*from, placement.model, u * u * (3.0f - 2.0f * u));
        tool.color.a = 0.45f;
    }
    extras.items.push_back(tool);
    if (state.toolInContact && state.indentationDepthM > 0.0 && !travelling) {
        extras.indentation.centre = placement.contact;
        extras.indentation.direction = -placement.normal;
        extras.indentation.depthM = float(state.indentationDepthM);
        extras.indentation.radiusM = float(std::max(state.indentationRadiusM, 0.004));
        // The dent takes the shape of the pose's contact: long under a forearm, a row under the
        // knuckles, round under a fingertip.
        const ContactShape& shape = m_contactShapes[toolIndex];
        extras.indentation.along
            = glm::normalize(glm::mat3(placement.model) * glm::vec3(shape.axis.x, 0.0f, shape.axis.y));
        extras.indentation.elongation = shape.elongation;
        // The tool sinks with the dent so it stays in contact with the yielding surface.
        tool.model = glm::translate(glm::mat4(1.0f), -placement.normal * extras.indentation.depthM)
            * placement.model;
        extras.items.back() = tool;
    }
    const std::size_t handIndex = extras.items.size() - 1;
    // Without the figure, seen from nearly straight above, an arm rising far towards the eye
    // is drawn faint, as a lifted hand is, so the anatomy under it shows: from above, the deep
    // forearm glide's cut upper arm filled a quarter of the view as a brown ball. From the oblique
    // views the arm lies across the picture and shows the pose: drawn as it is. (The figure, when
    // drawn, fades as a whole by its own rules.) The forearm glide seen from above rises 0.36 of the
    // way to the eye.
    constexpr float kFaintRise = 0.33f, kFromAbove = 0.85f;
    const Camera& camera = viewer.camera();
    const glm::vec3 posterior(0.0f, 0.0f, 1.0f); // straight up from the client lying prone
    if (!viewer.display.therapist && glm::dot(camera.forwardToEye(), posterior) > kFromAbove
        && riseTowardsTheEye(handModels()[toolIndex], extras.items[handIndex].model, camera) > kFaintRise)
        extras.items[handIndex].color.a = std::min(extras.items[handIndex].color.a, 0.45f);
    if (viewer.display.therapist) {
        const Travel travel{from.value_or(glm::mat4(1.0f)), placement.model, m_fromKey.side,
            float(state.stepTimeS / kStepChangeS)};
        addFigure(state, extras.items[handIndex], travelling ? &travel : nullptr, viewer, extras);
    }
    // Without the figure (not asked for, or nowhere to stand) the pose's upper arms end in their
    // shoulders' round caps, a large brown ball over the client's back in the elbow's steps:
    // each fades out towards its shoulder instead, as an illustration leaves off a limb.
    if (extras.items[handIndex].cuts[0].radiusM == 0.0f) {
        const std::vector<DrawItem> faded = fadeUpperArms(extras.items[handIndex], state.tool);
        extras.items.insert(extras.items.end(), faded.begin(), faded.end());
    }
    // The nails go wherever the hand goes, in a paler tone of its skin.
    DrawItem nails = extras.items[handIndex];
    nails.mesh = m_nails[toolIndex].get();
    nails.color = glm::vec4(glm::vec3(nailColor(viewer.display.handTone)), nails.color.a);
    nails.surface = Surface::Tendon; // keratin: a pearly gloss
    nails.cuts = {};
    extras.items.push_back(nails);
    return extras;
}

void TechniqueOverlay::addFigure(const technique::FrameState& state, DrawItem& hand, const Travel* travel,
    const Viewer& viewer, SceneExtras& extras)
{
    // The figure stands on the floor beside the scene's table: with the body and the table hidden
    // (or a model without them) there is nowhere for it to stand.
    const AnatomyView& anatomy = viewer.anatomy();
    if (!anatomy.hasScenery() || !anatomy.showScenery || m_figureFailed)
        return;
    const std::optional<technique::TableSpace>& table = viewer.tableSpace();
    if (!table)
        return;
    if (!m_figure) {
        try {
            m_figure = std::make_unique<TherapistFigure>();
        } catch (const Error& error) {
            m_figureFailed = true;
            m_figureProblem = error.what();
            return;
        }
    }
    const auto armsAt = [&state](const glm::mat4& model) { return armsPlacedBy(state.tool, model); };
    const std::vector<technique::PoseArm> arms = armsAt(hand.model);
    // The pose's own upper arms give way to the ones drawn to the figure's shoulders.
    for (std::size_t i = 0; i < arms.size() && i < hand.cuts.size(); ++i)
        hand.cuts[i] = upperArmCut(arms[i]);
    float side = technique::workingSide(state);
    float alpha = hand.color.a;
    if (travel) {
        const auto sideAt = [&](const glm::mat4& model, float preferred) {
            return technique::standFor(armsAt(model), glm::vec3(model[3]), *table, preferred).side;
        };
        const float before = sideAt(travel->from, travel->fromSide), after = sideAt(travel->to, side);
        if (before != after) {
            // Nobody vaults a table: gone at the half-way point, back on the other side after it.
            alpha *= std::abs(2.0f * travel->u - 1.0f);
            side = travel->u < 0.5f ? before : after;
        }
    }
    const technique::Stance stance = technique::standFor(arms, glm::vec3(hand.model[3]), *table, side);
    const std::vector<DrawItem> figure = m_figure->items(stance, arms, viewer.display.handTone, alpha);
    extras.items.insert(extras.items.end(), figure.begin(), figure.end());
}

std::optional<glm::mat4> TechniqueOverlay::previousStepEnd(
    const technique::PreparedLesson& prepared, std::size_t stepIndex, const Viewer& viewer)
{
    if (stepIndex == 0 || stepIndex >= prepared.steps.size())
        return std::nullopt;
    if (m_fromKey.valid && m_fromKey.step == stepIndex
        && m_fromKey.points == prepared.steps[stepIndex - 1].path.points)
        return m_fromKey.model;
    const technique::PreparedStep& before = prepared.steps[stepIndex - 1];
    const technique::FrameState end = technique::evaluate(prepared, before.startS + before.durationS - 1e-6);
    std::optional<glm::mat4> model;
    // A step before that showed no hand (talking, screening): the hand simply appears.
    if (end.valid && end.stepIndex == stepIndex - 1
        && (end.toolInContact || before.path.points.size() >= 2 || !end.pressurePoints.empty()))
        model = placeTool(end, viewer, &m_undersides[std::size_t(end.tool)]).model;
    m_fromKey = {true, stepIndex, before.path.points, model, technique::workingSide(end)};
    return model;
}

void TechniqueOverlay::addPath(
    const technique::PreparedStep& step, const technique::FrameState& state, SceneExtras& extras)
{
    // The part of this pass already done is dim; the part still to go is bright, with chevrons in
    // the direction of travel (towards the start on the return passes of a back-and-forth stroke).
    const std::vector<glm::vec3>& points = step.path.points;
    const std::vector<glm::vec3>& normals = step.path.normals;
    if (points.size() < 2)
        return;
    if (state.stepIndex != m_pathKey.step || state.pathProgress != m_pathKey.progress
        || state.travellingForward != m_pathKey.forward || points != m_pathKey.points || !m_pathAhead) {
        const double progress = state.pathProgress;
        const bool forward = state.travellingForward;
        const MeshData behind = forward
            ? makePathRibbon(points, normals, 0.0, progress, kPathWidthM, Chevrons::None)
            : makePathRibbon(points, normals, progress, 1.0, kPathWidthM, Chevrons::None);
        const MeshData ahead = forward
            ? makePathRibbon(points, normals, progress, 1.0, kPathWidthM, Chevrons::Forward)
            : makePathRibbon(points, normals, 0.0, progress, kPathWidthM, Chevrons::Backward);
        // The bands change every frame of a stroke: their buffers are kept and filled again.
        const auto upload = [](std::unique_ptr<GpuMesh>& mesh, const MeshData& data) {
            if (mesh)
                mesh->update(data);
            else
                mesh = std::make_unique<GpuMesh>(data);
        };
        upload(m_pathBehind, behind);
        upload(m_pathAhead, ahead);
        m_pathKey = {state.stepIndex, progress, forward, points};
    }
    DrawItem behind;
    behind.mesh = m_pathBehind.get();
    behind.color = kBehindColor;
    behind.overlay = true;
    extras.items.push_back(behind);
    DrawItem ahead = behind;
    ahead.mesh = m_pathAhead.get();
    ahead.color = kAheadColor;
    extras.items.push_back(ahead);
}

void TechniqueOverlay::addMarkers(
    const technique::FrameState& state, double wallTimeS, SceneExtras& extras) const
{
    // Each pressure point is a disc in its own colour: white still to come, pulsing red while
    // held, grey once done.
    const float pulse = 0.5f + 0.5f * float(std::sin(wallTimeS * 2.0 * 3.14159265));
    for (const technique::PressurePointState& point : state.pressurePoints) {
        const bool done = !point.active && point.remainingHoldS <= 0.0;
        const float radius = point.active ? 0.009f + 0.004f * pulse : 0.008f;
        const glm::vec3 y = glm::normalize(point.normal);
        const glm::vec3 x = anyPerpendicular(y);
        const glm::vec3 z = glm::cross(x, y);
        DrawItem item;
        item.mesh = m_marker.get();
        item.model = glm::mat4(glm::vec4(x * radius, 0.0f), glm::vec4(y * radius, 0.0f),
            glm::vec4(z * radius, 0.0f), glm::vec4(point.position + y * 0.002f, 1.0f));
        item.color = point.active ? kActivePointColor : done ? kDonePointColor : kPendingPointColor;
        item.overlay = true;
        extras.items.push_back(item);
    }
}

} // namespace lumbar::app
