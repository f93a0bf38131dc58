// The hollow round the anatomy as the cut faces of a box-cut dissection. The client's body is
// solid beyond the modelled region, so what a peeled window shows round and under the deep
// structures must read as tissue cut open: its colours are baked per vertex like the skin and
// fat at the window's edge, so they cost nothing per frame.
#include "cavity_lining.hpp"

#include "structure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace lumbar {

namespace {

/// A value in [0, 1) for an integer cell, the same on every platform (a 32-bit integer hash, so
/// the Determinism test's byte-for-byte model holds).
float cellValue(std::int32_t i, std::int32_t k)
{
    std::uint32_t h = std::uint32_t(i) * 0x8da6b343u ^ std::uint32_t(k) * 0xd8163841u;
    h ^= h >> 15;
    h *= 0x2c1b3c6du;
    h ^= h >> 12;
    h *= 0x297a2d39u;
    h ^= h >> 15;
    return float(h >> 8) / 16777216.0f;
}

} // namespace

glm::vec3 cavityOutward(const ClientBody& client, const glm::vec3& p)
{
    // Central differences at the body's grid scale: fine enough for the hollow's large curves.
    constexpr float kStepM = 0.003f;
    const glm::vec3 gradient(
        client.core(p + glm::vec3(kStepM, 0, 0)) - client.core(p - glm::vec3(kStepM, 0, 0)),
        client.core(p + glm::vec3(0, kStepM, 0)) - client.core(p - glm::vec3(0, kStepM, 0)),
        client.core(p + glm::vec3(0, 0, kStepM)) - client.core(p - glm::vec3(0, 0, kStepM)));
    const float length = glm::length(gradient);
    return length < 1e-9f ? glm::vec3(0.0f, 0.0f, -1.0f) : gradient / length;
}

float cavityFloorWeight(const glm::vec3& p, const glm::vec3& outward)
{
    // The floor faces the back (+z is posterior, so the tissue beyond it lies towards -z); the
    // flanks and the flat ends of the hollow are its walls.
    const float facingBack = glm::smoothstep(kCavityFloorFromCos, kCavityFloorToCos, -outward.z);
    // The ridge under the natal cleft, where it can be seen: its faces that look back or sideways,
    // not the underside of the skin's edge over the hollow's lower end.
    const float nearMidline = 1.0f
        - glm::smoothstep(kCleftRidgeHalfWidthM, kCleftRidgeHalfWidthM + kCleftRidgeFadeM, std::abs(p.x));
    const float belowCleftTop
        = 1.0f - glm::smoothstep(window::kCleftSlitTopM - 0.01f, window::kCleftSlitTopM, p.y);
    const float seen = glm::smoothstep(-0.2f, 0.1f, -outward.z);
    return std::max(facingBack, nearMidline * belowCleftTop * seen);
}

float cavityWallGrain(const glm::vec3& p)
{
    // Bilinear value noise in (x, z), smoothstepped between the cells.
    const glm::vec2 q = glm::vec2(p.x, p.z) / kGrainCellM;
    const glm::vec2 cell = glm::floor(q);
    const glm::vec2 f = q - cell;
    const glm::vec2 s = f * f * (3.0f - 2.0f * f);
    const auto i = std::int32_t(cell.x);
    const auto k = std::int32_t(cell.y);
    const float bottom = glm::mix(cellValue(i, k), cellValue(i + 1, k), s.x);
    const float top = glm::mix(cellValue(i, k + 1), cellValue(i + 1, k + 1), s.x);
    return glm::mix(bottom, top, s.y);
}

glm::vec3 cavityLiningColour(const ClientBody& client, const glm::vec3& p)
{
    const glm::vec3 wall = glm::mix(glm::vec3(colours::kMuscleSection), glm::vec3(colours::kPerimysium),
        kGrainStrength * cavityWallGrain(p));
    return glm::mix(
        wall, glm::vec3(colours::kVisceralSection), cavityFloorWeight(p, cavityOutward(client, p)));
}

} // namespace lumbar
