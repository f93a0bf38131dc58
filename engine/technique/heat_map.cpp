// Dose accumulation on the targeted meshes and the viridis colour map.
#include "technique/heat_map.hpp"

#include "technique/anatomy_surface.hpp"
#include "technique/prepared_lesson.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace lumbar::technique {
namespace {

SortedVertices sortByX(const MeshData& mesh)
{
    SortedVertices sorted;
    sorted.order.resize(mesh.positions.size());
    std::iota(sorted.order.begin(), sorted.order.end(), 0u);
    std::stable_sort(sorted.order.begin(), sorted.order.end(),
        [&](std::uint32_t a, std::uint32_t b) { return mesh.positions[a].x < mesh.positions[b].x; });
    for (std::uint32_t i : sorted.order)
        sorted.xs.push_back(mesh.positions[i].x);
    return sorted;
}

/// Entries 0, 16, ..., 240 and 255 of the published viridis table (_viridis_data, CC0).
constexpr std::array<std::pair<int, glm::vec3>, 17> kViridis{{
    {0, {0.267004f, 0.004874f, 0.329415f}},
    {16, {0.282327f, 0.094955f, 0.417331f}},
    {32, {0.278826f, 0.175490f, 0.483397f}},
    {48, {0.258965f, 0.251537f, 0.524736f}},
    {64, {0.229739f, 0.322361f, 0.545706f}},
    {80, {0.199430f, 0.387607f, 0.554642f}},
    {96, {0.172719f, 0.448791f, 0.557885f}},
    {112, {0.149039f, 0.508051f, 0.557250f}},
    {128, {0.127568f, 0.566949f, 0.550556f}},
    {144, {0.120638f, 0.625828f, 0.533488f}},
    {160, {0.157851f, 0.683765f, 0.501686f}},
    {176, {0.246070f, 0.738910f, 0.452024f}},
    {192, {0.369214f, 0.788888f, 0.382914f}},
    {208, {0.515992f, 0.831158f, 0.294279f}},
    {224, {0.678489f, 0.863742f, 0.189503f}},
    {240, {0.845561f, 0.887322f, 0.099702f}},
    {255, {0.993248f, 0.906157f, 0.143936f}},
}};

} // namespace

float HeatMap::maxDoseKPaS() const
{
    float result = 0.0f;
    for (const std::vector<float>& mesh : doseKPaS)
        for (float dose : mesh)
            result = std::max(result, dose);
    return result;
}

DoseAccumulator::DoseAccumulator(
    const PreparedLesson& prepared, const AnatomySurface& surface, double fromS, double sampleS)
    : m_prepared(prepared), m_surface(surface), m_fromS(fromS), m_sampleS(sampleS)
{
    const Model& model = surface.model();
    m_map.doseKPaS.resize(model.meshes.size());
    m_sorted.resize(model.meshes.size());
    for (const Step& step : prepared.lesson.steps)
        for (const std::string& target : step.targets)
            if (const auto index = surface.meshIndex(target); index && m_map.doseKPaS[*index].empty()) {
                m_map.doseKPaS[*index].assign(model.meshes[*index].positions.size(), 0.0f);
                m_sorted[*index] = sortByX(model.meshes[*index]);
            }
}

void DoseAccumulator::advanceTo(double toS)
{
    if (!(m_sampleS > 0.0))
        return;
    // The same start and width expressions as mapAt's, so a map built in steps equals one built at once.
    for (double start = timeS(); start + m_sampleS <= toS; start = timeS()) {
        addSlice(m_map, start, m_sampleS);
        ++m_slices;
    }
}

HeatMap DoseAccumulator::mapAt(double toS) const
{
    HeatMap map = m_map;
    if (!(m_sampleS > 0.0))
        return map;
    const double from = timeS();
    if (!(toS > from))
        return map;
    const auto slices = static_cast<std::size_t>(std::ceil((toS - from) / m_sampleS - 1e-9));
    for (std::size_t k = 0; k < slices; ++k) {
        const double start = m_fromS + double(m_slices + k) * m_sampleS;
        addSlice(map, start, std::min(m_sampleS, toS - start));
    }
    return map;
}

void DoseAccumulator::addSlice(HeatMap& map, double startS, double widthS) const
{
    const FrameState frame = evaluate(m_prepared, startS + 0.5 * widthS);
    if (!frame.valid || !frame.toolInContact || frame.pressureKPa <= 0.0)
        return;
    const Model& model = m_surface.model();
    const double contact = contactRadiusM(frame.contactAreaCm2);
    const double reach = frame.indentationRadiusM;
    for (const std::string& target : frame.step->targets) {
        const auto index = m_surface.meshIndex(target);
        if (!index)
            continue;
        const MeshData& mesh = model.meshes[*index];
        const SortedVertices& slab = m_sorted[*index];
        std::vector<float>& dose = map.doseKPaS[*index];
        const auto reachF = static_cast<float>(reach);
        auto from = std::lower_bound(slab.xs.begin(), slab.xs.end(), frame.toolPosition.x - reachF);
        auto to = std::upper_bound(slab.xs.begin(), slab.xs.end(), frame.toolPosition.x + reachF);
        for (auto it = from; it != to; ++it) {
            const std::uint32_t v = slab.order[static_cast<std::size_t>(it - slab.xs.begin())];
            const double distance = glm::length(mesh.positions[v] - frame.toolPosition);
            const double weight = falloffWeight(distance, contact, reach);
            if (weight > 0.0)
                dose[v] += static_cast<float>(frame.pressureKPa * widthS * weight);
        }
    }
}

HeatMap accumulateDose(
    const PreparedLesson& prepared, const AnatomySurface& surface, double fromS, double toS, double sampleS)
{
    return DoseAccumulator(prepared, surface, fromS, sampleS).mapAt(toS);
}

HeatMap stepDose(
    const PreparedLesson& prepared, const AnatomySurface& surface, std::size_t stepIndex, double sampleS)
{
    if (stepIndex >= prepared.steps.size())
        return accumulateDose(prepared, surface, 0.0, 0.0, sampleS);
    const PreparedStep& step = prepared.steps[stepIndex];
    return accumulateDose(prepared, surface, step.startS, step.startS + step.durationS, sampleS);
}

float heatPosition(float doseKPaS, float maxDoseKPaS)
{
    if (!(maxDoseKPaS > 0.0f))
        return 0.0f;
    return std::sqrt(std::clamp(doseKPaS / maxDoseKPaS, 0.0f, 1.0f));
}

float doseAtHeatPosition(float position, float maxDoseKPaS)
{
    const float t = std::clamp(position, 0.0f, 1.0f);
    return t * t * std::max(maxDoseKPaS, 0.0f);
}

float heatCoverage(float position)
{
    const float t = std::clamp((position - 0.02f) / (0.30f - 0.02f), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t); // as GLSL's smoothstep(0.02, 0.30, position) in mesh.frag
}

glm::vec3 viridis(float t)
{
    const float index = std::clamp(std::isfinite(t) ? t : 0.0f, 0.0f, 1.0f) * 255.0f;
    for (std::size_t i = 1; i < kViridis.size(); ++i) {
        const auto upper = static_cast<float>(kViridis[i].first);
        if (index <= upper) {
            const auto lower = static_cast<float>(kViridis[i - 1].first);
            return glm::mix(kViridis[i - 1].second, kViridis[i].second, (index - lower) / (upper - lower));
        }
    }
    return kViridis.back().second;
}

} // namespace lumbar::technique
