// glTF 2.0 binary writer/reader (spec: registry.khronos.org/glTF/specs/2.0).
#include "glb_writer.hpp"

#include "generator.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace lumbar {

namespace {

constexpr std::uint32_t kMagic = 0x46546C67; // "glTF"
constexpr std::uint32_t kChunkJson = 0x4E4F534A; // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942; // "BIN\0"
constexpr int kFloat = 5126, kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;

void append(std::vector<std::uint8_t>& out, const void* data, std::size_t bytes)
{
    const auto* p = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), p, p + bytes);
}

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    append(out, &v, 4);
}

} // namespace

std::vector<std::uint8_t> encodeGlb(const Model& model)
{
    using nlohmann::json;
    std::vector<std::uint8_t> bin;
    json accessors = json::array(), views = json::array(), meshes = json::array(), nodes = json::array(),
         materials = json::array(), sceneNodes = json::array();

    const auto addView = [&](const void* data, std::size_t bytes, int target) {
        while (bin.size() % 4)
            bin.push_back(0);
        views.push_back(
            {{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", bytes}, {"target", target}});
        append(bin, data, bytes);
        return views.size() - 1;
    };
    const auto addAccessor = [&](std::size_t view, int componentType, std::size_t count, const char* type) {
        accessors.push_back(
            {{"bufferView", view}, {"componentType", componentType}, {"count", count}, {"type", type}});
        return accessors.size() - 1;
    };

    for (const auto& s : model.structures) {
        const Mesh& m = s.mesh;
        const std::size_t n = m.positions.size();
        const auto pos = addAccessor(addView(m.positions.data(), n * 12, kArrayBuffer), kFloat, n, "VEC3");
        glm::vec3 lo(1e30f), hi(-1e30f);
        for (const auto& p : m.positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        accessors[pos]["min"] = {double(lo.x), double(lo.y), double(lo.z)};
        accessors[pos]["max"] = {double(hi.x), double(hi.y), double(hi.z)};
        const auto nrm = addAccessor(addView(m.normals.data(), n * 12, kArrayBuffer), kFloat, n, "VEC3");
        const auto tan = addAccessor(addView(m.tangents.data(), n * 16, kArrayBuffer), kFloat, n, "VEC4");
        json attributes = {{"POSITION", pos}, {"NORMAL", nrm}, {"TANGENT", tan}};
        if (!m.fibreCoords.empty()) {
            // Muscles: TEXCOORD_0 = (across-fibre coordinate in metres, 0). Other structures have
            // no TEXCOORD_0 but the skin and the body, whose zeros come with their fat offsets.
            std::vector<glm::vec2> coords(n, glm::vec2(0.0f));
            for (std::size_t i = 0; i < n; ++i)
                coords[i].x = m.fibreCoords[i];
            attributes["TEXCOORD_0"]
                = addAccessor(addView(coords.data(), n * 8, kArrayBuffer), kFloat, n, "VEC2");
        }
        if (!m.fatOffsets.empty()) {
            // The skin and the body: the fat offset (Mesh::fatOffsets), one component in the x of
            // each of TEXCOORD_1..3 (readers flip y, and glTF has no three-component texture
            // coordinate). glTF numbers texture coordinates from 0 without gaps: TEXCOORD_0 is
            // all zeros here (on muscles it is the fibre coordinate, and muscles have no offsets).
            const std::vector<glm::vec2> zeros(n, glm::vec2(0.0f));
            attributes["TEXCOORD_0"]
                = addAccessor(addView(zeros.data(), n * 8, kArrayBuffer), kFloat, n, "VEC2");
            for (int axis = 0; axis < 3; ++axis) {
                std::vector<glm::vec2> component(n, glm::vec2(0.0f));
                for (std::size_t i = 0; i < n; ++i)
                    component[i].x = m.fatOffsets[i][axis];
                attributes["TEXCOORD_" + std::to_string(axis + 1)]
                    = addAccessor(addView(component.data(), n * 8, kArrayBuffer), kFloat, n, "VEC2");
            }
        }
        if (!m.occlusion.empty() || !m.tint.empty()) {
            // The tissue's colour where the structure has several, darkened by the baked ambient
            // occlusion, as glTF's vertex colour, which multiplies the base colour: any glTF
            // viewer shows the crevices and the bands at a cut as the app does.
            std::vector<glm::vec3> colours(n);
            for (std::size_t i = 0; i < n; ++i)
                colours[i] = (m.tint.empty() ? glm::vec3(1.0f) : m.tint[i])
                    * (m.occlusion.empty() ? 1.0f : m.occlusion[i]);
            attributes["COLOR_0"]
                = addAccessor(addView(colours.data(), n * 12, kArrayBuffer), kFloat, n, "VEC3");
        }
        const auto idx = addAccessor(addView(m.indices.data(), m.indices.size() * 4, kElementArrayBuffer),
            kUnsignedInt, m.indices.size(), "SCALAR");
        // Colours are authored in sRGB; glTF's baseColorFactor is linear. A structure coloured per
        // vertex by its tissues (the vertex colour carries them) has a white base colour.
        const auto linear = [](float c) { return double(std::pow(c, 2.2f)); };
        const glm::vec3 base = m.tint.empty() ? glm::vec3(s.colour) : glm::vec3(1.0f);
        json material = {{"name", s.id},
            {"pbrMetallicRoughness",
                {{"baseColorFactor", {linear(base.r), linear(base.g), linear(base.b), double(s.colour.a)}},
                    {"metallicFactor", 0.0}, {"roughnessFactor", 0.7}}}};
        if (s.colour.a < 1.0f)
            material["alphaMode"] = "BLEND";
        materials.push_back(material);
        meshes.push_back({{"name", s.id},
            {"primitives",
                {{{"attributes", attributes}, {"indices", idx}, {"material", materials.size() - 1},
                    {"mode", 4}}}}});
        nodes.push_back({{"name", s.id}, {"mesh", meshes.size() - 1}});
        sceneNodes.push_back(nodes.size() - 1);
    }
    while (bin.size() % 4)
        bin.push_back(0);

    const json doc = {{"asset", {{"version", "2.0"}, {"generator", "lumbarlab-anatomygen"}}},
        {"extras",
            {{"units", "metres"},
                {"frame",
                    "+X patient right, +Y superior, +Z posterior; origin S1 superior endplate centre"}}},
        {"scene", 0}, {"scenes", {{{"name", "lumbar"}, {"nodes", sceneNodes}}}}, {"nodes", nodes},
        {"meshes", meshes}, {"materials", materials}, {"accessors", accessors}, {"bufferViews", views},
        {"buffers", {{{"byteLength", bin.size()}}}}};
    std::string text = doc.dump();
    while (text.size() % 4)
        text.push_back(' ');

    std::vector<std::uint8_t> out;
    appendU32(out, kMagic);
    appendU32(out, 2);
    appendU32(out, std::uint32_t(12 + 8 + text.size() + 8 + bin.size()));
    appendU32(out, std::uint32_t(text.size()));
    appendU32(out, kChunkJson);
    append(out, text.data(), text.size());
    appendU32(out, std::uint32_t(bin.size()));
    appendU32(out, kChunkBin);
    append(out, bin.data(), bin.size());
    return out;
}

void writeGlb(const Model& model, const std::filesystem::path& path)
{
    const auto bytes = encodeGlb(model);
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error(path.string() + ": cannot open for writing (does the folder exist?)");
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    if (!out)
        throw std::runtime_error(path.string() + ": write failed");
}

std::vector<GlbMesh> readGlb(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot open");
    const std::vector<std::uint8_t> data(
        (std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto u32 = [&](std::size_t at) {
        if (at + 4 > data.size())
            throw std::runtime_error(path.string() + ": truncated glb");
        std::uint32_t v;
        std::memcpy(&v, data.data() + at, 4);
        return v;
    };
    if (u32(0) != kMagic || u32(4) != 2)
        throw std::runtime_error(path.string() + ": not a glTF 2.0 binary");
    const std::uint32_t jsonLength = u32(12);
    if (u32(16) != kChunkJson)
        throw std::runtime_error(path.string() + ": first chunk is not JSON");
    const auto doc = nlohmann::json::parse(data.begin() + 20, data.begin() + 20 + jsonLength);
    const std::size_t binStart = 20 + jsonLength + 8;
    if (u32(20 + jsonLength + 4) != kChunkBin)
        throw std::runtime_error(path.string() + ": second chunk is not BIN");

    const auto accessorBytes = [&](std::size_t accessor, std::size_t elementBytes, std::size_t& count) {
        const auto& a = doc["accessors"][accessor];
        const auto& v = doc["bufferViews"][a["bufferView"].get<std::size_t>()];
        count = a["count"];
        const std::size_t offset
            = binStart + v.value("byteOffset", std::size_t(0)) + a.value("byteOffset", std::size_t(0));
        if (offset + count * elementBytes > data.size())
            throw std::runtime_error(path.string() + ": accessor past end of BIN");
        return data.data() + offset;
    };
    std::vector<GlbMesh> out;
    for (const auto& node : doc["nodes"]) {
        GlbMesh g;
        g.name = node["name"];
        const auto& prim = doc["meshes"][node["mesh"].get<std::size_t>()]["primitives"][0];
        const auto& attr = prim["attributes"];
        std::size_t n = 0;
        const auto* p = accessorBytes(attr["POSITION"], 12, n);
        g.mesh.positions.resize(n);
        std::memcpy(g.mesh.positions.data(), p, n * 12);
        p = accessorBytes(attr["NORMAL"], 12, n);
        g.mesh.normals.resize(n);
        std::memcpy(g.mesh.normals.data(), p, n * 12);
        p = accessorBytes(attr["TANGENT"], 16, n);
        g.mesh.tangents.resize(n);
        std::memcpy(g.mesh.tangents.data(), p, n * 16);
        if (attr.contains("TEXCOORD_3")) {
            // The fat offsets (the first texture coordinate is a placeholder on these meshes).
            g.mesh.fatOffsets.resize(n);
            for (int axis = 0; axis < 3; ++axis) {
                p = accessorBytes(attr["TEXCOORD_" + std::to_string(axis + 1)], 8, n);
                std::vector<glm::vec2> component(n);
                std::memcpy(component.data(), p, n * 8);
                for (std::size_t i = 0; i < n; ++i)
                    g.mesh.fatOffsets[i][axis] = component[i].x;
            }
        } else if (attr.contains("TEXCOORD_0")) {
            p = accessorBytes(attr["TEXCOORD_0"], 8, n);
            std::vector<glm::vec2> coords(n);
            std::memcpy(coords.data(), p, n * 8);
            g.mesh.fibreCoords.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                g.mesh.fibreCoords[i] = coords[i].x;
        }
        if (attr.contains("COLOR_0")) {
            p = accessorBytes(attr["COLOR_0"], 12, n);
            g.colours.resize(n);
            std::memcpy(g.colours.data(), p, n * 12);
        }
        p = accessorBytes(prim["indices"], 4, n);
        g.mesh.indices.resize(n);
        std::memcpy(g.mesh.indices.data(), p, n * 4);
        if (prim.contains("material")) {
            const auto& f = doc["materials"][prim["material"].get<std::size_t>()]["pbrMetallicRoughness"]
                               ["baseColorFactor"];
            g.baseColour = {f[0].get<float>(), f[1].get<float>(), f[2].get<float>(), f[3].get<float>()};
        }
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace lumbar
