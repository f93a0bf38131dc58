// Fitting a hand pose to the body: the underside of a pose and the turn that keeps it out of the
// surface.
#include "session/hand_fit.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lumbar::test {
namespace {

/// A grid whose surface height is `height(x, z)`.
template <typename Height> app::SurfaceGrid gridOf(Height height)
{
    app::SurfaceGrid grid;
    for (int iz = 0; iz < grid.rows; ++iz)
        for (int ix = 0; ix < grid.columns; ++ix) {
            const glm::vec2 at = grid.pointAt(ix, iz);
            grid.heights.push_back(height(at.x, at.y));
        }
    return grid;
}

/// A straight "forearm" 1 cm above the skin plane from 0.1 m to 0.4 m behind the contact.
app::Underside forearmLine()
{
    app::Underside underside;
    for (float x = -0.4f; x <= -0.1f; x += 0.03f)
        underside.points.push_back({x, 0.01f, 0.0f});
    return underside;
}

} // namespace

TEST(HandFit, TheUndersideIsTheLowestPointOfEachColumnOutsideTheContact)
{
    MeshData pose;
    // The contact patch (on the plane, 2 cm from the origin), a low point 10 cm behind, a higher
    // one above it in the same column, and one out of reach of any turn.
    pose.positions
        = {{0.02f, 0.0f, 0.0f}, {-0.10f, 0.02f, 0.005f}, {-0.10f, 0.05f, 0.005f}, {-0.2f, 0.3f, 0.0f}};
    const app::Underside underside = app::undersideOf(pose);
    EXPECT_NEAR(underside.contactReachM, 0.02f, 1e-6f);
    ASSERT_EQ(underside.points.size(), 1u);
    EXPECT_EQ(underside.points[0], glm::vec3(-0.10f, 0.02f, 0.005f));
}

TEST(HandFit, TheContactShapeFollowsThePatch)
{
    // A strip 10 cm long along z and 2 cm wide on the skin plane (a grid of vertices), and a
    // point above it that is not part of the patch.
    MeshData strip;
    for (int i = 0; i <= 10; ++i)
        for (int k = 0; k <= 2; ++k)
            strip.positions.push_back({-0.01f + 0.01f * float(k), 0.0f, -0.05f + 0.01f * float(i)});
    strip.positions.push_back({0.3f, 0.2f, 0.0f});
    const app::ContactShape shape = app::contactShapeOf(strip);
    EXPECT_NEAR(std::abs(shape.axis.y), 1.0f, 1e-4f);
    // Spreads: sqrt(mean square) of -5..5 cm (3.16 cm) against -1..1 cm (0.82 cm): 3.87.
    EXPECT_NEAR(shape.elongation, 3.873f, 0.01f);
    // A square patch is round.
    MeshData square;
    for (int i = 0; i <= 4; ++i)
        for (int k = 0; k <= 4; ++k)
            square.positions.push_back({0.01f * float(i), 0.001f, 0.01f * float(k)});
    EXPECT_NEAR(app::contactShapeOf(square).elongation, 1.0f, 1e-4f);
}

TEST(HandFit, TurnsLiftThePartBehindAndTheMinusZSide)
{
    const glm::mat3 pitched = app::turnMatrix({0.3f, 0.0f});
    EXPECT_GT((pitched * glm::vec3(-0.2f, 0.0f, 0.0f)).y, 0.05f);
    EXPECT_LT((pitched * glm::vec3(0.2f, 0.0f, 0.0f)).y, -0.05f);
    const glm::mat3 rolled = app::turnMatrix({0.0f, 0.3f});
    EXPECT_GT((rolled * glm::vec3(0.0f, 0.0f, -0.2f)).y, 0.05f);
    EXPECT_NEAR(glm::determinant(app::turnMatrix({0.4f, -0.2f})), 1.0f, 1e-5f);
}

TEST(HandFit, AFlatSurfaceNeedsNoTurn)
{
    const app::SurfaceGrid flat = gridOf([](float, float) { return 0.0f; });
    EXPECT_EQ(app::sinkDepth(forearmLine(), flat, {}), 0.0f);
    const app::HandTurn turn = app::fitTurn(forearmLine(), flat);
    EXPECT_EQ(turn.pitchRad, 0.0f);
    EXPECT_EQ(turn.rollRad, 0.0f);
}

TEST(HandFit, ASurfaceRisingBehindPitchesTheArmUpUntilItClears)
{
    // The back rises 25 cm per metre behind the contact (the buttock behind the lower back).
    const app::SurfaceGrid rising = gridOf([](float x, float) { return x < 0.0f ? -0.25f * x : 0.0f; });
    // Unturned, the far end of the line sinks 0.25 * 0.4 - 0.01 = 9 cm (to the grid's resolution).
    EXPECT_NEAR(app::sinkDepth(forearmLine(), rising, {}), 0.09f, 0.011f);
    const app::HandTurn turn = app::fitTurn(forearmLine(), rising);
    EXPECT_GT(turn.pitchRad, std::atan(0.25f) - 0.05f);
    EXPECT_LE(turn.pitchRad, app::kMaxHandPitchRad);
    EXPECT_NEAR(turn.rollRad, 0.0f, 1e-6f);
    EXPECT_LE(app::sinkDepth(forearmLine(), rising, turn), 0.002f);
}

TEST(HandFit, ASurfaceRisingOnTheMinusZSideRollsTheHand)
{
    app::Underside side;
    for (float z = -0.15f; z <= -0.09f; z += 0.03f)
        side.points.push_back({0.0f, 0.01f, z});
    const app::SurfaceGrid flank = gridOf([](float, float z) { return z < 0.0f ? -0.3f * z : 0.0f; });
    const app::HandTurn turn = app::fitTurn(side, flank);
    EXPECT_GT(turn.rollRad, 0.2f);
    EXPECT_LE(app::sinkDepth(side, flank, turn), 0.002f);
}

TEST(HandFit, TheGridNeverReadsADomeLowerThanItIs)
{
    // A dome of 15 cm radius (a buttock) with its top between two of the grid's points: there it
    // rises 1.3 mm above all four around it. The height read anywhere over it is never below the
    // dome's own.
    constexpr float kRadiusM = 0.15f;
    const auto dome
        = [](float x, float z) { return std::sqrt(kRadiusM * kRadiusM - x * x - z * z) - kRadiusM; };
    const app::SurfaceGrid grid = gridOf([&](float x, float z) { return dome(x + 0.1f, z); });
    float lowest = 1.0f;
    for (float x = -0.2f; x <= 0.0f; x += 0.0037f)
        for (float z = -0.1f; z <= 0.1f; z += 0.0041f)
            lowest = std::min(lowest, grid.heightAt(x, z) - dome(x + 0.1f, z));
    EXPECT_GE(lowest, -1e-5f);
    EXPECT_NEAR(grid.heightAt(-0.1f, 0.0f), 0.0f, 0.001f); // the top, not 1.3 mm under it
    // On a plane nothing is added to the highest of the four points.
    const app::SurfaceGrid slope = gridOf([](float x, float z) { return 0.1f * x - 0.05f * z; });
    EXPECT_NEAR(slope.heightAt(-0.19f, 0.01f), 0.1f * -0.16f, 1e-6f);
}

TEST(HandFit, NoSurfaceUnderThePoseIsNoObstacle)
{
    app::SurfaceGrid nothing = gridOf([](float, float) { return std::nanf(""); });
    EXPECT_EQ(app::sinkDepth(forearmLine(), nothing, {}), 0.0f);
    EXPECT_TRUE(std::isnan(nothing.heightAt(0.0f, 0.0f)));
}

} // namespace lumbar::test
