// Signed-distance primitives and blending operators used to describe every structure.
//
// Conventions: distances in metres, negative inside. Most formulas follow Inigo Quilez's
// published distance functions (iquilezles.org/articles/distfunctions); the ellipsoid and
// the polygon-extruded forms are bounds rather than exact distances, which is enough for
// polygonisation and for the layer offsets used here (a few millimetres).
#pragma once

#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>
#include <span>

namespace lumbar::sdf {

inline float dot2(const glm::vec3& v)
{
    return glm::dot(v, v);
}
inline float dot2(const glm::vec2& v)
{
    return glm::dot(v, v);
}

inline float sphere(const glm::vec3& p, const glm::vec3& centre, float radius)
{
    return glm::length(p - centre) - radius;
}

/// Approximate distance to an axis-aligned ellipsoid (radii r) centred at the origin.
inline float ellipsoid(const glm::vec3& p, const glm::vec3& r)
{
    const float k0 = glm::length(p / r);
    const float k1 = glm::length(p / (r * r));
    if (k1 < 1e-12f)
        return -std::min(r.x, std::min(r.y, r.z));
    return k0 * (k0 - 1.0f) / k1;
}

/// Segment a-b swept by a sphere of the given radius.
inline float capsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float radius)
{
    const glm::vec3 pa = p - a, ba = b - a;
    const float h = std::clamp(glm::dot(pa, ba) / std::max(glm::dot(ba, ba), 1e-12f), 0.0f, 1.0f);
    return glm::length(pa - ba * h) - radius;
}

/// Exact distance to the convex hull of sphere(a, ra) and sphere(b, rb) (iq's sdRoundCone).
inline float roundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb)
{
    const glm::vec3 ba = b - a;
    const float l2 = glm::dot(ba, ba);
    const float rr = ra - rb;
    if (l2 <= rr * rr + 1e-12f) // one sphere contains the other
        return std::min(sphere(p, a, ra), sphere(p, b, rb));
    const float a2 = l2 - rr * rr;
    const float il2 = 1.0f / l2;
    const glm::vec3 pa = p - a;
    const float y = glm::dot(pa, ba);
    const float z = y - l2;
    const float x2 = dot2(pa * l2 - ba * y);
    const float y2 = y * y * l2;
    const float z2 = z * z * l2;
    const float k = (rr > 0 ? 1.0f : (rr < 0 ? -1.0f : 0.0f)) * rr * rr * x2;
    const auto sign = [](float v) { return v > 0 ? 1.0f : (v < 0 ? -1.0f : 0.0f); };
    if (sign(z) * a2 * z2 > k)
        return std::sqrt(x2 + z2) * il2 - rb;
    if (sign(y) * a2 * y2 < k)
        return std::sqrt(x2 + y2) * il2 - ra;
    return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
}

/// Box with half extents `half` and edge rounding `rounding`, p already in the box's frame.
inline float roundBox(const glm::vec3& p, const glm::vec3& half, float rounding)
{
    const glm::vec3 q = glm::abs(p) - half + glm::vec3(rounding);
    return glm::length(glm::max(q, glm::vec3(0.0f))) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f)
        - rounding;
}

/// Unsigned distance to triangle abc (iq's udTriangle).
inline float triangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c)
{
    const glm::vec3 ba = b - a, pa = p - a;
    const glm::vec3 cb = c - b, pb = p - b;
    const glm::vec3 ac = a - c, pc = p - c;
    const glm::vec3 nor = glm::cross(ba, ac);
    const auto sgn = [](float v) { return v > 0 ? 1.0f : (v < 0 ? -1.0f : 0.0f); };
    const bool outside = sgn(glm::dot(glm::cross(ba, nor), pa)) + sgn(glm::dot(glm::cross(cb, nor), pb))
            + sgn(glm::dot(glm::cross(ac, nor), pc))
        < 2.0f;
    if (outside) {
        const float d = std::min(std::min(dot2(ba * std::clamp(glm::dot(ba, pa) / dot2(ba), 0.0f, 1.0f) - pa),
                                     dot2(cb * std::clamp(glm::dot(cb, pb) / dot2(cb), 0.0f, 1.0f) - pb)),
            dot2(ac * std::clamp(glm::dot(ac, pc) / dot2(ac), 0.0f, 1.0f) - pc));
        return std::sqrt(d);
    }
    return std::sqrt(glm::dot(nor, pa) * glm::dot(nor, pa) / dot2(nor));
}

/// Signed distance to a simple closed 2D polygon (iq's sdPolygon), negative inside.
inline float polygon(std::span<const glm::vec2> v, const glm::vec2& p)
{
    float d = dot2(p - v[0]);
    float s = 1.0f;
    for (size_t i = 0, j = v.size() - 1; i < v.size(); j = i, ++i) {
        const glm::vec2 e = v[j] - v[i];
        const glm::vec2 w = p - v[i];
        const glm::vec2 b = w - e * std::clamp(glm::dot(w, e) / dot2(e), 0.0f, 1.0f);
        d = std::min(d, dot2(b));
        const bool c0 = p.y >= v[i].y, c1 = p.y<v[j].y, c2 = e.x * w.y> e.y * w.x;
        if ((c0 && c1 && c2) || (!c0 && !c1 && !c2))
            s = -s;
    }
    return s * std::sqrt(d);
}

/// Polynomial smooth minimum: blends two shapes over a fillet of width k.
inline float smoothUnion(float a, float b, float k)
{
    if (k <= 0.0f)
        return std::min(a, b);
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}

/// Smooth maximum, for softened intersections and subtractions.
inline float smoothIntersect(float a, float b, float k)
{
    return -smoothUnion(-a, -b, k);
}

/// Keeps a, removes b.
inline float subtract(float a, float b)
{
    return std::max(a, -b);
}

/// Shell of thickness `thickness` centred on the zero set of d.
inline float shell(float d, float thickness)
{
    return std::abs(d) - 0.5f * thickness;
}

} // namespace lumbar::sdf
