// Generating twice gives byte-identical files, whatever the number of worker threads.
#include "model_fixture.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace lumbar::test {

namespace {
std::vector<char> bytesOf(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
} // namespace

TEST(Determinism, SecondRunWritesIdenticalBytes)
{
    const auto& first = generatedModel(); // all hardware threads
    const auto second = freshTempDir("second");
    generateInto(second, 1); // single thread: scheduling must not matter either
    for (const char* file : {"lumbar.glb", "structures.json"}) {
        const auto a = bytesOf(first.dir / file), b = bytesOf(second / file);
        ASSERT_FALSE(a.empty()) << file;
        EXPECT_EQ(a.size(), b.size()) << file;
        EXPECT_TRUE(a == b) << file << " differs between two runs";
    }
}

TEST(Determinism, CommittedModelEqualsAFreshGeneration)
{
    // What the app loads from models/ must be exactly what this generator writes today: a change to
    // the generator without regenerating (lumbarlab-anatomygen --out-dir models) fails here.
    const std::filesystem::path committed = LUMBAR_ANATOMY_MODELS_DIR;
    for (const char* file : {"lumbar.glb", "structures.json"}) {
        const auto fresh = bytesOf(generatedModel().dir / file), shipped = bytesOf(committed / file);
        ASSERT_FALSE(shipped.empty()) << (committed / file).string() << " is missing";
        EXPECT_TRUE(fresh == shipped)
            << (committed / file).string()
            << " differs from a fresh generation: run lumbarlab-anatomygen --out-dir models";
    }
}

TEST(Determinism, GlbIsSmallEnoughToCommit)
{
    // The brief keeps the committed model under about 8 MB.
    EXPECT_LT(std::filesystem::file_size(generatedModel().dir / "lumbar.glb"), 8u * 1024u * 1024u);
}

} // namespace lumbar::test
