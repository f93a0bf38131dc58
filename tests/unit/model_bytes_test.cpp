// Model bytes: an exact round trip, and every kind of truncated or garbled input refused by name.
#include "core/error.hpp"
#include "scene/model_bytes.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>

namespace lumbar {
namespace {

/// Byte offsets in the bytes of oneTriangle(): "LLMD", version, empty source path (8), mesh count
/// (8), then the mesh: name "m" (8 + 1), colour (16), seven counts (8 each), the arrays.
constexpr std::size_t kVersionAt = 4;
constexpr std::size_t kMeshCountAt = 16;
constexpr std::size_t kColourAt = 33;
constexpr std::size_t kPositionCountAt = 49;
constexpr std::size_t kNormalCountAt = 57;
constexpr std::size_t kIndexCountAt = 97;
constexpr std::size_t kPositionsAt = 105;
constexpr std::size_t kIndicesAt = kPositionsAt + 2 * 3 * sizeof(glm::vec3);

Model oneTriangle()
{
    MeshData mesh;
    mesh.name = "m";
    mesh.positions = {{0.0f, 0.0f, 0.0f}, {1.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 0.0f}};
    mesh.normals = {{0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f}};
    mesh.indices = {0, 1, 2};
    Model model;
    model.meshes.push_back(mesh);
    return model;
}

template <typename T> void patch(std::vector<std::byte>& bytes, std::size_t offset, const T& value)
{
    ASSERT_LE(offset + sizeof(T), bytes.size());
    std::memcpy(bytes.data() + offset, &value, sizeof(T));
}

/// Deserialises `bytes`, expects an ImportError, and returns its message.
std::string errorOf(const std::vector<std::byte>& bytes)
{
    try {
        deserializeModel(bytes);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an ImportError";
    return {};
}

template <typename T> bool sameBits(const std::vector<T>& a, const std::vector<T>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

TEST(ModelBytes, RoundTripIsExact)
{
    Model model;
    model.sourcePath = "/data/spine \xc3\xa9.glb";
    MeshData full;
    full.name = "erector_spinae_left";
    full.positions = {{-0.0f, 1e-40f, std::numeric_limits<float>::max()}, {0.1f, 0.2f, 0.3f}, {1, 2, 3}};
    full.normals = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
    full.tangents = {{1, 0, 0, -1}, {0, 1, 0, 1}, {0, 0, 1, 1}};
    full.texCoords = {{0, 0}, {1, 0}, {0.5f, 1}};
    full.colors = {{0.3f, 0.3f, 0.3f}, {1, 1, 1}, {0.25f, 0.5f, 0.75f}};
    full.fatOffsets = {{0.0f, 0.0f, 0.012f}, {0.001f, -0.002f, 0.01f}, {0, 0, 0}};
    full.indices = {0, 1, 2, 2, 1, 0};
    full.baseColor = {0.9f, 0.1f, 0.2f, 0.5f};
    MeshData bare; // no vertices and no name: still a mesh of the model
    model.meshes = {full, bare};

    const std::vector<std::byte> bytes = serializeModel(model);
    const Model copy = deserializeModel(bytes);
    EXPECT_EQ(copy.sourcePath, model.sourcePath);
    ASSERT_EQ(copy.meshes.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const MeshData& a = model.meshes[i];
        const MeshData& b = copy.meshes[i];
        EXPECT_EQ(b.name, a.name);
        EXPECT_TRUE(sameBits(b.positions, a.positions)) << "mesh " << i;
        EXPECT_TRUE(sameBits(b.normals, a.normals)) << "mesh " << i;
        EXPECT_TRUE(sameBits(b.tangents, a.tangents)) << "mesh " << i;
        EXPECT_TRUE(sameBits(b.texCoords, a.texCoords)) << "mesh " << i;
        EXPECT_TRUE(sameBits(b.colors, a.colors)) << "mesh " << i;
        EXPECT_TRUE(sameBits(b.fatOffsets, a.fatOffsets)) << "mesh " << i;
        EXPECT_EQ(b.indices, a.indices);
        EXPECT_EQ(b.baseColor, a.baseColor);
    }
    EXPECT_EQ(serializeModel(copy), bytes);
}

TEST(ModelBytes, LayoutMatchesTheOffsetsTheseTestsPatch)
{
    const std::vector<std::byte> bytes = serializeModel(oneTriangle());
    EXPECT_EQ(bytes.size(), kIndicesAt + 3 * sizeof(std::uint32_t));
    std::uint64_t vertices = 0;
    std::memcpy(&vertices, bytes.data() + kPositionCountAt, sizeof(vertices));
    EXPECT_EQ(vertices, 3u);
    std::uint32_t lastIndex = 0;
    std::memcpy(&lastIndex, bytes.data() + kIndicesAt + 8, sizeof(lastIndex));
    EXPECT_EQ(lastIndex, 2u);
}

TEST(ModelBytes, EveryTruncationIsRefused)
{
    const std::vector<std::byte> bytes = serializeModel(oneTriangle());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        const std::string message = errorOf({bytes.begin(), bytes.begin() + std::ptrdiff_t(size)});
        EXPECT_NE(message.find("truncated"), std::string::npos) << size << " bytes: " << message;
    }
    EXPECT_EQ(errorOf(std::vector<std::byte>(bytes.begin(), bytes.begin() + 150)),
        "model data is invalid at byte 105: truncated: mesh 0 ('m') needs 84 bytes for its arrays but only "
        "45 "
        "remain");
}

TEST(ModelBytes, WrongMagicAndVersionAreRefused)
{
    std::vector<std::byte> bytes = serializeModel(oneTriangle());
    bytes[0] = std::byte{'X'};
    EXPECT_EQ(
        errorOf(bytes), "model data is invalid: it does not start with \"LLMD\" (not LumbarLab model data)");
    bytes = serializeModel(oneTriangle());
    patch(bytes, kVersionAt, std::uint32_t(7));
    EXPECT_EQ(errorOf(bytes), "model data is invalid at byte 8: version 7 is not the supported version 3");
}

TEST(ModelBytes, HugeCountsAreRefusedBeforeAnyAllocation)
{
    std::vector<std::byte> bytes = serializeModel(oneTriangle());
    patch(bytes, kMeshCountAt, std::uint64_t(1) << 60);
    EXPECT_NE(errorOf(bytes).find("mesh count 1152921504606846976 needs more bytes than the 165 that remain"),
        std::string::npos)
        << errorOf(bytes);

    bytes = serializeModel(oneTriangle());
    patch(bytes, kPositionCountAt, std::uint64_t(1) << 32);
    patch(bytes, kNormalCountAt, std::uint64_t(1) << 32);
    EXPECT_NE(errorOf(bytes).find("truncated: mesh 0 ('m') needs 103079215116 bytes"), std::string::npos)
        << errorOf(bytes);

    bytes = serializeModel(oneTriangle());
    patch(bytes, kPositionCountAt, std::numeric_limits<std::uint64_t>::max());
    patch(bytes, kNormalCountAt, std::uint64_t(0));
    EXPECT_NE(errorOf(bytes).find("more than 32-bit indices reach"), std::string::npos) << errorOf(bytes);

    bytes = serializeModel(oneTriangle());
    patch(bytes, kIndexCountAt, std::numeric_limits<std::uint64_t>::max() / 3 * 3);
    EXPECT_NE(errorOf(bytes).find("index count"), std::string::npos) << errorOf(bytes);
}

TEST(ModelBytes, InconsistentMeshesAreRefused)
{
    std::vector<std::byte> bytes = serializeModel(oneTriangle());
    patch(bytes, kIndicesAt + 4, std::uint32_t(3));
    EXPECT_EQ(errorOf(bytes),
        "model data is invalid at byte 189: mesh 0 ('m') index 1 refers to vertex 3 but there are only 3");

    bytes = serializeModel(oneTriangle());
    patch(bytes, kIndexCountAt, std::uint64_t(2));
    EXPECT_EQ(
        errorOf(bytes), "model data is invalid at byte 105: mesh 0 ('m') has 2 indices, not whole triangles");

    bytes = serializeModel(oneTriangle());
    patch(bytes, kNormalCountAt, std::uint64_t(2));
    EXPECT_EQ(errorOf(bytes),
        "model data is invalid at byte 105: mesh 0 ('m') has 2 normals for 3 positions (expected none or one "
        "per position)");

    bytes = serializeModel(oneTriangle());
    bytes.push_back(std::byte{0});
    EXPECT_EQ(errorOf(bytes), "model data is invalid at byte 189: 1 bytes follow the last mesh (corrupt)");
}

TEST(ModelBytes, NonFiniteNumbersAreRefused)
{
    std::vector<std::byte> bytes = serializeModel(oneTriangle());
    patch(bytes, kPositionsAt + sizeof(glm::vec3) + 4, std::numeric_limits<float>::quiet_NaN());
    EXPECT_EQ(errorOf(bytes),
        "model data is invalid at byte 189: mesh 0 ('m') position 1 is not a finite number (NaN or "
        "infinite)");

    bytes = serializeModel(oneTriangle());
    patch(bytes, kColourAt + 12, std::numeric_limits<float>::infinity());
    EXPECT_EQ(errorOf(bytes),
        "model data is invalid at byte 49: mesh 0 ('m') colour is not a finite number (NaN or infinite)");
}

TEST(ModelBytes, AnyCorruptByteGivesAnImportErrorOrAValidModel)
{
    const Model model = oneTriangle();
    const std::vector<std::byte> bytes = serializeModel(model);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (std::byte flip : {std::byte{0xff}, std::byte{0x80}, std::byte{0x01}}) {
            std::vector<std::byte> corrupt = bytes;
            corrupt[i] ^= flip;
            try {
                const Model read = deserializeModel(corrupt);
                // What gets through is consistent: indices in range, attributes per vertex.
                for (const MeshData& mesh : read.meshes) {
                    for (std::uint32_t index : mesh.indices)
                        EXPECT_LT(index, mesh.positions.size()) << "byte " << i;
                    EXPECT_TRUE(mesh.normals.empty() || mesh.normals.size() == mesh.positions.size());
                }
            } catch (const ImportError& error) {
                EXPECT_NE(std::string(error.what()).find("model data is invalid"), std::string::npos)
                    << error.what();
            }
        }
    }
}

} // namespace
} // namespace lumbar
