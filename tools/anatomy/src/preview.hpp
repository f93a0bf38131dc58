// CPU preview: rasterises the generated meshes (z-buffer, Lambert shading, per-structure
// colour) to a PNG so the anatomy can be inspected without a GPU viewer.
#pragma once

#include "glb_writer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar {

enum class PreviewView { Posterior, Lateral, Oblique, Superior };

/// Parses "posterior", "lateral", "oblique" or "superior"; throws std::invalid_argument otherwise.
PreviewView parsePreviewView(const std::string& name);

struct PreviewOptions {
    PreviewView view = PreviewView::Posterior;
    int sizePx = 800;
    std::vector<std::string> hiddenPrefixes; ///< structures whose id starts with one of these are skipped
};

/// Renders and writes a PNG; throws std::runtime_error if the file cannot be written.
void writePreview(
    const std::vector<GlbMesh>& meshes, const PreviewOptions& options, const std::filesystem::path& png);

} // namespace lumbar
