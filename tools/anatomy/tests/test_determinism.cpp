// Generating twice gives byte-identical files, whatever the number of worker threads.
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "model_fixture.hpp"

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

TEST(Determinism, GlbIsSmallEnoughToCommit)
{
    // The brief keeps the committed model under about 8 MB.
    EXPECT_LT(std::filesystem::file_size(generatedModel().dir / "lumbar.glb"), 8u * 1024u * 1024u);
}

} // namespace lumbar::test
