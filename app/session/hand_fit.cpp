// Underside columns and the search for the turn.
#include "session/hand_fit.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace lumbar::app {
namespace {

/// The working indentation of the generator's contact patches (tools/anatomy/src/hands.hpp).
constexpr float kContactDepthM = 0.004f;
/// Columns of the underside.
constexpr float kColumnM = 0.03f;
/// Parts of the pose higher than this above the skin plane are left out: no turn within the
/// limits brings them down to the body.
constexpr float kHighestConsideredM = 0.12f;
/// Around the contact patch the tissue dents under the hand: the underside is left out that far
/// beyond the patch.
constexpr float kDentMarginM = 0.03f;
/// Sinking this little is left alone: the tissue dents around the contact anyway.
constexpr float kAcceptedSinkM = 0.002f;
constexpr float kStepRad = 2.0f * 3.14159265f / 180.0f;

} // namespace

Underside undersideOf(const MeshData& pose)
{
    Underside underside;
    for (const glm::vec3& p : pose.positions)
        if (p.y < kContactDepthM)
            underside.contactReachM = std::max(underside.contactReachM, std::hypot(p.x, p.z));
    std::map<std::pair<int, int>, glm::vec3> lowest; // ordered: the same points in the same order every time
    for (const glm::vec3& p : pose.positions) {
        if (p.y > kHighestConsideredM || std::hypot(p.x, p.z) <= underside.contactReachM + kDentMarginM)
            continue;
        const std::pair<int, int> column{int(std::floor(p.x / kColumnM)), int(std::floor(p.z / kColumnM))};
        const auto [it, added] = lowest.try_emplace(column, p);
        if (!added && p.y < it->second.y)
            it->second = p;
    }
    for (const auto& [column, point] : lowest)
        underside.points.push_back(point);
    return underside;
}

ContactShape contactShapeOf(const MeshData& pose)
{
    // Principal axes of the patch's vertices in (x, z).
    glm::vec2 mean(0.0f);
    int count = 0;
    for (const glm::vec3& p : pose.positions)
        if (p.y < kContactDepthM) {
            mean += glm::vec2(p.x, p.z);
            ++count;
        }
    ContactShape shape;
    if (count < 3)
        return shape;
    mean /= float(count);
    float xx = 0.0f, xz = 0.0f, zz = 0.0f;
    for (const glm::vec3& p : pose.positions)
        if (p.y < kContactDepthM) {
            const glm::vec2 d = glm::vec2(p.x, p.z) - mean;
            xx += d.x * d.x;
            xz += d.x * d.y;
            zz += d.y * d.y;
        }
    const float half = 0.5f * (xx + zz);
    const float root = std::sqrt(std::max(0.25f * (xx - zz) * (xx - zz) + xz * xz, 0.0f));
    const float major = half + root, minor = std::max(half - root, 1e-12f);
    const float angle = 0.5f * std::atan2(2.0f * xz, xx - zz);
    shape.axis = {std::cos(angle), std::sin(angle)};
    shape.elongation = std::clamp(std::sqrt(major / minor), 1.0f, 6.0f);
    return shape;
}

double contactPatchAreaCm2(const MeshData& pose)
{
    double areaM2 = 0.0;
    for (std::size_t t = 0; t + 2 < pose.indices.size(); t += 3) {
        const glm::vec3 corners[3] = {pose.positions[pose.indices[t]], pose.positions[pose.indices[t + 1]],
            pose.positions[pose.indices[t + 2]]};
        if (glm::cross(corners[1] - corners[0], corners[2] - corners[0]).y >= 0.0f)
            continue; // facing away from the skin
        // The triangle's part below the slab's top, as a polygon in (x, z).
        glm::vec2 kept[4];
        int count = 0;
        for (int i = 0; i < 3; ++i) {
            const glm::vec3& a = corners[i];
            const glm::vec3& b = corners[(i + 1) % 3];
            if (a.y <= kContactDepthM)
                kept[count++] = {a.x, a.z};
            if ((a.y <= kContactDepthM) != (b.y <= kContactDepthM)) {
                const glm::vec3 crossing = glm::mix(a, b, (kContactDepthM - a.y) / (b.y - a.y));
                kept[count++] = {crossing.x, crossing.z};
            }
        }
        double twice = 0.0;
        for (int i = 0; i < count; ++i) {
            const glm::vec2& a = kept[i];
            const glm::vec2& b = kept[(i + 1) % count];
            twice += double(a.x) * b.y - double(b.x) * a.y;
        }
        areaM2 += 0.5 * std::abs(twice);
    }
    return areaM2 * 1e4;
}

glm::mat3 turnMatrix(const HandTurn& turn)
{
    // Pitch: about z by -pitch (the -x side rises); roll: about x by roll (the -z side rises).
    const float cp = std::cos(turn.pitchRad), sp = std::sin(turn.pitchRad);
    const float cr = std::cos(turn.rollRad), sr = std::sin(turn.rollRad);
    const glm::mat3 pitch(glm::vec3(cp, -sp, 0.0f), glm::vec3(sp, cp, 0.0f), glm::vec3(0.0f, 0.0f, 1.0f));
    const glm::mat3 roll(glm::vec3(1.0f, 0.0f, 0.0f), glm::vec3(0.0f, cr, sr), glm::vec3(0.0f, -sr, cr));
    return roll * pitch;
}

float SurfaceGrid::heightAt(float x, float z) const
{
    if (columns < 2 || rows < 2 || heights.size() != std::size_t(columns * rows))
        return std::nanf("");
    const float u = std::clamp((x - firstX) / stepM, 0.0f, float(columns - 1) - 1e-4f);
    const float v = std::clamp((z - firstZ) / stepM, 0.0f, float(rows - 1) - 1e-4f);
    const int ix = int(u), iz = int(v);
    // The highest of the four corners rather than a blend: a blend would smooth away the step at
    // the dissection window's edge, where the skin stands 2-3 cm above the muscle inside.
    const auto at = [&](int i, int k) { return heights[std::size_t(i + columns * k)]; };
    const float highest
        = std::max(std::max(at(ix, iz), at(ix + 1, iz)), std::max(at(ix, iz + 1), at(ix + 1, iz + 1)));
    // Where the surface bulges (a buttock, the skin left over the natal cleft) it rises between
    // the points above all four: a parabola through three points spaced `stepM` rises at most an
    // eighth of their second difference above the higher of the two it lies between.
    float bulge = 0.0f;
    const auto bulgeAt = [&](int i, int k, int di, int dk) {
        if (i - di < 0 || k - dk < 0 || i + di >= columns || k + dk >= rows)
            return;
        const float secondDifference = at(i - di, k - dk) - 2.0f * at(i, k) + at(i + di, k + dk);
        if (secondDifference < 0.0f) // NaN compares false
            bulge = std::max(bulge, -secondDifference / 8.0f);
    };
    for (int k = iz; k <= iz + 1; ++k)
        for (int i = ix; i <= ix + 1; ++i) {
            bulgeAt(i, k, 1, 0);
            bulgeAt(i, k, 0, 1);
        }
    return highest + bulge;
}

float sinkDepth(const Underside& underside, const SurfaceGrid& surface, const HandTurn& turn)
{
    const glm::mat3 rotation = turnMatrix(turn);
    float deepest = 0.0f;
    for (const glm::vec3& point : underside.points) {
        const glm::vec3 turned = rotation * point;
        const float height = surface.heightAt(turned.x, turned.z);
        if (!std::isnan(height))
            deepest = std::max(deepest, height - turned.y);
    }
    return deepest;
}

HandTurn fitTurn(const Underside& underside, const SurfaceGrid& surface)
{
    HandTurn best;
    float bestSink = sinkDepth(underside, surface, best);
    if (bestSink <= kAcceptedSinkM)
        return best;
    float bestSize = 0.0f;
    const int pitchSteps = int(kMaxHandPitchRad / kStepRad), rollSteps = int(kMaxHandRollRad / kStepRad);
    for (int p = -pitchSteps; p <= pitchSteps; ++p)
        for (int r = -rollSteps; r <= rollSteps; ++r) {
            const HandTurn turn{float(p) * kStepRad, float(r) * kStepRad};
            const float sink = sinkDepth(underside, surface, turn);
            const float size = std::hypot(turn.pitchRad, turn.rollRad);
            if (sink + 1e-4f < bestSink || (sink < bestSink + 1e-4f && size < bestSize)) {
                best = turn;
                bestSink = sink;
                bestSize = size;
            }
        }
    return best;
}

} // namespace lumbar::app
