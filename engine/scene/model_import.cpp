// assimp-based import: scene graph flattened into named meshes with transforms baked in.
#include "scene/model_import.hpp"

#include "core/error.hpp"
#include "scene/model_check.hpp"

#include <assimp/Importer.hpp>
#include <assimp/commonMetaData.h>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_inverse.hpp>

#include <cstdint>
#include <system_error>

namespace lumbar {
namespace {

/// Deeper node nesting than this is treated as a corrupt (possibly cyclic) scene graph.
constexpr int kMaxNodeDepth = 256;

/// The glTF asset.generator of LumbarLab's own anatomy files, whose TEXCOORD_0.x is the
/// across-fibre coordinate in metres (tools/anatomy/README.md).
constexpr const char* kAnatomyGenerator = "lumbarlab-anatomygen";

/// Whether the file says lumbarlab-anatomygen wrote it (assimp keeps glTF's asset.generator).
bool writtenByAnatomyGenerator(const aiScene& scene)
{
    aiString generator;
    return scene.mMetaData && scene.mMetaData->Get(AI_METADATA_SOURCE_GENERATOR, generator)
        && std::string(generator.C_Str()) == kAnatomyGenerator;
}

glm::mat4 toGlm(const aiMatrix4x4& m)
{
    // assimp stores row-major with translation in a4/b4/c4; glm is column-major.
    return glm::transpose(glm::mat4(
        m.a1, m.a2, m.a3, m.a4, m.b1, m.b2, m.b3, m.b4, m.c1, m.c2, m.c3, m.c4, m.d1, m.d2, m.d3, m.d4));
}

glm::vec4 materialColor(const aiScene& scene, unsigned materialIndex)
{
    if (materialIndex >= scene.mNumMaterials)
        return MeshData{}.baseColor;
    const aiMaterial& material = *scene.mMaterials[materialIndex];
    aiColor4D color;
    if (material.Get(AI_MATKEY_BASE_COLOR, color) == AI_SUCCESS
        || material.Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS) {
        float opacity = 1.0f;
        if (material.Get(AI_MATKEY_OPACITY, opacity) != AI_SUCCESS)
            opacity = color.a;
        return {color.r, color.g, color.b, opacity};
    }
    return MeshData{}.baseColor;
}

MeshData convertMesh(const aiScene& scene, const aiMesh& source, const glm::mat4& transform, std::string name,
    bool keepTexCoords)
{
    MeshData mesh;
    mesh.name = std::move(name);
    mesh.baseColor = materialColor(scene, source.mMaterialIndex);
    const glm::mat3 linear(transform);
    const glm::mat3 normalMatrix = glm::inverseTranspose(linear);
    const bool mirrored = glm::determinant(linear) < 0.0f;

    mesh.positions.reserve(source.mNumVertices);
    for (unsigned i = 0; i < source.mNumVertices; ++i) {
        const aiVector3D& p = source.mVertices[i];
        mesh.positions.push_back(glm::vec3(transform * glm::vec4(p.x, p.y, p.z, 1.0f)));
    }
    if (source.HasNormals()) {
        mesh.normals.reserve(source.mNumVertices);
        for (unsigned i = 0; i < source.mNumVertices; ++i) {
            const aiVector3D& n = source.mNormals[i];
            const glm::vec3 normal = normalMatrix * glm::vec3(n.x, n.y, n.z);
            const float length = glm::length(normal);
            mesh.normals.push_back(length > 0.0f ? normal / length : glm::vec3(0.0f, 1.0f, 0.0f));
        }
    }
    if (source.HasTangentsAndBitangents()) {
        mesh.tangents.reserve(source.mNumVertices);
        for (unsigned i = 0; i < source.mNumVertices; ++i) {
            const aiVector3D& t = source.mTangents[i];
            const aiVector3D& b = source.mBitangents[i];
            glm::vec3 tangent = linear * glm::vec3(t.x, t.y, t.z);
            const float length = glm::length(tangent);
            tangent = length > 0.0f ? tangent / length : glm::vec3(1.0f, 0.0f, 0.0f);
            const glm::vec3 bitangent = linear * glm::vec3(b.x, b.y, b.z);
            const glm::vec3 normal = mesh.normals.empty() ? glm::vec3(0.0f) : mesh.normals[i];
            const float sign = glm::dot(glm::cross(normal, tangent), bitangent) < 0.0f ? -1.0f : 1.0f;
            mesh.tangents.emplace_back(tangent, sign);
        }
    }
    // The fat offsets, one component in the x of each of the texture coordinates 1 to 3; on such
    // a mesh the first texture coordinate is a placeholder (glTF numbers them without gaps).
    const bool fatOffsets = keepTexCoords && source.HasTextureCoords(1) && source.HasTextureCoords(2)
        && source.HasTextureCoords(3);
    if (fatOffsets) {
        mesh.fatOffsets.reserve(source.mNumVertices);
        for (unsigned i = 0; i < source.mNumVertices; ++i)
            mesh.fatOffsets.push_back(linear
                * glm::vec3(source.mTextureCoords[1][i].x, source.mTextureCoords[2][i].x,
                    source.mTextureCoords[3][i].x));
    }
    if (keepTexCoords && !fatOffsets && source.HasTextureCoords(0)) {
        mesh.texCoords.reserve(source.mNumVertices);
        for (unsigned i = 0; i < source.mNumVertices; ++i)
            mesh.texCoords.emplace_back(source.mTextureCoords[0][i].x, source.mTextureCoords[0][i].y);
    }
    if (source.HasVertexColors(0)) {
        mesh.colors.reserve(source.mNumVertices);
        for (unsigned i = 0; i < source.mNumVertices; ++i) {
            const aiColor4D& c = source.mColors[0][i];
            mesh.colors.emplace_back(c.r, c.g, c.b);
        }
    }
    mesh.indices.reserve(std::size_t(source.mNumFaces) * 3);
    for (unsigned f = 0; f < source.mNumFaces; ++f) {
        const aiFace& face = source.mFaces[f];
        if (face.mNumIndices != 3)
            continue; // points and lines have no surface to draw
        mesh.indices.push_back(face.mIndices[0]);
        mesh.indices.push_back(face.mIndices[mirrored ? 2 : 1]);
        mesh.indices.push_back(face.mIndices[mirrored ? 1 : 2]);
    }
    return mesh;
}

void collect(const aiScene& scene, const aiNode& node, const glm::mat4& parent, int depth,
    const std::string& path, bool keepTexCoords, Model& model)
{
    if (depth > kMaxNodeDepth)
        throw ImportError(inQuotes(path) + ": the node hierarchy is deeper than "
            + std::to_string(kMaxNodeDepth) + " levels (corrupt or cyclic scene graph)");
    const glm::mat4 transform = parent * toGlm(node.mTransformation);
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
        if (node.mMeshes[i] >= scene.mNumMeshes)
            throw ImportError(inQuotes(path) + ": node " + inQuotes(node.mName.C_Str())
                + " refers to a mesh that does not exist (the file is corrupt)");
        const aiMesh& source = *scene.mMeshes[node.mMeshes[i]];
        if (!(source.mPrimitiveTypes & aiPrimitiveType_TRIANGLE))
            continue;
        std::string name = node.mName.length > 0 ? node.mName.C_Str() : source.mName.C_Str();
        if (name.empty())
            name = "mesh" + std::to_string(model.meshes.size());
        if (node.mNumMeshes > 1 && i > 0)
            name += "#" + std::to_string(i);
        MeshData mesh = convertMesh(scene, source, transform, std::move(name), keepTexCoords);
        if (mesh.triangleCount() > 0)
            model.meshes.push_back(std::move(mesh));
    }
    for (unsigned i = 0; i < node.mNumChildren; ++i)
        collect(scene, *node.mChildren[i], transform, depth + 1, path, keepTexCoords, model);
}

/// The post-processing steps the meshes of `scene` need, judged from what the reader made of
/// the file: a glTF of indexed triangles with normals needs none, an OBJ or STL (a vertex per
/// corner) the welding, and a file without normals their generation. Running only these keeps a
/// large file's import from re-welding, re-triangulating and re-sorting what is already done.
unsigned neededSteps(const aiScene& scene)
{
    constexpr unsigned kPrimitiveKinds
        = aiPrimitiveType_POINT | aiPrimitiveType_LINE | aiPrimitiveType_TRIANGLE | aiPrimitiveType_POLYGON;
    unsigned steps = 0;
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        const aiMesh& mesh = *scene.mMeshes[m];
        const unsigned kinds = mesh.mPrimitiveTypes & kPrimitiveKinds;
        if (kinds & aiPrimitiveType_POLYGON)
            steps |= aiProcess_Triangulate;
        // Points and lines in a mesh with triangles go to meshes of their own (then skipped).
        if ((kinds & (kinds - 1)) != 0)
            steps |= aiProcess_SortByPType;
        if (!mesh.HasNormals())
            steps |= aiProcess_GenSmoothNormals;
        if (mesh.HasTextureCoords(0) && !mesh.HasTangentsAndBitangents())
            steps |= aiProcess_CalcTangentSpace;
        std::uint64_t corners = 0;
        for (unsigned f = 0; f < mesh.mNumFaces; ++f)
            corners += mesh.mFaces[f].mNumIndices;
        // No vertex shared by two corners: the reader wrote one per corner (OBJ, STL).
        if (mesh.mNumVertices >= corners)
            steps |= aiProcess_JoinIdenticalVertices;
    }
    return steps;
}

} // namespace

Model importModel(const std::filesystem::path& path)
{
    const std::string name = path.string();
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw ImportError(
            "cannot open model " + inQuotes(name) + ": file not found (check the path and its spelling)");
    if (std::filesystem::is_directory(path, error))
        throw ImportError("cannot open model " + inQuotes(name) + ": it is a directory, not a file");

    Assimp::Importer importer;
    // Points and lines are skipped when collecting meshes rather than removed by assimp, which
    // would fail a lines-only file with "No meshes remaining" instead of saying what is wrong.
    const aiScene* scene = importer.ReadFile(name, 0);
    if (!scene)
        throw ImportError("assimp could not read " + inQuotes(name) + ": " + importer.GetErrorString());
    if (const unsigned steps = neededSteps(*scene); steps != 0) {
        scene = importer.ApplyPostProcessing(steps);
        if (!scene)
            throw ImportError("assimp could not read " + inQuotes(name) + ": " + importer.GetErrorString());
    }
    if (!scene->mRootNode)
        throw ImportError(inQuotes(name) + " contains no triangles (the file has no scene graph)");

    Model model;
    model.sourcePath = name;
    // Texture coordinates matter only as the anatomy's fibre coordinate (LumbarLab draws no
    // textures); other files' UVs are dropped so they are never drawn as fibre stripes.
    collect(*scene, *scene->mRootNode, glm::mat4(1.0f), 0, name, writtenByAnatomyGenerator(*scene), model);
    checkModel(model, name);
    return model;
}

} // namespace lumbar
