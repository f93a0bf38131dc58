// Palpation targets and a scored round.
#include "quiz/palpation_round.hpp"

#include "quiz/progress_keys.hpp"
#include "quiz/quiz_random.hpp"
#include "technique/anatomy_surface.hpp"
#include "technique/skin_point.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace lumbar::quiz {
namespace {

using Kind = PalpationTarget::Kind;

/// Quadratus lumborum's window lies this far lateral to the border of erector spinae.
constexpr float kWindowBeyondBorderM = 0.015f;
/// The border of erector spinae is looked for within this height of the L3 spinous process.
constexpr float kBorderBandM = 0.01f;

const char* const kSpinousHow
    = "Find the tops of the iliac crests with your hands at the client's waist: the line between them "
      "crosses L4 or the L4-L5 gap in most people (Chakraverty et al. 2007). Count up or down from there "
      "in the midline furrow: each spinous process is a firm bump, about 3.5 cm from the next.";

std::vector<PalpationTarget> makeTargets()
{
    std::vector<PalpationTarget> targets;
    for (const char* level : {"l1", "l2", "l3", "l4", "l5"}) {
        const std::string upper = std::string(1, 'L') + (level + 1);
        targets.push_back({std::string("spinous_process.") + level, "the spinous process of " + upper,
            Kind::Landmark, "", std::string("vertebra_") + level, kSpinousHow});
    }
    for (const std::string side : {"left", "right"}) {
        targets.push_back({"iliac_crest." + side, "the top of the " + side + " iliac crest", Kind::Landmark,
            side, "hip_bone." + side,
            "Rest your hands on the client's waist and press down and in until you meet bone, then slide "
            "up to the crest's highest point: level with L4 or the L4-L5 gap in most people (Chakraverty "
            "et al. 2007)."});
        targets.push_back({"psis." + side, "the " + side + " posterior superior iliac spine (PSIS)",
            Kind::Landmark, side, "hip_bone." + side,
            "Follow the crest backwards to where it ends: a knob under the dimple above the buttock, "
            "level with S2, about 4 cm from the midline."});
        targets.push_back({"rib_12_tip." + side, "the tip of the " + side + " 12th rib", Kind::Landmark, side,
            "rib_12." + side,
            "Lateral to the erector spinae, feel up from the crest for the first rib and follow it out and "
            "down to its free tip, a short floating rib. Press gently: the kidney lies in front of it."});
        targets.push_back(
            {"erector_border." + side, "the lateral border of the " + side + " erector spinae at L3",
                Kind::ErectorBorder, side, "iliocostalis_lumborum." + side,
                "Ask the client to lift the head a little: the erector spinae tense into a firm ridge beside "
                "the spine. Its outer edge, at the level of L3, is about a hand's width from the midline."});
        targets.push_back({"quadratus_window." + side,
            "the window for the " + side + " quadratus lumborum, between the 12th rib and the crest",
            Kind::QuadratusWindow, side, "quadratus_lumborum." + side,
            "Just lateral to the edge of the erector spinae, in the soft space between the 12th rib and "
            "the crest: sink in slowly and press towards the spine, never straight forwards (the "
            "kidney)."});
    }
    return targets;
}

/// The point of erector spinae's lateral border at the L3 spinous process's height.
std::optional<glm::vec3> erectorBorder(const std::string& side, const technique::AnatomySurface& surface)
{
    const std::optional<glm::vec3> l3 = surface.landmark("spinous_process.l3");
    const MeshData* column = surface.structureMesh("iliocostalis_lumborum." + side);
    if (!l3 || !column)
        return std::nullopt;
    const float sign = side == "left" ? -1.0f : 1.0f;
    std::optional<glm::vec3> border;
    for (const glm::vec3& p : column->positions)
        if (std::abs(p.y - l3->y) < kBorderBandM && (!border || sign * p.x > sign * border->x))
            border = p;
    return border;
}

} // namespace

const std::vector<PalpationTarget>& palpationTargets()
{
    static const std::vector<PalpationTarget> targets = makeTargets();
    return targets;
}

std::optional<glm::vec3> palpationPoint(
    const PalpationTarget& target, const technique::AnatomySurface& surface)
{
    switch (target.kind) {
    case Kind::Landmark:
        return surface.landmark(target.id);
    case Kind::ErectorBorder:
        return erectorBorder(target.side, surface);
    case Kind::QuadratusWindow: {
        const std::optional<glm::vec3> border = erectorBorder(target.side, surface);
        const std::optional<glm::vec3> rib = surface.landmark("rib_12_tip." + target.side);
        const std::optional<glm::vec3> crest = surface.landmark("iliac_crest." + target.side);
        if (!border || !rib || !crest)
            return std::nullopt;
        const float sign = target.side == "left" ? -1.0f : 1.0f;
        return glm::vec3(border->x + sign * kWindowBeyondBorderM, 0.5f * (rib->y + crest->y), border->z);
    }
    }
    return std::nullopt;
}

std::optional<glm::vec3> palpationSpot(
    const PalpationTarget& target, const technique::AnatomySurface& surface)
{
    const std::optional<glm::vec3> point = palpationPoint(target, surface);
    if (!point)
        return std::nullopt;
    const std::vector<const MeshData*> skin = technique::bodySurfaceMeshes(surface);
    if (target.id.rfind("rib_12_tip.", 0) == 0) {
        // The rib's tip curves forward round the flank: it is felt from behind and the side.
        const float sign = target.side == "left" ? -1.0f : 1.0f;
        const glm::vec3 direction = glm::normalize(glm::vec3(sign, 0.0f, 1.0f));
        const std::optional<glm::vec3> carried = technique::carryToSkin(skin, *point, direction);
        return carried ? technique::nearestOnSkin(surface, *carried) : std::nullopt;
    }
    // The outermost surface straight behind it: the skin over the window, else the body round it.
    std::optional<technique::SurfacePoint> best;
    for (const MeshData* mesh : skin)
        if (const auto hit = surface.posteriorPoint(mesh->name, point->x, point->y);
            hit && hit->position.z > point->z && (!best || hit->position.z > best->position.z))
            best = hit;
    return best ? std::optional<glm::vec3>(best->position) : std::nullopt;
}

PalpationRound::PalpationRound(const technique::AnatomySurface& surface, std::uint32_t seed,
    std::size_t count, double timeLimitS, const Progress* progress, std::int64_t nowS)
    : m_surface(surface), m_timeLimitS(timeLimitS)
{
    const std::vector<PalpationTarget>& targets = palpationTargets();
    std::vector<std::size_t> order(targets.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937 rng(seed);
    shuffleInPlace(order, rng);
    if (progress)
        sortBySchedule(
            order, *progress, nowS, [&](std::size_t index) { return progressKey(targets[index]); });
    for (std::size_t index : order) {
        if (m_order.size() == count)
            break;
        if (const std::optional<glm::vec3> spot = palpationSpot(targets[index], surface)) {
            m_order.push_back(index);
            m_spots.push_back(*spot);
        }
    }
}

const PalpationTarget& PalpationRound::current() const
{
    if (finished())
        throw std::logic_error("the palpation round is over");
    return palpationTargets()[m_order[m_attempts.size()]];
}

const PalpationAttempt& PalpationRound::answer(std::optional<glm::vec3> click, double seconds)
{
    if (finished())
        throw std::logic_error("the palpation round is over");
    PalpationAttempt attempt;
    attempt.target = m_order[m_attempts.size()];
    attempt.spot = m_spots[m_attempts.size()];
    attempt.click = click;
    attempt.seconds = seconds;
    attempt.inTime = m_timeLimitS <= 0.0 || seconds <= m_timeLimitS;
    if (click)
        attempt.errorM = technique::distanceAlongSkin(m_surface, *click, attempt.spot);
    attempt.found = click && attempt.inTime && attempt.errorM <= kFoundWithinM;
    m_attempts.push_back(attempt);
    return m_attempts.back();
}

std::size_t PalpationRound::foundCount() const
{
    return std::size_t(std::count_if(
        m_attempts.begin(), m_attempts.end(), [](const PalpationAttempt& attempt) { return attempt.found; }));
}

float PalpationRound::meanErrorM() const
{
    float sum = 0.0f;
    int clicks = 0;
    for (const PalpationAttempt& attempt : m_attempts)
        if (attempt.click) {
            sum += attempt.errorM;
            ++clicks;
        }
    return clicks == 0 ? 0.0f : sum / float(clicks);
}

} // namespace lumbar::quiz
