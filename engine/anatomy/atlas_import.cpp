// BodyParts3D folder import and alignment with the built-in anatomy.
#include "anatomy/atlas_import.hpp"

#include "core/error.hpp"
#include "core/std_regex.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace lumbar {
namespace {

constexpr float kMillimetresToMetres = 0.001f;
/// Colour of atlas meshes that replace nothing.
constexpr glm::vec4 kUnmappedColor{0.7f, 0.7f, 0.75f, 1.0f};

/// Lower-case words of `text`, split at anything but letters and digits; a parenthesis and what
/// it holds are left out ("External oblique (posterior part)" is "external oblique").
std::vector<std::string> wordsOf(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    int depth = 0;
    for (const char c : text + " ") {
        depth += c == '(' ? 1 : (c == ')' && depth > 0 ? -1 : 0);
        if (depth == 0 && std::isalnum(static_cast<unsigned char>(c))) {
            word += char(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

/// "left" or "right" when the name says exactly one of them, else "midline".
std::string sideOf(const std::vector<std::string>& words)
{
    const bool left = std::find(words.begin(), words.end(), "left") != words.end();
    const bool right = std::find(words.begin(), words.end(), "right") != words.end();
    return left == right ? "midline" : (left ? "left" : "right");
}

/// `words` without the side words.
std::vector<std::string> withoutSide(std::vector<std::string> words)
{
    std::erase_if(words, [](const std::string& word) { return word == "left" || word == "right"; });
    return words;
}

} // namespace

const char* atlasMatchName(AtlasMatch match)
{
    switch (match) {
    case AtlasMatch::FmaId:
        return "by FMA id";
    case AtlasMatch::FmaClassAndSide:
        return "by FMA class and side";
    case AtlasMatch::EnglishName:
        return "by English name";
    }
    return "";
}

const StructureInfo* matchAtlasFile(
    const AtlasFileName& file, const KnowledgeBase& knowledge, AtlasMatch* how)
{
    const auto found = [&](const StructureInfo& structure, AtlasMatch match) {
        if (how)
            *how = match;
        return &structure;
    };
    for (const StructureInfo& structure : knowledge.structures)
        if (structure.fma == file.fma)
            return found(structure, AtlasMatch::FmaId);
    const std::vector<std::string> fileWords = wordsOf(file.name);
    const std::string fileSide = sideOf(fileWords);
    if (fileSide != "midline")
        for (const StructureInfo& structure : knowledge.structures)
            if (structure.fmaClass == file.fma && structure.side == fileSide)
                return found(structure, AtlasMatch::FmaClassAndSide);
    const std::vector<std::string> fileName = withoutSide(fileWords);
    for (const StructureInfo& structure : knowledge.structures)
        if (structure.side == fileSide && withoutSide(wordsOf(structure.name)) == fileName)
            return found(structure, AtlasMatch::EnglishName);
    return nullptr;
}

std::optional<AtlasFileName> parseAtlasFileName(const std::string& fileName)
{
    static const std::regex pattern(R"(^FJ\d+M?_BP\d+_FMA(\d+)_(.+)\.obj$)", std::regex::icase);
    std::smatch match;
    if (!std::regex_match(fileName, match, pattern))
        return std::nullopt;
    return AtlasFileName{"FMA" + match[1].str(), match[2].str()};
}

glm::vec3 atlasToModelFrame(const glm::vec3& atlasMm)
{
    return glm::vec3(-atlasMm.x, atlasMm.z, atlasMm.y) * kMillimetresToMetres;
}

AtlasImport importAtlasFolder(
    const std::filesystem::path& folder, const KnowledgeBase& knowledge, const ModelImporter& importer)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw Error("cannot open the atlas folder " + inQuotes(folder.string())
            + ": not a folder (give the folder that holds the FJ..._BP..._FMA..._name.obj files)");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file()
            && (entry.path().extension() == ".obj" || entry.path().extension() == ".OBJ"))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end()); // deterministic order whatever the file system's

    AtlasImport result;
    std::map<std::string, std::size_t> meshOfName;
    for (const std::filesystem::path& file : files) {
        const std::string fileName = file.filename().string();
        const auto parsed = parseAtlasFileName(fileName);
        if (!parsed) {
            result.ignored.push_back(fileName);
            continue;
        }
        Model part;
        try {
            part = importer(file);
        } catch (const Error& failure) {
            result.failed.push_back(fileName + ": " + failure.what());
            continue;
        }
        AtlasMatch how = AtlasMatch::FmaId;
        const StructureInfo* structure = matchAtlasFile(*parsed, knowledge, &how);
        const std::string name = structure ? structure->id : "atlas:" + parsed->name;
        if (structure)
            result.mapped.push_back(fileName + " -> " + structure->id + " (" + atlasMatchName(how) + ")");
        else
            result.unmapped.push_back(fileName);

        auto [where, inserted] = meshOfName.try_emplace(name, result.model.meshes.size());
        if (inserted) {
            MeshData mesh;
            mesh.name = name;
            mesh.baseColor = kUnmappedColor;
            result.model.meshes.push_back(std::move(mesh));
        }
        for (MeshData& piece : part.meshes) {
            // Mirroring x and swapping y and z is a proper rotation: windings stay outward.
            for (glm::vec3& p : piece.positions)
                p = atlasToModelFrame(p);
            for (glm::vec3& n : piece.normals)
                n = glm::vec3(-n.x, n.z, n.y);
            for (glm::vec4& t : piece.tangents)
                t = glm::vec4(-t.x, t.z, t.y, t.w);
            appendMesh(result.model.meshes[where->second], piece);
        }
    }
    result.model.sourcePath = folder.string();
    return result;
}

AtlasFit fitAtlas(const Model& builtIn, const AtlasImport& atlas)
{
    std::map<std::string, const MeshData*> builtInByName;
    for (const MeshData& mesh : builtIn.meshes)
        builtInByName[mesh.name] = &mesh;
    // Per axis, the pairs (atlas, built-in) of each shared structure's box: min, centre, max.
    std::array<std::vector<std::pair<double, double>>, 3> pairs;
    AtlasFit fit;
    for (const MeshData& mesh : atlas.model.meshes) {
        const auto found = builtInByName.find(mesh.name);
        if (found == builtInByName.end() || mesh.positions.empty() || found->second->positions.empty())
            continue;
        const Bounds a = mesh.bounds(), b = found->second->bounds();
        for (int k = 0; k < 3; ++k) {
            pairs[std::size_t(k)].push_back({a.min[k], b.min[k]});
            pairs[std::size_t(k)].push_back({a.center()[k], b.center()[k]});
            pairs[std::size_t(k)].push_back({a.max[k], b.max[k]});
        }
        ++fit.structures;
    }
    if (fit.structures == 0)
        return fit;
    // s = sum (a - mean a)(b - mean b) / sum (a - mean a)^2 over all axes, each axis about its means.
    std::array<double, 3> meanA{}, meanB{};
    double covariance = 0.0, variance = 0.0;
    for (std::size_t k = 0; k < 3; ++k) {
        for (const auto& [a, b] : pairs[k]) {
            meanA[k] += a / double(pairs[k].size());
            meanB[k] += b / double(pairs[k].size());
        }
        for (const auto& [a, b] : pairs[k]) {
            covariance += (a - meanA[k]) * (b - meanB[k]);
            variance += (a - meanA[k]) * (a - meanA[k]);
        }
    }
    constexpr double kMinScale = 0.67, kMaxScale = 1.5;
    fit.scale = variance > 0.0 ? float(std::clamp(covariance / variance, kMinScale, kMaxScale)) : 1.0f;
    for (std::size_t k = 0; k < 3; ++k)
        fit.offset[int(k)] = float(meanB[k] - double(fit.scale) * meanA[k]);
    return fit;
}

Model mergeAtlas(const Model& builtIn, const AtlasImport& atlas)
{
    std::map<std::string, const MeshData*> builtInByName;
    for (const MeshData& mesh : builtIn.meshes)
        builtInByName[mesh.name] = &mesh;
    const AtlasFit fit = fitAtlas(builtIn, atlas);

    std::map<std::string, const MeshData*> atlasByName;
    for (const MeshData& mesh : atlas.model.meshes)
        atlasByName[mesh.name] = &mesh;
    Model merged;
    merged.sourcePath = builtIn.sourcePath + " + atlas " + atlas.model.sourcePath;
    const auto moved = [&](const MeshData& mesh, const glm::vec4& color) {
        MeshData copy = mesh;
        for (glm::vec3& p : copy.positions)
            p = p * fit.scale + fit.offset;
        copy.baseColor = color;
        return copy;
    };
    for (const MeshData& mesh : builtIn.meshes) {
        const auto replacement = atlasByName.find(mesh.name);
        merged.meshes.push_back(
            replacement == atlasByName.end() ? mesh : moved(*replacement->second, mesh.baseColor));
    }
    for (const MeshData& mesh : atlas.model.meshes)
        if (!builtInByName.count(mesh.name))
            merged.meshes.push_back(moved(mesh, mesh.baseColor));
    return merged;
}

} // namespace lumbar
