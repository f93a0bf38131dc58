// Fibre stripes drawn from a mesh's baked across-fibre coordinate: the period on screen is the
// shader's spacing in metres over the size of a pixel, and the stripes sit where the coordinate
// puts them.
#include "gl/gl_test_context.hpp"
#include "render/camera.hpp"
#include "render/render_target.hpp"
#include "render/renderer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lumbar::test {
namespace {

using FibreStripesGlTest = GlTest;

/// shaders/mesh.frag's kStripesPerMetre.
constexpr float kStripesPerMetre = 300.0f;
constexpr int kStripeViewPx = 200;
/// The camera distance at which one stripe period covers this many pixels: wide enough that
/// the anti-alias fade leaves the stripes at full strength.
constexpr float kPeriodPx = 8.0f;

/// A 0.2 m square facing the camera (+Z) with vertical fibres; texture coordinate x is the
/// across-fibre coordinate: the position's x plus `offsetM`.
MeshData stripedSquare(float offsetM)
{
    MeshData square;
    square.name = "square";
    square.positions = {{-0.1f, -0.1f, 0.0f}, {0.1f, -0.1f, 0.0f}, {0.1f, 0.1f, 0.0f}, {-0.1f, 0.1f, 0.0f}};
    square.normals.assign(4, glm::vec3(0.0f, 0.0f, 1.0f));
    square.tangents.assign(4, glm::vec4(0.0f, 1.0f, 0.0f, 1.0f));
    for (const glm::vec3& p : square.positions)
        square.texCoords.emplace_back(p.x + offsetM, 0.0f);
    square.indices = {0, 1, 2, 0, 2, 3};
    return square;
}

/// The red channel along the middle row of the square drawn head-on with stripes.
std::vector<int> middleRow(Renderer& renderer, const GpuMesh& mesh)
{
    Camera camera;
    camera.sceneRadius = 0.2f;
    camera.distance
        = float(kStripeViewPx) / (kStripesPerMetre * kPeriodPx * 2.0f * std::tan(camera.fovYRadians * 0.5f));
    SceneDraw scene;
    DrawItem item;
    item.mesh = &mesh;
    item.color = {0.8f, 0.3f, 0.3f, 1.0f};
    item.striation = 1.0f;
    scene.items.push_back(item);
    RenderTarget target(kStripeViewPx, kStripeViewPx);
    renderer.render(target, camera, scene);
    target.resolve();
    const Image image = target.readPixels();
    std::vector<int> row;
    for (int x = 0; x < kStripeViewPx; ++x)
        row.push_back(image.pixel(x, kStripeViewPx / 2)[0]);
    return row;
}

/// Where each dark run starts: below the mean of the period around it (the fascicles' shades
/// move the row's level from one group of three stripes to the next).
std::vector<int> darkRunStarts(const std::vector<int>& row)
{
    const int half = int(kPeriodPx) / 2;
    const auto localMean = [&](int x) {
        double sum = 0.0;
        int count = 0;
        for (int i = std::max(x - half, 0); i < std::min(x + half, int(row.size())); ++i, ++count)
            sum += row[std::size_t(i)];
        return sum / count;
    };
    std::vector<int> starts;
    for (int x = 1; x < int(row.size()); ++x)
        if (row[std::size_t(x)] < localMean(x) && row[std::size_t(x - 1)] >= localMean(x - 1))
            starts.push_back(x);
    return starts;
}

TEST_F(FibreStripesGlTest, TheBakedCoordinateSetsThePeriodAndThePlaceOfTheStripes)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh mesh(stripedSquare(0.0f));
    ASSERT_TRUE(mesh.hasFibreCoordinates());
    const std::vector<int> row = middleRow(renderer, mesh);
    const std::vector<int> starts = darkRunStarts(row);
    // 200 px at 8 px a period: 25 stripes, each start 8 px after the last.
    ASSERT_GE(starts.size(), 20u);
    const double period = double(starts.back() - starts.front()) / double(starts.size() - 1);
    EXPECT_NEAR(period, kPeriodPx, 0.25);
    int darkest = 255, brightest = 0;
    for (int value : row) {
        darkest = std::min(darkest, value);
        brightest = std::max(brightest, value);
    }
    EXPECT_GT(brightest - darkest, 20) << "the stripes are faded out";

    // Half a period added to the coordinate moves the stripes by half a period on screen: they
    // come from the attribute, not from the position.
    const GpuMesh shifted(stripedSquare(0.5f / kStripesPerMetre));
    const std::vector<int> shiftedStarts = darkRunStarts(middleRow(renderer, shifted));
    ASSERT_FALSE(shiftedStarts.empty());
    const double phase
        = std::fmod(double(shiftedStarts.front() - starts.front()) + 100.0 * kPeriodPx, kPeriodPx);
    EXPECT_NEAR(phase, kPeriodPx * 0.5, 1.5);
}

TEST_F(FibreStripesGlTest, EveryThreeStripesGatherIntoAFascicleOfItsOwnShade)
{
    Renderer renderer{gl::ShaderSources()};
    const GpuMesh mesh(stripedSquare(0.0f));
    const std::vector<int> row = middleRow(renderer, mesh);
    // Stripe k (the coordinate's whole part) covers the 8 columns from the middle + 8k; the
    // brightest of them lies between two dark lines, where only the fascicle's shade shows.
    const auto lightOf = [&](int stripe) {
        const int first = kStripeViewPx / 2 + int(kPeriodPx) * stripe;
        return *std::max_element(row.begin() + first, row.begin() + first + int(kPeriodPx));
    };
    int sameFascicle = 0, nextFascicle = 0, boundaries = 0;
    for (int stripe = -10; stripe < 11; ++stripe) {
        const int step = std::abs(lightOf(stripe + 1) - lightOf(stripe));
        // Stripes 3n, 3n+1 and 3n+2 make fascicle n (floor division).
        if ((stripe + 30) % 3 == 2) {
            nextFascicle = std::max(nextFascicle, step);
            boundaries += step > 8 ? 1 : 0;
        } else {
            sameFascicle = std::max(sameFascicle, step);
        }
    }
    EXPECT_LE(sameFascicle, 2);
    EXPECT_GE(nextFascicle, 15);
    EXPECT_GE(boundaries, 5); // of 7: neighbouring fascicles differ
}

TEST_F(FibreStripesGlTest, MeshesWithoutTheCoordinateStillGetStripes)
{
    // User models and atlas meshes have no texture coordinates: the view-space estimate draws them.
    Renderer renderer{gl::ShaderSources()};
    MeshData square = stripedSquare(0.0f);
    square.texCoords.clear();
    const GpuMesh mesh(square);
    EXPECT_FALSE(mesh.hasFibreCoordinates());
    const std::vector<int> starts = darkRunStarts(middleRow(renderer, mesh));
    ASSERT_GE(starts.size(), 20u);
    const double period = double(starts.back() - starts.front()) / double(starts.size() - 1);
    EXPECT_NEAR(period, kPeriodPx, 0.25);
}

} // namespace
} // namespace lumbar::test
