// Writing a Model to bytes and reading it back without trusting a single count or float.
#include "scene/model_bytes.hpp"

#include "core/error.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

namespace lumbar {
namespace {

constexpr std::array<char, 4> kMagic{'L', 'L', 'M', 'D'};
constexpr std::uint32_t kVersion = 3;

/// Hands the bytes in order to a sink; writes nothing itself.
class ByteWriter {
public:
    explicit ByteWriter(const ByteSink& sink) : m_sink(sink) { }

    template <typename T> void value(const T& item)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(&item, sizeof(T));
    }
    template <typename T> void array(const std::vector<T>& items)
    {
        raw(items.data(), items.size() * sizeof(T));
    }
    void text(const std::string& item)
    {
        value(std::uint64_t(item.size()));
        raw(item.data(), item.size());
    }

private:
    void raw(const void* data, std::size_t size)
    {
        if (size > 0)
            m_sink(std::span<const std::byte>(static_cast<const std::byte*>(data), size));
    }

    const ByteSink& m_sink;
};

/// Reads in order, refusing any read past the end with the offset and what was being read.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> bytes) : m_bytes(bytes) { }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw ImportError("model data is invalid at byte " + std::to_string(m_offset) + ": " + what);
    }

    template <typename T> T value(const std::string& what)
    {
        T item;
        std::memcpy(&item, take(sizeof(T), what), sizeof(T));
        return item;
    }

    /// A count of items of `itemSize` bytes each that must still fit in what remains.
    std::uint64_t count(std::size_t itemSize, const std::string& what)
    {
        const auto number = value<std::uint64_t>(what + " count");
        if (number > remaining() / itemSize)
            fail(what + " count " + std::to_string(number) + " needs more bytes than the "
                + std::to_string(remaining()) + " that remain (truncated or corrupt)");
        return number;
    }

    template <typename T> std::vector<T> array(std::uint64_t number, const std::string& what)
    {
        std::vector<T> items(number);
        if (number == 0)
            return items; // memcpy must not see the null data() of an empty vector
        std::memcpy(items.data(), take(number * sizeof(T), what), number * sizeof(T));
        return items;
    }

    std::string text(const std::string& what)
    {
        const std::uint64_t length = count(1, what + " length");
        const std::byte* first = take(length, what);
        return std::string(reinterpret_cast<const char*>(first), length);
    }

    std::size_t remaining() const { return m_bytes.size() - m_offset; }

private:
    const std::byte* take(std::size_t size, const std::string& what)
    {
        if (size > remaining())
            fail("truncated: " + what + " needs " + std::to_string(size) + " bytes but only "
                + std::to_string(remaining()) + " remain");
        const std::byte* first = m_bytes.data() + m_offset;
        m_offset += size;
        return first;
    }

    std::span<const std::byte> m_bytes;
    std::size_t m_offset = 0;
};

template <typename Vector> bool finite(const Vector& v)
{
    for (int i = 0; i < Vector::length(); ++i)
        if (!std::isfinite(v[i]))
            return false;
    return true;
}

template <typename Vector>
void requireFinite(const ByteReader& reader, const std::vector<Vector>& items, const std::string& what)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!finite(items[i]))
            reader.fail(what + " " + std::to_string(i) + " is not a finite number (NaN or infinite)");
}

MeshData readMesh(ByteReader& reader, std::uint64_t meshIndex)
{
    const std::string where = "mesh " + std::to_string(meshIndex);
    MeshData mesh;
    mesh.name = reader.text(where + " name");
    const std::string named = where + " (" + inQuotes(mesh.name) + ")";
    mesh.baseColor = reader.value<glm::vec4>(named + " colour");
    if (!finite(mesh.baseColor))
        reader.fail(named + " colour is not a finite number (NaN or infinite)");

    // Counts come before the arrays, so check each against the bytes the arrays would need.
    const auto vertices = reader.value<std::uint64_t>(named + " position count");
    const auto normals = reader.value<std::uint64_t>(named + " normal count");
    const auto tangents = reader.value<std::uint64_t>(named + " tangent count");
    const auto texCoords = reader.value<std::uint64_t>(named + " texture coordinate count");
    const auto colors = reader.value<std::uint64_t>(named + " colour count");
    const auto fatOffsets = reader.value<std::uint64_t>(named + " fat offset count");
    const auto indices = reader.value<std::uint64_t>(named + " index count");
    const auto attribute = [&](std::uint64_t number, const char* what) {
        if (number != 0 && number != vertices)
            reader.fail(named + " has " + std::to_string(number) + " " + what + " for "
                + std::to_string(vertices) + " positions (expected none or one per position)");
    };
    attribute(normals, "normals");
    attribute(tangents, "tangents");
    attribute(texCoords, "texture coordinates");
    attribute(colors, "colours");
    attribute(fatOffsets, "fat offsets");
    if (indices % 3 != 0)
        reader.fail(named + " has " + std::to_string(indices) + " indices, not whole triangles");
    if (vertices > std::uint64_t(UINT32_MAX) + 1)
        reader.fail(
            named + " has " + std::to_string(vertices) + " positions, more than 32-bit indices reach");
    if (indices > reader.remaining() / sizeof(std::uint32_t))
        reader.fail("truncated: " + named + " index count " + std::to_string(indices)
            + " needs more bytes than the " + std::to_string(reader.remaining()) + " that remain");
    // Cannot overflow: every attribute count is at most 2^32 and the indices fit in what remains.
    const std::uint64_t needed = vertices * sizeof(glm::vec3) + normals * sizeof(glm::vec3)
        + tangents * sizeof(glm::vec4) + texCoords * sizeof(glm::vec2) + colors * sizeof(glm::vec3)
        + fatOffsets * sizeof(glm::vec3) + indices * sizeof(std::uint32_t);
    if (needed > reader.remaining())
        reader.fail("truncated: " + named + " needs " + std::to_string(needed)
            + " bytes for its arrays but only " + std::to_string(reader.remaining()) + " remain");

    mesh.positions = reader.array<glm::vec3>(vertices, named + " positions");
    mesh.normals = reader.array<glm::vec3>(normals, named + " normals");
    mesh.tangents = reader.array<glm::vec4>(tangents, named + " tangents");
    mesh.texCoords = reader.array<glm::vec2>(texCoords, named + " texture coordinates");
    mesh.colors = reader.array<glm::vec3>(colors, named + " colours");
    mesh.fatOffsets = reader.array<glm::vec3>(fatOffsets, named + " fat offsets");
    mesh.indices = reader.array<std::uint32_t>(indices, named + " indices");
    requireFinite(reader, mesh.positions, named + " position");
    requireFinite(reader, mesh.normals, named + " normal");
    requireFinite(reader, mesh.tangents, named + " tangent");
    requireFinite(reader, mesh.texCoords, named + " texture coordinate");
    requireFinite(reader, mesh.colors, named + " colour");
    requireFinite(reader, mesh.fatOffsets, named + " fat offset");
    for (std::size_t i = 0; i < mesh.indices.size(); ++i)
        if (mesh.indices[i] >= vertices)
            reader.fail(named + " index " + std::to_string(i) + " refers to vertex "
                + std::to_string(mesh.indices[i]) + " but there are only " + std::to_string(vertices));
    return mesh;
}

} // namespace

void writeModel(const Model& model, const ByteSink& sink)
{
    ByteWriter writer(sink);
    writer.value(kMagic);
    writer.value(kVersion);
    writer.text(model.sourcePath);
    writer.value(std::uint64_t(model.meshes.size()));
    for (const MeshData& mesh : model.meshes) {
        writer.text(mesh.name);
        writer.value(mesh.baseColor);
        writer.value(std::uint64_t(mesh.positions.size()));
        writer.value(std::uint64_t(mesh.normals.size()));
        writer.value(std::uint64_t(mesh.tangents.size()));
        writer.value(std::uint64_t(mesh.texCoords.size()));
        writer.value(std::uint64_t(mesh.colors.size()));
        writer.value(std::uint64_t(mesh.fatOffsets.size()));
        writer.value(std::uint64_t(mesh.indices.size()));
        writer.array(mesh.positions);
        writer.array(mesh.normals);
        writer.array(mesh.tangents);
        writer.array(mesh.texCoords);
        writer.array(mesh.colors);
        writer.array(mesh.fatOffsets);
        writer.array(mesh.indices);
    }
}

std::vector<std::byte> serializeModel(const Model& model)
{
    std::vector<std::byte> bytes;
    writeModel(model,
        [&](std::span<const std::byte> piece) { bytes.insert(bytes.end(), piece.begin(), piece.end()); });
    return bytes;
}

Model deserializeModel(std::span<const std::byte> bytes)
{
    ByteReader reader(bytes);
    if (reader.value<std::array<char, 4>>("the header") != kMagic)
        throw ImportError(
            "model data is invalid: it does not start with \"LLMD\" (not LumbarLab model data)");
    const auto version = reader.value<std::uint32_t>("the version");
    if (version != kVersion)
        reader.fail("version " + std::to_string(version) + " is not the supported version "
            + std::to_string(kVersion));

    Model model;
    model.sourcePath = reader.text("the source path");
    // The smallest mesh is its name length, colour and five counts.
    constexpr std::size_t kSmallestMeshBytes = 8 + sizeof(glm::vec4) + 5 * 8;
    const std::uint64_t meshes = reader.count(kSmallestMeshBytes, "mesh");
    model.meshes.reserve(meshes);
    for (std::uint64_t i = 0; i < meshes; ++i)
        model.meshes.push_back(readMesh(reader, i));
    if (reader.remaining() != 0)
        reader.fail(std::to_string(reader.remaining()) + " bytes follow the last mesh (corrupt)");
    return model;
}

} // namespace lumbar
