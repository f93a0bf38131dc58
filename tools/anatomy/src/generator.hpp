// Builds every structure's mesh from its definition: carve, polygonise, clean, smooth,
// decimate, then normals and tangents (fibre directions for muscles).
#pragma once

#include "landmarks.hpp"
#include "mesh.hpp"
#include "structure.hpp"

#include <string>
#include <vector>

namespace lumbar {

struct Structure {
    std::string id;
    Layer layer;
    glm::vec4 colour;
    Mesh mesh;
    bool scenery = false; ///< the client's body or the table, not lumbar anatomy
};

struct Model {
    std::vector<Structure> structures;
    const Structure* find(const std::string& id) const;
};

/// All structure definitions, deepest first (the order the glb lists them in).
std::vector<StructureDef> allStructureDefs(const Landmarks& lm);

struct BuildOptions {
    unsigned threads = 0; ///< 0: one per hardware thread
    /// Multiplies every structure's polygonisation grid spacing. 1 builds the shipped model; the
    /// sanitizer tests build at 3 (a 27th of the samples) to run the same code in less time.
    float cellScale = 1.0f;
};

/// Deterministic: the same options give bit-identical meshes regardless of thread count.
Model buildModel(const BuildOptions& options = {});

/// The carved field the polygoniser sees for `def` (own shape minus avoided shapes, kept
/// under the subcutaneous layer and within the trunk slab).
DistanceField carvedField(const StructureDef& def, const std::vector<StructureDef>& all);

} // namespace lumbar
