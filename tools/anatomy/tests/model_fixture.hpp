// The model the tests check: the committed models/lumbar.glb and models/structures.json, read
// once per test process. Determinism.CommittedModelEqualsAFreshGeneration proves those files are
// byte for byte what the generator writes today, so checking them checks the generator; reading
// them instead of generating lets every test run in its own process, in parallel.
#pragma once

#include "generator.hpp"
#include "glb_writer.hpp"
#include "landmarks.hpp"

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lumbar::test {

struct ShippedModel {
    std::filesystem::path dir; ///< the models/ folder
    std::vector<GlbMesh> meshes; ///< read from lumbar.glb
    nlohmann::json structures; ///< read from structures.json
    Landmarks landmarks;

    const Mesh& mesh(const std::string& id) const;
    /// The mesh as read, with its base colour and vertex colours; throws for an unknown id.
    const GlbMesh& glbMesh(const std::string& id) const;
};

const ShippedModel& shippedModel();

/// Writes the command's three output files into `dir` (created), as the command does.
void generateInto(const std::filesystem::path& dir, const BuildOptions& options);

/// Grid spacing multiplier for the generations the sanitizer tier runs: the same code on
/// a 27th of the samples (the plain tier proves the full resolution against models/).
constexpr float kCoarseCellScale = 3.0f;

std::filesystem::path freshTempDir(const std::string& name);

/// The perimeter of the convex hull of `points` (monotone chain): what a tape measures round a
/// section, bridging its furrows. `points` is reordered.
double convexHullPerimeter(std::vector<glm::dvec2>& points);

} // namespace lumbar::test
