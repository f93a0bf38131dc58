// The generated model shared by the tests: generated once per test process into a temporary
// folder, then read back from the written files so the tests check what is shipped.
#pragma once

#include "generator.hpp"
#include "glb_writer.hpp"
#include "landmarks.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lumbar::test {

struct GeneratedModel {
    std::filesystem::path dir;
    std::vector<GlbMesh> meshes; ///< read back from lumbar.glb
    nlohmann::json structures; ///< read back from structures.json
    Landmarks landmarks;

    const Mesh& mesh(const std::string& id) const;
};

const GeneratedModel& generatedModel();

/// Writes both output files into `dir` (created), as the command does.
void generateInto(const std::filesystem::path& dir, unsigned threads);

std::filesystem::path freshTempDir(const std::string& name);

} // namespace lumbar::test
