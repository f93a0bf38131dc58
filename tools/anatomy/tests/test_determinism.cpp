// The committed model is what the generator writes today, and generation gives the same bytes
// whatever the number of worker threads.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>

namespace lumbar::test {

namespace {

std::vector<char> bytesOf(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr const char* kFiles[] = {"lumbar.glb", "structures.json", "hands.glb", "therapist.glb"};

} // namespace

TEST(Determinism, CommittedModelEqualsAFreshGeneration)
{
#ifdef LUMBAR_ANATOMY_SANITIZED
    GTEST_SKIP() << "the plain build proves the full resolution; this build generates coarsely "
                    "(Determinism.CoarseGeneration*) to run the same code under the sanitizers";
#endif
    // What the app loads from models/ must be exactly what this generator writes today: a change to
    // the generator without regenerating (lumbarlab-anatomygen --out-dir models) fails here.
    const auto fresh = freshTempDir("full");
    generateInto(fresh, {}); // all hardware threads
    const std::filesystem::path committed = LUMBAR_ANATOMY_MODELS_DIR;
    for (const char* file : kFiles) {
        const auto generated = bytesOf(fresh / file), shipped = bytesOf(committed / file);
        ASSERT_FALSE(generated.empty()) << file;
        ASSERT_FALSE(shipped.empty()) << (committed / file).string() << " is missing";
        EXPECT_TRUE(generated == shipped)
            << (committed / file).string()
            << " differs from a fresh generation: run lumbarlab-anatomygen --out-dir models";
    }
}

TEST(Determinism, CoarseGenerationIsTheSameWhateverTheThreadCount)
{
    const auto one = freshTempDir("coarse_one_thread"), two = freshTempDir("coarse_two_threads");
    generateInto(one, {.threads = 1, .cellScale = kCoarseCellScale});
    generateInto(two, {.threads = 2, .cellScale = kCoarseCellScale});
    for (const char* file : kFiles) {
        const auto a = bytesOf(one / file), b = bytesOf(two / file);
        ASSERT_FALSE(a.empty()) << file;
        EXPECT_EQ(a.size(), b.size()) << file;
        EXPECT_TRUE(a == b) << file << " differs between one and two worker threads";
    }
    // Every structure of the shipped model is built, closed and manifold at this resolution too.
    const auto coarse = readGlb(one / "lumbar.glb");
    std::set<std::string> coarseIds, shippedIds;
    for (const auto& m : coarse) {
        coarseIds.insert(m.name);
        SCOPED_TRACE(m.name);
        const TopologyReport r = checkTopology(m.mesh);
        EXPECT_EQ(r.boundaryEdges, 0u);
        EXPECT_EQ(r.nonManifoldEdges, 0u);
        EXPECT_GT(signedVolume(m.mesh), 0.0) << "triangles wind inwards";
    }
    for (const auto& m : shippedModel().meshes)
        shippedIds.insert(m.name);
    EXPECT_EQ(coarseIds, shippedIds);
}

TEST(Determinism, GlbIsSmallEnoughToCommit)
{
    // The brief keeps the committed model under about 8 MB.
    EXPECT_LT(std::filesystem::file_size(shippedModel().dir / "lumbar.glb"), 8u * 1024u * 1024u);
}

} // namespace lumbar::test
