// Superficial structures cover deep ones and nothing pokes through anything else: every
// vertex lies inside the skin's cavity, and no vertex of a structure lies inside a structure
// it was carved away from.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {

TEST(Layering, EverythingLiesUnderTheSkin)
{
    const auto& g = generatedModel();
    const InsideTester skin(g.mesh("skin"));
    for (const auto& m : g.meshes) {
        if (m.name == "skin")
            continue;
        std::size_t outside = 0;
        for (const auto& p : m.mesh.positions) {
            // In the cavity: a ray backwards crosses the skin shell's inner and outer surfaces
            // (an even, non-zero count); inside the shell itself the count is odd.
            const int n = skin.crossingsAbove(p);
            if (n == 0 || (n & 1))
                ++outside;
        }
        EXPECT_EQ(outside, 0u) << m.name << ": vertices outside the skin's cavity";
    }
}

TEST(Layering, CarvedNeighboursDoNotInterpenetrate)
{
    const auto& g = generatedModel();
    const auto defs = allStructureDefs(g.landmarks);
    std::size_t pairs = 0;
    for (const auto& def : defs) {
        for (const auto& avoid : def.avoid) {
            const InsideTester other(g.mesh(avoid.id));
            const Mesh& mine = g.mesh(def.id);
            std::size_t inside = 0;
            for (const auto& p : mine.positions)
                inside += other.inside(p);
            // Carving leaves a 0.4-1.5 mm gap; smoothing and decimation move vertices by less.
            EXPECT_EQ(inside, 0u) << def.id << " has vertices inside " << avoid.id;
            ++pairs;
        }
    }
    EXPECT_GT(pairs, 100u); // the check really covers the model's neighbourhoods
}

} // namespace lumbar::test
