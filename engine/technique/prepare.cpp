// Preparation: anchors placed, paths built, tools chosen and every step put on the timeline.
#include "anatomy/knowledge_base.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/prepared_lesson.hpp"
#include "technique/referral_map.hpp"

#include <algorithm>
#include <cstdio>

namespace lumbar::technique {
namespace {

/// Why an anchor cannot be placed, for the problem message.
std::string missingAnchorReason(const Anchor& anchor)
{
    if (anchor.isLandmark())
        return "cannot place landmark \"" + anchor.landmark + "\": the model lacks the bone it is found on";
    return "cannot place this anchor: the model has no structure \"" + anchor.structure + "\"";
}

/// Each trigger point the step names, on every target whose pattern has it. A point the surface's
/// knowledge base knows but the model cannot place is reported.
template <typename Report>
void placeTriggerPoints(const Step& step, const ProblemPath& where, const AnatomySurface& surface,
    PreparedStep& out, Report& report)
{
    for (std::size_t i = 0; i < step.triggerPoints.size(); ++i)
        for (const std::string& target : step.targets) {
            const StructureInfo* structure = surface.structureInfo(target);
            if (!structure)
                continue;
            for (const TriggerPoint& point : structure->referral.triggerPoints) {
                if (point.id != step.triggerPoints[i])
                    continue;
                if (const std::optional<PlacedTriggerPoint> placed
                    = placeTriggerPoint(*structure, point, surface))
                    out.triggerPoints.push_back({target, point.id, placed->position, placed->normal});
                else
                    report(where.member("trigger_points").index(i),
                        "the model has no structure \"" + target + "\" to show trigger point \"" + point.id
                            + "\" on");
            }
        }
}

} // namespace

double forceAt(const std::vector<ForceSample>& profile, double u)
{
    if (profile.empty())
        return 0.0;
    if (u <= profile.front().u)
        return profile.front().forceN;
    for (std::size_t i = 1; i < profile.size(); ++i) {
        if (u <= profile[i].u) {
            const double t = (u - profile[i - 1].u) / (profile[i].u - profile[i - 1].u);
            return profile[i - 1].forceN + t * (profile[i].forceN - profile[i - 1].forceN);
        }
    }
    return profile.back().forceN;
}

PreparedLesson prepareLesson(
    const Lesson& lesson, const AnatomySurface& surface, const PrepareOptions& options)
{
    PreparedLesson prepared;
    prepared.lesson = lesson;
    prepared.options = options;
    double clock = 0.0;
    for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
        const Step& step = lesson.steps[s];
        const ProblemPath where = stepPath(s);
        auto report = [&](const ProblemPath& at, const std::string& message) {
            prepared.problems.push_back({lesson.id, at.text(), message});
        };
        PreparedStep out;
        out.index = s;
        out.startS = clock;
        out.tool = options.tools[static_cast<std::size_t>(step.tool)];
        out.contactAreaCm2 = step.contactAreaCm2.value_or(out.tool.contactAreaCm2);

        const std::string surfaceId = step.targets.empty() ? std::string() : step.targets.front();
        const bool surfaceExists = surface.structureMesh(surfaceId) != nullptr;
        if (!surfaceExists && (step.stroke || !step.pressurePoints.empty()))
            report(where.member("targets").index(0),
                "the model has no structure \"" + surfaceId + "\" to work on");

        if (step.stroke && surfaceExists) {
            std::vector<glm::vec3> anchors;
            bool placed = true;
            for (std::size_t a = 0; a < step.stroke->path.size(); ++a) {
                const std::optional<glm::vec3> point
                    = surface.anchorPoint(step.stroke->path[a], step.approach);
                if (point) {
                    anchors.push_back(*point);
                } else {
                    placed = false;
                    report(where.member("stroke").member("path").index(a),
                        missingAnchorReason(step.stroke->path[a]));
                }
            }
            if (placed)
                out.path = buildSurfacePath(anchors, surface, surfaceId, options.pathSpacingM, step.approach);
            // Different anchors can still land on one spot of the surface (u, v a hair apart, or
            // two landmarks projected onto the same place): a moving stroke needs a path.
            constexpr double kMinMovingPathM = 0.005;
            if (!out.path.empty() && step.stroke->kind != StrokeKind::SustainedCompression
                && step.stroke->path.size() > 1 && out.path.lengthM() < kMinMovingPathM) {
                char length[32];
                std::snprintf(length, sizeof length, "%.1f", out.path.lengthM() * 1000.0);
                report(where.member("stroke").member("path"),
                    std::string("the anchors land ") + length + " mm apart on \"" + surfaceId
                        + "\"; a moving stroke needs a path of at least 5 mm, so spread them out");
                out.path = {};
            }
        }
        if (step.stroke && !out.path.empty()) {
            const int repetitions = std::max(1, step.stroke->repetitions);
            if (out.path.lengthM() > 0.0) {
                out.passTimeS = out.path.lengthM() / (step.stroke->speedCmS * 0.01);
            } else {
                // A stroke in place (one anchor) is held for the step's duration.
                out.passTimeS = step.durationS / repetitions;
            }
            out.strokeTimeS = out.passTimeS * repetitions;
        }

        double holdClock = out.strokeTimeS;
        for (std::size_t p = 0; p < step.pressurePoints.size(); ++p) {
            const PressurePoint& point = step.pressurePoints[p];
            const std::optional<glm::vec3> anchor = surface.anchorPoint(point.anchor, step.approach);
            // A structure anchor sits on its own structure; a landmark is brought to the worked surface.
            const std::string on = point.anchor.isLandmark() ? surfaceId : point.anchor.structure;
            const std::optional<SurfacePoint> onSurface
                = anchor ? surface.project(on, *anchor, step.approach) : std::nullopt;
            PreparedPressurePoint placedPoint;
            placedPoint.holdS = point.holdS;
            placedPoint.forceN = point.forceN;
            placedPoint.startS = holdClock;
            holdClock += point.holdS;
            if (!onSurface) {
                report(where.member("pressure_points").index(p).member("anchor"),
                    anchor ? "the model has no structure \"" + on + "\" to press on"
                           : missingAnchorReason(point.anchor));
                placedPoint.holdS = 0.0; // nothing to draw, but the time stays on the timeline
                placedPoint.position = anchor.value_or(glm::vec3(0.0f));
            } else {
                placedPoint.position = onSurface->position;
                placedPoint.normal = onSurface->normal;
                placedPoint.fibreDirection = onSurface->fibreDirection;
            }
            out.pressurePoints.push_back(placedPoint);
        }
        placeTriggerPoints(step, where, surface, out, report);
        out.durationS = std::max(step.durationS, holdClock);
        clock += out.durationS;
        prepared.steps.push_back(std::move(out));
    }
    prepared.totalDurationS = clock;
    return prepared;
}

} // namespace lumbar::technique
