// Edits of a step's stroke, path, force profile and pressure points.
#include "authoring/edit_helpers.hpp"
#include "authoring/lesson_edits.hpp"

namespace lumbar::authoring {

using namespace detail;
using technique::Anchor;
using technique::ForceSample;
using technique::PressurePoint;
using technique::Step;
using technique::Stroke;

namespace {

/// "anchor 2 of step 3".
std::string partName(const char* part, std::size_t index, std::size_t step)
{
    return std::string(part) + " " + std::to_string(index + 1) + " of " + stepName(step);
}

template <typename T> void eraseElement(std::vector<T>& items, std::size_t index, const char* what)
{
    element(items, index, what);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
}

/// Where a new stroke runs across a midline structure (v from the patient's left edge, 0, to the
/// right, 1): 15% of its width left of the midline, about 5 cm on the skin and 3 cm on the
/// fascia, over the left erector spinae.
constexpr double kBesideTheSpineV = 0.35;

} // namespace

void addStroke(LessonDocument& document, std::size_t step)
{
    editStep(document, step, "Add a stroke to " + stepName(step), [&](Step& s) {
        if (s.stroke)
            return;
        Stroke stroke;
        const std::string surface = s.targets.empty() ? std::string() : s.targets.front();
        // Up the middle of a sided structure; on a midline one (the skin, the fascia), beside the
        // spine over the left erector spinae, never down the spinous processes.
        const bool sided = surface.ends_with(".left") || surface.ends_with(".right");
        const double v = sided ? 0.5 : kBesideTheSpineV;
        stroke.path = {Anchor{surface, 0.2, v, ""}, Anchor{surface, 0.8, v, ""}};
        s.stroke = stroke;
        if (s.forceProfile.empty())
            s.forceProfile = {ForceSample{0.0, 20.0}};
    });
}

void removeStroke(LessonDocument& document, std::size_t step)
{
    editStep(document, step, "Remove the stroke of " + stepName(step), [&](Step& s) {
        s.stroke.reset();
        s.forceProfile.clear();
    });
}

void setStrokeKind(LessonDocument& document, std::size_t step, technique::StrokeKind kind)
{
    editStep(document, step, "Set " + stepName(step) + " stroke to " + technique::strokeKindName(kind),
        [&](Step& s) { strokeOf(s).kind = kind; });
}

void setStrokeDirection(LessonDocument& document, std::size_t step, technique::StrokeDirection direction)
{
    editStep(document, step,
        "Set " + stepName(step) + " direction to " + technique::strokeDirectionName(direction),
        [&](Step& s) { strokeOf(s).direction = direction; });
}

void setStrokeSpeed(LessonDocument& document, std::size_t step, double speedCmS)
{
    editStep(
        document, step, "Set " + stepName(step) + " speed", [&](Step& s) { strokeOf(s).speedCmS = speedCmS; },
        stepPlace(step).member("stroke").member("speed_cm_s").text());
}

void setStrokeRepetitions(LessonDocument& document, std::size_t step, int repetitions)
{
    editStep(
        document, step, "Set " + stepName(step) + " repetitions",
        [&](Step& s) { strokeOf(s).repetitions = repetitions; },
        stepPlace(step).member("stroke").member("repetitions").text());
}

void setRepeatMode(LessonDocument& document, std::size_t step, technique::RepeatMode mode)
{
    editStep(document, step, "Set " + stepName(step) + " repeat to " + technique::repeatModeName(mode),
        [&](Step& s) { strokeOf(s).repeat = mode; });
}

void addPathAnchor(LessonDocument& document, std::size_t step, std::size_t at, const Anchor& anchor)
{
    editStep(document, step, "Add " + partName("anchor", at, step), [&](Step& s) {
        std::vector<Anchor>& path = strokeOf(s).path;
        checkInsert(path, at, "an anchor");
        path.insert(path.begin() + static_cast<std::ptrdiff_t>(at), anchor);
    });
}

void setPathAnchor(LessonDocument& document, std::size_t step, std::size_t index, const Anchor& anchor)
{
    editStep(
        document, step, "Move " + partName("anchor", index, step),
        [&](Step& s) { element(strokeOf(s).path, index, "anchor") = anchor; },
        stepPlace(step).member("stroke").member("path").index(index).text());
}

void movePathAnchor(LessonDocument& document, std::size_t step, std::size_t from, std::size_t to)
{
    editStep(document, step, moveLabel(partName("anchor", from, step), from, to),
        [&](Step& s) { moveElement(strokeOf(s).path, from, to, "anchor"); });
}

void removePathAnchor(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(document, step, "Remove " + partName("anchor", index, step),
        [&](Step& s) { eraseElement(strokeOf(s).path, index, "anchor"); });
}

std::size_t addForceSample(LessonDocument& document, std::size_t step, const ForceSample& sample)
{
    std::size_t index = 0;
    editStep(document, step, "Add a force sample to " + stepName(step), [&](Step& s) {
        index = 0;
        while (index < s.forceProfile.size() && s.forceProfile[index].u <= sample.u)
            ++index;
        s.forceProfile.insert(s.forceProfile.begin() + static_cast<std::ptrdiff_t>(index), sample);
    });
    return index;
}

void setForceSample(LessonDocument& document, std::size_t step, std::size_t index, const ForceSample& sample)
{
    editStep(
        document, step, "Edit " + partName("force sample", index, step),
        [&](Step& s) { element(s.forceProfile, index, "force sample") = sample; },
        stepPlace(step).member("pressure").member("profile").index(index).text());
}

void removeForceSample(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(document, step, "Remove " + partName("force sample", index, step),
        [&](Step& s) { eraseElement(s.forceProfile, index, "force sample"); });
}

std::size_t addPressurePoint(LessonDocument& document, std::size_t step, const PressurePoint& point)
{
    std::size_t index = 0;
    editStep(document, step, "Add a pressure point to " + stepName(step), [&](Step& s) {
        index = s.pressurePoints.size();
        s.pressurePoints.push_back(point);
    });
    return index;
}

void setPressurePoint(
    LessonDocument& document, std::size_t step, std::size_t index, const PressurePoint& point)
{
    editStep(
        document, step, "Edit " + partName("pressure point", index, step),
        [&](Step& s) { element(s.pressurePoints, index, "pressure point") = point; },
        stepPlace(step).member("pressure_points").index(index).text());
}

void removePressurePoint(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(document, step, "Remove " + partName("pressure point", index, step),
        [&](Step& s) { eraseElement(s.pressurePoints, index, "pressure point"); });
}

} // namespace lumbar::authoring
