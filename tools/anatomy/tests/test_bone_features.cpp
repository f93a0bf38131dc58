// Surface features of the bones that make them read as bone, measured on the shipped meshes:
// the posterior sacral foramina are pits in the dorsal sacrum.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace lumbar::test {

namespace {

/// Distance along the ray to the nearest triangle of `mesh` it hits (Moller-Trumbore).
std::optional<double> firstHit(const Mesh& mesh, glm::dvec3 origin, glm::dvec3 direction)
{
    std::optional<double> nearest;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const glm::dvec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                         c = mesh.positions[mesh.indices[t + 2]];
        const glm::dvec3 e1 = b - a, e2 = c - a;
        const glm::dvec3 pv = glm::cross(direction, e2);
        const double det = glm::dot(e1, pv);
        if (std::abs(det) < 1e-15)
            continue;
        const glm::dvec3 tv = origin - a;
        const double u = glm::dot(tv, pv) / det;
        if (u < 0 || u > 1)
            continue;
        const glm::dvec3 qv = glm::cross(tv, e1);
        const double v = glm::dot(direction, qv) / det;
        if (v < 0 || u + v > 1)
            continue;
        const double along = glm::dot(e2, qv) / det;
        if (along > 0 && (!nearest || along < *nearest))
            nearest = along;
    }
    return nearest;
}

} // namespace

TEST(BoneFeatures, PosteriorSacralForaminaArePitsInTheDorsalSurface)
{
    // A ray cast from behind, along the sacrum's local dorsal axis, through a foramen's centre
    // reaches bone deeper than rays just beyond its rim (above, below, medial and lateral: the
    // roof between the foramina and the crests beside them). Threshold: the pits are modelled
    // 8 mm deep; smoothing and decimation may round that off, but 3 mm still reads as a hole.
    const auto& g = shippedModel();
    const Mesh& sacrum = g.mesh("sacrum");
    constexpr double kStartBehindM = 0.08;
    constexpr double kMinPitDepthM = 0.003;
    for (const auto& f : kSacralForamina)
        for (double side : {-1.0, 1.0}) {
            const Frame frame = g.landmarks.sacralFrame(f.alongM);
            const glm::dvec3 dorsal = frame.posterior, up = frame.up;
            const glm::dvec3 centre
                = glm::dvec3(frame.origin) + dorsal * kStartBehindM + glm::dvec3(side * f.lateralM, 0, 0);
            const auto depthAt
                = [&](glm::dvec3 offset) { return firstHit(sacrum, centre + offset, -dorsal); };
            const auto inPit = depthAt({});
            SCOPED_TRACE("foramen at " + std::to_string(f.alongM) + " m, side " + std::to_string(side));
            ASSERT_TRUE(inPit.has_value());
            const double beyond = f.radiusM + 0.003;
            for (const glm::dvec3 offset :
                {up * beyond, -up * beyond, glm::dvec3(beyond, 0, 0), glm::dvec3(-beyond, 0, 0)}) {
                const auto beside = depthAt(offset);
                ASSERT_TRUE(beside.has_value());
                EXPECT_GT(*inPit - *beside, kMinPitDepthM);
            }
        }
}

} // namespace lumbar::test
