// The frame at a moment: which step, where the tool is, how hard it presses, what it feels like.
#include "technique/prepared_lesson.hpp"

#include <algorithm>
#include <cmath>

namespace lumbar::technique {
namespace {

/// The step holding lesson time `t`: the last whose start is not after it.
std::size_t stepAt(const PreparedLesson& prepared, double t)
{
    const auto after = std::upper_bound(prepared.steps.begin(), prepared.steps.end(), t,
        [](double time, const PreparedStep& step) { return time < step.startS; });
    return after == prepared.steps.begin() ? 0 : static_cast<std::size_t>(after - prepared.steps.begin()) - 1;
}

/// Where the tool waits when not working: the end of the path, else the last pressure point.
glm::vec3 restingPlace(const PreparedStep& step, glm::vec3& normal)
{
    if (!step.pressurePoints.empty()) {
        normal = step.pressurePoints.back().normal;
        return step.pressurePoints.back().position;
    }
    if (!step.path.empty()) {
        normal = step.path.normals.back();
        return step.path.points.back();
    }
    return glm::vec3(0.0f);
}

/// How far either side of the tool the fibres under it are taken (*estimate*: about a thumb's
/// breadth; the forearm and palm cover more).
constexpr double kFibreReachM = 0.02;

/// The fibres under the tool at arc length `s` of `path`: five directions over 2 cm either
/// side (kept on the path at its ends), turned to agree and averaged; zero where the surface has
/// none. At a muscle's rounded end the field turns across within millimetres: one sample there
/// would read a glide as cross-fibre.
glm::vec3 fibreUnderContact(const SurfacePath& path, double s)
{
    // Near the path's ends the window stays on the path rather than shrinking.
    const double length = path.lengthM();
    const double centre
        = length > 2.0 * kFibreReachM ? std::clamp(s, kFibreReachM, length - kFibreReachM) : s;
    glm::vec3 sum(0.0f);
    for (const double offset : {0.0, -0.5, 0.5, -1.0, 1.0}) {
        const glm::vec3 there
            = path.sampleAt(std::clamp(centre + offset * kFibreReachM, 0.0, length)).fibreDirection;
        sum += glm::dot(there, sum) < 0.0f ? -there : there;
    }
    return glm::length(sum) > 1e-6f ? glm::normalize(sum) : glm::vec3(0.0f);
}

} // namespace

FrameState evaluate(const PreparedLesson& prepared, double lessonTimeS)
{
    FrameState frame;
    if (prepared.steps.empty())
        return frame;
    frame.valid = true;
    frame.lessonTimeS
        = std::clamp(std::isfinite(lessonTimeS) ? lessonTimeS : 0.0, 0.0, prepared.totalDurationS);
    frame.stepIndex = stepAt(prepared, frame.lessonTimeS);
    const PreparedStep& step = prepared.steps[frame.stepIndex];
    const Step& source = prepared.lesson.steps[step.index];
    frame.step = &source;
    frame.stepTimeS = std::clamp(frame.lessonTimeS - step.startS, 0.0, step.durationS);
    frame.phase = source.phase;
    frame.tool = source.tool;
    frame.contactAreaCm2 = step.contactAreaCm2;
    frame.path = step.path.points;
    frame.repetitions = source.stroke ? source.stroke->repetitions : 0;
    const double t = frame.stepTimeS;

    glm::vec3 normal(0.0f, 0.0f, 1.0f), direction(0.0f), fibre(0.0f);
    if (source.stroke && !step.path.empty() && t < step.strokeTimeS && step.passTimeS > 0.0) {
        frame.activity = Activity::Stroke;
        frame.repetition = std::min(static_cast<int>(t / step.passTimeS), frame.repetitions - 1);
        const double u = std::clamp((t - frame.repetition * step.passTimeS) / step.passTimeS, 0.0, 1.0);
        const bool forward = source.stroke->repeat == RepeatMode::Return || frame.repetition % 2 == 0;
        frame.pathProgress = forward ? u : 1.0 - u;
        frame.travellingForward = forward;
        const PathSample sample = step.path.sampleAt(frame.pathProgress * step.path.lengthM());
        frame.toolPosition = sample.position;
        normal = sample.normal;
        direction = forward ? sample.direction : -sample.direction;
        frame.pathHeading = sample.heading;
        fibre = fibreUnderContact(step.path, frame.pathProgress * step.path.lengthM());
        frame.forceN = forceAt(source.forceProfile, u);
    } else {
        frame.activity = Activity::Rest;
        frame.pathProgress = step.path.empty() ? 0.0 : 1.0;
        frame.toolPosition = restingPlace(step, normal);
        for (const PreparedPressurePoint& point : step.pressurePoints) {
            if (t >= point.startS && t < point.startS + point.holdS) {
                frame.activity = Activity::Hold;
                frame.toolPosition = point.position;
                normal = point.normal;
                fibre = point.fibreDirection;
                frame.forceN = point.forceN;
            }
        }
    }
    frame.toolInContact = frame.activity != Activity::Rest;
    const glm::vec3 fallback = glm::length(fibre) > 0.0f ? fibre : glm::vec3(0, 1, 0);
    frame.toolOrientation = toolFrame(direction, normal, fallback);
    frame.toolAxis = toolAxis(frame.toolOrientation, step.tool.attackAngleDeg);

    const PrepareOptions& options = prepared.options;
    frame.pressureKPa = pressureKPa(frame.forceN, frame.contactAreaCm2);
    frame.indentationDepthM = indentationDepthM(options.tissue, frame.pressureKPa);
    frame.indentationRadiusM
        = frame.toolInContact ? indentationRadiusM(options.tissue, frame.contactAreaCm2) : 0.0;
    if (frame.activity == Activity::Stroke && glm::length(fibre) > 0.0f && glm::length(direction) > 0.0f) {
        // Along where the path heads, as the hand is laid: at a muscle's rounded end the normal
        // leans far over and the direction in its tangent plane says little about the stroke.
        const glm::vec3 heading = glm::length(frame.pathHeading) > 0.5f ? frame.pathHeading : direction;
        frame.fibreAngleDeg = fibreAngleDeg(heading, fibre);
        frame.fibreClass = classifyFibreAngle(frame.fibreAngleDeg);
    }
    frame.discomfort = expectedDiscomfort(options.discomfort, frame.pressureKPa);
    frame.discomfortClass = classifyDiscomfort(options.discomfort, frame.discomfort);

    for (const PreparedPressurePoint& point : step.pressurePoints) {
        PressurePointState state;
        state.position = point.position;
        state.normal = point.normal;
        state.holdS = point.holdS;
        state.forceN = point.forceN;
        state.remainingHoldS = std::clamp(point.startS + point.holdS - t, 0.0, point.holdS);
        state.active = t >= point.startS && t < point.startS + point.holdS;
        frame.pressurePoints.push_back(state);
    }
    return frame;
}

} // namespace lumbar::technique
