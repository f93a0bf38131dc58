// Staging, answering and marking a palpation round.
#include "session/palpation_trainer.hpp"

#include "anatomy/knowledge_base.hpp"
#include "session/progress_keeper.hpp"
#include "session/quiz_referral.hpp"
#include "technique/anatomy_surface.hpp"

namespace lumbar::app {
namespace {

constexpr float kDotRadiusM = 0.006f;

} // namespace

void PalpationTrainer::start(Viewer& viewer, const technique::AnatomySurface& surface, std::uint32_t seed,
    bool timed, double nowS, ProgressKeeper* progress)
{
    if (!m_round) {
        m_savedView = saveAnatomyView(viewer);
        m_savedCamera = viewer.camera();
    }
    m_surface = &surface;
    m_geometryRevision = viewer.geometryRevision();
    m_progress = progress;
    m_round.emplace(surface, seed, 10, timed ? kTimedSeconds : 0.0,
        progress ? &progress->progress() : nullptr, secondsSinceEpoch());
    m_revealing = false;
    m_askedAtS = nowS;
    stage(viewer, false);
    frame(viewer);
}

void PalpationTrainer::frame(Viewer& viewer) const
{
    viewer.resetView(ViewPreset::Posterior);
    viewer.frameBounds(viewer.anatomyBounds());
}

void PalpationTrainer::stop(Viewer& viewer)
{
    if (!m_round)
        return;
    m_round.reset();
    m_revealing = false;
    restoreAnatomyView(viewer, m_savedView);
    viewer.camera() = m_savedCamera;
}

const quiz::PalpationAttempt* PalpationTrainer::lastAttempt() const
{
    return m_round && m_revealing && !m_round->attempts().empty() ? &m_round->attempts().back() : nullptr;
}

std::optional<double> PalpationTrainer::secondsLeft(double nowS) const
{
    if (!m_round || m_round->timeLimitS() <= 0.0 || m_revealing || m_round->finished())
        return std::nullopt;
    return std::max(0.0, m_round->timeLimitS() - (nowS - m_askedAtS));
}

bool PalpationTrainer::current(const Viewer& viewer, const technique::AnatomySurface& surface) const
{
    return &surface == m_surface && viewer.geometryRevision() == m_geometryRevision;
}

bool PalpationTrainer::click(const glm::vec2& pixel, const glm::vec2& size, Viewer& viewer,
    const technique::AnatomySurface& surface, double nowS)
{
    if (!m_round || m_revealing || m_round->finished() || !current(viewer, surface))
        return false;
    const std::optional<glm::vec3> point = skinPointAt(viewer, pixel, size);
    if (!point)
        return false;
    answer(*point, viewer, nowS);
    return true;
}

void PalpationTrainer::pass(Viewer& viewer, double nowS)
{
    if (m_round && !m_revealing && !m_round->finished())
        answer(std::nullopt, viewer, nowS);
}

void PalpationTrainer::answer(std::optional<glm::vec3> click, Viewer& viewer, double nowS)
{
    const quiz::PalpationTarget& target = m_round->current();
    m_truePoint = quiz::palpationPoint(target, *m_surface);
    const quiz::PalpationAttempt& attempt = m_round->answer(click, nowS - m_askedAtS);
    if (m_progress)
        m_progress->record(target, attempt.found, secondsSinceEpoch());
    m_revealing = true;
    stage(viewer, true);
}

void PalpationTrainer::next(Viewer& viewer, double nowS)
{
    if (!m_round || !m_revealing)
        return;
    m_revealing = false;
    m_askedAtS = nowS;
    stage(viewer, false);
}

void PalpationTrainer::update(Viewer& viewer, const technique::AnatomySurface& surface, double nowS)
{
    if (m_round && !current(viewer, surface)) {
        stop(viewer);
        return;
    }
    if (const std::optional<double> left = secondsLeft(nowS); left && *left <= 0.0)
        pass(viewer, nowS);
}

void PalpationTrainer::stage(Viewer& viewer, bool reveal) const
{
    AnatomyView& anatomy = viewer.anatomy();
    anatomy.showAll();
    anatomy.selected.reset();
    anatomy.xray = false;
    anatomy.showScenery = true;
    viewer.display.labels = false;
    viewer.display.referral = false;
    for (LayerControl& layer : anatomy.layers) {
        layer.visible = true;
        layer.opacity = 1.0f;
    }
    anatomy.peelDepth = 0;
    if (reveal)
        if (const LayerInfo* bone = viewer.knowledgeBase().findLayer("bone"))
            anatomy.peelDepth = bone->depth;
}

void PalpationTrainer::addTo(SceneExtras& extras, const Viewer& viewer) const
{
    if (!m_round)
        return;
    const AnatomyView& anatomy = viewer.anatomy();
    if (faintBones && !m_revealing)
        for (std::size_t mesh = 0; mesh < viewer.model().meshes.size(); ++mesh)
            if (const StructureInfo* structure = anatomy.structureOf(mesh);
                structure && structure->kind == "bone")
                extras.ghosted.push_back(mesh);
    const quiz::PalpationAttempt* attempt = lastAttempt();
    if (!attempt)
        return;
    const glm::vec3 eye = viewer.camera().eye();
    if (attempt->click)
        m_dots.add(extras, *attempt->click, eye, kDotRadiusM, kClickDot);
    if (m_truePoint)
        m_dots.add(extras, *m_truePoint, eye, kDotRadiusM, kTrueSpotDot);
}

} // namespace lumbar::app
