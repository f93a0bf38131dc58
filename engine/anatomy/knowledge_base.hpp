// The anatomy knowledge base: what each structure is, where it attaches, how it is worked.
// Read from models/structures.json (format: docs/structures-format.md).
#pragma once

#include "anatomy/referral_pattern.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar {

/// A depth band of the peel-away control, superficial (depth 0) to deep.
struct LayerInfo {
    std::string id; ///< "skin", "fascia", "superficial_muscle", ..., "bone"
    std::string name; ///< shown in the Layers panel
    int depth = 0; ///< 0 is the most superficial
};

/// One entry of the knowledge base. Texts are short paragraphs in plain English.
struct StructureInfo {
    std::string id; ///< stable mesh id, e.g. "quadratus_lumborum.left"
    std::string name; ///< display name, e.g. "Quadratus lumborum (left)"
    /// The name in a patient's words, "the deep muscle of your waist, ..., on your left side";
    /// empty where the knowledge base gives none (the display name is used).
    std::string plainName;
    std::string latin; ///< Terminologia Anatomica name
    std::string fma; ///< Foundational Model of Anatomy id, "FMA22349"; sided for paired structures
    /// FMA's class for both sides of a paired structure ("FMA22314", gluteus maximus); empty when
    /// unpaired or unknown. Atlases name some files by it, with the side only in the file name.
    std::string fmaClass;
    std::string layer; ///< a LayerInfo id
    std::string side; ///< "left", "right" or "midline"
    std::string kind; ///< "muscle", "bone", "disc", "fascia", "skin", "organ", "ligament", "fat"
    std::string region;
    std::string origin;
    std::string insertion;
    std::string action;
    std::string innervation;
    std::string palpation; ///< how it is found and worked in massage
    std::string cautions;
    /// Where clients commonly report pain from its trigger points; empty for most structures.
    ReferralPattern referral;

    bool isMuscle() const { return kind == "muscle"; }
};

struct KnowledgeBase {
    std::vector<LayerInfo> layers; ///< sorted by depth
    std::vector<StructureInfo> structures;

    const StructureInfo* find(const std::string& id) const;
    const LayerInfo* findLayer(const std::string& id) const;
    /// The layer ids in depth order, for messages: "skin, fascia, ...".
    std::string layerIdList() const;
    /// Depth of the structure's layer; -1 when unknown.
    int layerDepth(const StructureInfo& structure) const;
};

/// Parses the JSON text of a knowledge base. `sourceName` prefixes every message. Throws
/// lumbar::Error naming the field: "structures.json: structures[3].layer: \"organs\" is not a
/// layer (expected one of skin, fascia, ...)".
KnowledgeBase parseKnowledgeBase(const std::string& jsonText, const std::string& sourceName);
/// Reads and parses `path`; a missing file is named.
KnowledgeBase loadKnowledgeBase(const std::filesystem::path& path);

/// FMA ids are written "FMA22349"; public atlases also use bare numbers. Returns the canonical form.
std::string normalizeFmaId(const std::string& text);

} // namespace lumbar
