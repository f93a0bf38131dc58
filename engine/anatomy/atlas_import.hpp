// Public-atlas meshes named the BodyParts3D way, mapped onto the knowledge base by FMA id.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "scene/isolated_import.hpp"
#include "scene/model.hpp"
#include "scene/model_import.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {

/// What a BodyParts3D file name says: "FJ3158_BP8174_FMA22348_Right quadratus lumborum.obj".
struct AtlasFileName {
    std::string fma; ///< "FMA22348"
    std::string name; ///< "Right quadratus lumborum"
};

/// Parses `FJ<n>_BP<n>_FMA<id>_<name>.obj`, and `FJ<n>M_...` (BodyParts3D's mirrored, left-side
/// parts); nullopt for any other name.
std::optional<AtlasFileName> parseAtlasFileName(const std::string& fileName);

/// BodyParts3D frame (millimetres, +Z superior, +X patient's left, +Y posterior) to the model
/// frame (metres, +Y superior, +X patient's right, +Z posterior). A rotation (no mirroring).
glm::vec3 atlasToModelFrame(const glm::vec3& atlasMm);

/// How an atlas file found its structure, tried in this order.
enum class AtlasMatch {
    FmaId, ///< the file's FMA id is the structure's own (sided, for a paired structure)
    FmaClassAndSide, ///< the file's id is the structure's unsided class and its name says the side
    EnglishName, ///< the file's name is the structure's display name, side included
};

/// "by FMA id", "by FMA class and side", "by English name": for the mapping report.
const char* atlasMatchName(AtlasMatch match);

/// The structure of `knowledge` that atlas file `file` shows, and how it was found; nullptr when
/// none. A side in the name is the word "left" or "right" (any case, anywhere in the name).
const StructureInfo* matchAtlasFile(
    const AtlasFileName& file, const KnowledgeBase& knowledge, AtlasMatch* how = nullptr);

struct AtlasImport {
    Model model; ///< mapped meshes named by structure id, in the model frame
    std::vector<std::string> mapped; ///< "file -> structure id (by ...)", atlasMatchName's words
    std::vector<std::string> unmapped; ///< files with no structure of that FMA id (kept as meshes)
    std::vector<std::string> failed; ///< "file: reason" for files that could not be imported
    std::vector<std::string> ignored; ///< .obj files whose names are not BodyParts3D names
};

/// Imports every `.obj` of `folder` (other files, such as .mtl companions, are not looked at) and
/// maps each by matchAtlasFile. Files of one structure are merged into the structure's mesh; unmapped ones
/// keep their English name with the prefix "atlas:". Points and lines are dropped (the importer keeps
/// triangles only). Each file is read by `importer`, by default by the importer program
/// (importModelIsolated()) since the folder is the user's: a file that the importer rejects, crashes on or
/// hangs on goes to `failed` with the reason. Throws lumbar::Error when the folder cannot be read.
AtlasImport importAtlasFolder(
    const std::filesystem::path& folder, const KnowledgeBase& knowledge,
    const ModelImporter& importer
    = [](const std::filesystem::path& file) { return importModelIsolated(file); });

/// How the atlas is placed in the built-in body: p -> p * scale + offset.
struct AtlasFit {
    float scale = 1.0f;
    glm::vec3 offset{0.0f};
    int structures = 0; ///< how many structures both have (the fit's evidence; 0: unmoved)
};

/// The uniform scale (within 0.67-1.5: a body of another size, not another thing) and the offset
/// that best lay the structures both models have onto each other: least squares over the corners
/// and centres of their bounding boxes, axis by axis. An atlas is another person: scaled as a
/// whole, its shapes kept, it lies inside the built-in skin rather than beside or through it.
AtlasFit fitAtlas(const Model& builtIn, const AtlasImport& atlas);

/// Replaces the meshes of `builtIn` that the atlas provides and appends the atlas's unmapped
/// meshes, all placed by fitAtlas; atlas meshes take the built-in colours.
Model mergeAtlas(const Model& builtIn, const AtlasImport& atlas);

} // namespace lumbar
