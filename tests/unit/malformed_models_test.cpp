// A corpus of broken model files, written by the test itself: each is refused through the
// isolated import with an ImportError naming the file, and never takes the test process down.
#include "core/error.hpp"
#include "scene/isolated_import.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <random>

namespace lumbar {
namespace {

using test::TempDir;

/// Limits tighter than the app's, so a file that makes the importer allocate or loop costs the
/// test little; still far above what any of these tiny files needs.
ImportLimits corpusLimits()
{
    ImportLimits limits;
    limits.time = std::chrono::seconds(15);
    limits.memoryBytes = std::uint64_t(1) << 30;
    return limits;
}

/// A quad as glTF JSON: 4 float positions then 6 u16 indices in buffer 0. `buffer` is the
/// buffers entry; the accessor counts and the first position can be changed to break it.
std::string quadJson(const std::string& buffer, std::uint64_t positionCount = 4, int positionView = 0,
    const std::string& children = "[1]")
{
    return R"({"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}],
  "nodes": [{"name": "parent", "children": )"
        + children + R"(}, {"name": "quad", "mesh": 0}],
  "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1}]}],
  "buffers": [)"
        + buffer + R"(],
  "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 48},
                  {"buffer": 0, "byteOffset": 48, "byteLength": 12}],
  "accessors": [{"bufferView": )"
        + std::to_string(positionView) + R"(, "componentType": 5126, "count": )"
        + std::to_string(positionCount) + R"(, "type": "VEC3", "min": [-0.5, -0.5, 0], "max": [0.5, 0.5, 0]},
                {"bufferView": 1, "componentType": 5123, "count": 6, "type": "SCALAR"}]})";
}

/// `text` with its first `from` replaced by `to`.
std::string edited(std::string text, const std::string& from, const std::string& to)
{
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

std::string quadBinary(float firstX = -0.5f)
{
    const float positions[12] = {firstX, -0.5f, 0, 0.5f, -0.5f, 0, 0.5f, 0.5f, 0, -0.5f, 0.5f, 0};
    const std::uint16_t indices[6] = {0, 1, 2, 0, 2, 3};
    std::string binary(60, '\0');
    std::memcpy(binary.data(), positions, 48);
    std::memcpy(binary.data() + 48, indices, 12);
    return binary;
}

void appendU32(std::string& out, std::uint32_t value)
{
    out.append(reinterpret_cast<const char*>(&value), 4);
}

/// A binary glTF: 12-byte header, a JSON chunk and a BIN chunk, each padded to 4 bytes.
std::string glb(std::string json, std::string binary, const char* magic = "glTF")
{
    json.resize((json.size() + 3) / 4 * 4, ' ');
    binary.resize((binary.size() + 3) / 4 * 4, '\0');
    std::string out(magic, 4);
    appendU32(out, 2);
    appendU32(out, std::uint32_t(12 + 8 + json.size() + 8 + binary.size()));
    appendU32(out, std::uint32_t(json.size()));
    out += "JSON" + json;
    appendU32(out, std::uint32_t(binary.size()));
    out += std::string("BIN\0", 4) + binary;
    return out;
}

const std::string kGlbBuffer = R"({"byteLength": 60})";

std::string validGlb()
{
    return glb(quadJson(kGlbBuffer), quadBinary());
}

/// Imports `path` in isolation and returns the ImportError's message, failing when there is none.
std::string refusal(const std::filesystem::path& path)
{
    try {
        const Model model = importModelIsolated(path, corpusLimits());
        ADD_FAILURE() << path.filename() << " was accepted with " << model.triangleCount() << " triangles";
    } catch (const ImportError& error) {
        return error.what();
    }
    return {};
}

/// Every file of the corpus gives a message that names it.
void expectRefused(const TempDir& dir, const std::string& name, const std::string& content)
{
    const auto path = dir.write(name, content);
    const std::string message = refusal(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << name << ": " << message;
}

TEST(MalformedModels, TheValidCorpusBaseImports)
{
    // The broken files below are small edits of these, so the edits are what gets them refused.
    TempDir dir;
    EXPECT_EQ(importModelIsolated(dir.write("quad.glb", validGlb()), corpusLimits()).triangleCount(), 2u);
    dir.write("quad.bin", quadBinary());
    EXPECT_EQ(
        importModelIsolated(
            dir.write("quad.gltf", quadJson(R"({"uri": "quad.bin", "byteLength": 60})")), corpusLimits())
            .triangleCount(),
        2u);
    EXPECT_EQ(
        importModelIsolated(dir.write("tri.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"), corpusLimits())
            .triangleCount(),
        1u);
}

TEST(MalformedModels, TruncatedGlbIsRefused)
{
    TempDir dir;
    const std::string whole = validGlb();
    for (std::size_t size : {std::size_t(0), std::size_t(4), std::size_t(12), std::size_t(19),
             std::size_t(40), whole.size() / 2, whole.size() - 30, whole.size() - 1})
        expectRefused(dir, "truncated-" + std::to_string(size) + ".glb", whole.substr(0, size));
}

TEST(MalformedModels, GlbWithWrongMagicOrLengthsIsRefused)
{
    TempDir dir;
    expectRefused(dir, "magic.glb", glb(quadJson(kGlbBuffer), quadBinary(), "glTX"));
    std::string version = validGlb();
    version[4] = 9;
    expectRefused(dir, "version.glb", version);
    std::string binChunk = validGlb();
    const std::size_t binLengthAt = binChunk.size() - 60 - 8;
    std::memset(binChunk.data() + binLengthAt, 0xff, 4); // BIN chunk length 4 GiB
    expectRefused(dir, "bin-chunk-length.glb", binChunk);
    std::string chunk = validGlb();
    std::memset(chunk.data() + 12, 0xff, 4); // JSON chunk length 4 GiB
    expectRefused(dir, "chunk-length.glb", chunk);
    expectRefused(dir, "not-json.glb", glb("{\"asset\": [[[[", quadBinary()));
}

TEST(MalformedModels, HugeCountsAndBadReferencesAreRefused)
{
    TempDir dir;
    expectRefused(dir, "huge-count.glb", glb(quadJson(kGlbBuffer, 4'000'000'000u), quadBinary()));
    expectRefused(dir, "big-count.glb", glb(quadJson(kGlbBuffer, 1'000'000), quadBinary()));
    expectRefused(dir, "missing-view.glb", glb(quadJson(kGlbBuffer, 4, 7), quadBinary()));
    expectRefused(dir, "view-past-buffer.glb",
        glb(edited(quadJson(kGlbBuffer), R"("byteOffset": 48)", R"("byteOffset": 1000000)"), quadBinary()));
    expectRefused(dir, "cyclic-nodes.glb", glb(quadJson(kGlbBuffer, 4, 0, "[0, 1]"), quadBinary()));
    expectRefused(dir, "missing-node.glb", glb(quadJson(kGlbBuffer, 4, 0, "[99]"), quadBinary()));
}

TEST(MalformedModels, NonFinitePositionsAreRefused)
{
    TempDir dir;
    expectRefused(
        dir, "nan.glb", glb(quadJson(kGlbBuffer), quadBinary(std::numeric_limits<float>::quiet_NaN())));
    expectRefused(
        dir, "inf.glb", glb(quadJson(kGlbBuffer), quadBinary(std::numeric_limits<float>::infinity())));
}

TEST(MalformedModels, MissingBuffersAreRefused)
{
    TempDir dir;
    expectRefused(dir, "missing-bin.gltf", quadJson(R"({"uri": "missing.bin", "byteLength": 60})"));
    expectRefused(dir, "no-buffers.gltf", quadJson(""));
    expectRefused(dir, "no-uri.gltf", quadJson(kGlbBuffer));
    expectRefused(dir, "bad-data-uri.gltf",
        quadJson(R"({"uri": "data:application/octet-stream;base64,@@@@", "byteLength": 60})"));
}

TEST(MalformedModels, GarbageObjIsRefused)
{
    TempDir dir;
    std::mt19937 random(1234); // fixed: the same garbage every run
    std::string garbage(4096, '\0');
    for (char& c : garbage)
        c = char(random() & 0xff);
    expectRefused(dir, "random.obj", garbage);
    expectRefused(dir, "empty.obj", "");
    expectRefused(dir, "text.obj", "this is not a model\n");
    expectRefused(dir, "index.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4000000000\n");
    expectRefused(dir, "negative.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf -1 -2 -9\n");
    expectRefused(dir, "nan.obj", "v nan 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
}

TEST(MalformedModels, OtherFormatsWithHugeCountsAreRefused)
{
    TempDir dir;
    expectRefused(dir, "huge.ply",
        "ply\nformat binary_little_endian 1.0\nelement vertex 4000000000\nproperty float x\nproperty float "
        "y\n"
        "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n\x01\x02");
    std::string stl(80, ' ');
    appendU32(stl, 4'000'000'000u); // binary STL: triangle count after the 80-byte header
    stl += std::string(50, '\x01');
    expectRefused(dir, "huge.stl", stl);
    const char fbx[] = "Kaydara FBX Binary  \0\x1a\0\xff\xff\xff\xff";
    expectRefused(dir, "garbage.fbx", std::string(fbx, sizeof(fbx) - 1));
    expectRefused(dir, "garbage.dae", "<?xml version=\"1.0\"?><COLLADA><library_geometries><geometry>");
}

} // namespace
} // namespace lumbar
