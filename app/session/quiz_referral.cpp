// The quiz's referral zones and dots in the 3D view.
#include "session/quiz_referral.hpp"

#include "anatomy/knowledge_base.hpp"
#include "quiz/referral_questions.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/skin_point.hpp"

namespace lumbar::app {
namespace {

constexpr float kClickDotM = 0.006f;

void addSpots(SceneExtras& extras, const std::vector<technique::PlacedSpot>& spots)
{
    for (const technique::PlacedSpot& spot : spots)
        extras.referralSpots.emplace_back(spot.centre, spot.radiusM);
}

} // namespace

bool isReferralQuestion(const quiz::Question& question)
{
    return question.kind == quiz::QuestionKind::ReferralZone
        || question.kind == quiz::QuestionKind::ReferralMuscle
        || question.kind == quiz::QuestionKind::ReferralClick;
}

bool askedFromTheFront(const quiz::Question& question, const KnowledgeBase& knowledge)
{
    if (question.kind != quiz::QuestionKind::ReferralMuscle)
        return false;
    const StructureInfo* muscle = knowledge.find(question.muscleId);
    if (!muscle)
        return false;
    for (const ReferralZone& zone : muscle->referral.zones)
        if (zone.id == question.zoneId)
            return !zone.spots.empty() && zone.spots.front().approach == "anterior";
    return false;
}

const technique::ReferralMap* QuizReferral::mapFor(
    const quiz::Question& question, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    if (!isReferralQuestion(question))
        return nullptr;
    const StructureInfo* structure = viewer.knowledgeBase().find(question.muscleId);
    if (!structure || structure->referral.empty() || !viewer.anatomy().meshOf(question.muscleId))
        return nullptr;
    return &m_placement.of(*structure, viewer, surface);
}

quiz::Answer QuizReferral::answerClick(const quiz::Question& question,
    const std::optional<glm::vec3>& skinPoint, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    m_click = skinPoint;
    const technique::ReferralMap* map = mapFor(question, viewer, surface);
    if (!skinPoint)
        return quiz::Answer::clickSkin("", "");
    if (!map)
        return quiz::Answer::clickSkin("", "a spot on the skin (this model cannot place the zones)");
    return quiz::referralClickAnswer(*map, *skinPoint);
}

void QuizReferral::addTo(SceneExtras& extras, const quiz::Question& question, bool answered,
    const Viewer& viewer, const technique::AnatomySurface& surface)
{
    const technique::ReferralMap* map = mapFor(question, viewer, surface);
    if (!map)
        return;
    const glm::vec3 eye = viewer.camera().eye();
    if (answered) {
        addSpots(extras, map->spots());
        for (const technique::PlacedTriggerPoint& point : map->triggerPoints)
            m_dots.add(extras, point.position, eye, kTriggerPointDotM, kTriggerPointDot);
        if (m_click && question.kind == quiz::QuestionKind::ReferralClick)
            m_dots.add(extras, *m_click, eye, kClickDotM, kClickDot);
        return;
    }
    // "A client feels pain here": the region asked about, shaded before it is answered.
    if (question.kind == quiz::QuestionKind::ReferralMuscle)
        for (const technique::PlacedZone& zone : map->zones)
            if (zone.zone && zone.zone->id == question.zoneId)
                addSpots(extras, zone.spots);
}

std::optional<glm::vec3> skinPointAt(const Viewer& viewer, const glm::vec2& pixel, const glm::vec2& size)
{
    const Ray ray = viewer.camera().rayThroughPixel(pixel, size.x, size.y);
    const AnatomyView& anatomy = viewer.anatomy();
    const std::optional<PickHit> hit = viewer.castRay(ray, [&](std::size_t mesh) {
        return technique::isBodySurface(viewer.model().meshes[mesh].name, anatomy.structureOf(mesh));
    });
    if (!hit)
        return std::nullopt;
    return hit->point;
}

} // namespace lumbar::app
