// Geometry checks with messages that point at the offending mesh and vertex.
#include "scene/model_check.hpp"

#include "core/error.hpp"

#include <cmath>
#include <sstream>

namespace lumbar {
namespace {

std::string formatVector(const glm::vec3& v)
{
    std::ostringstream text;
    text << "(" << v.x << ", " << v.y << ", " << v.z << ")";
    return text.str();
}

} // namespace

void checkModel(const Model& model, const std::string& sourceName)
{
    const std::string where = inQuotes(sourceName);
    if (model.triangleCount() == 0)
        throw ImportError(where
            + " contains no triangles (only points, lines or empty meshes): "
              "export the surfaces as a triangle mesh");
    if (model.triangleCount() > kMaxModelTriangles)
        throw ImportError(where + " has " + std::to_string(model.triangleCount())
            + " triangles, more than the " + std::to_string(kMaxModelTriangles)
            + " LumbarLab can draw: decimate it first");

    for (const MeshData& mesh : model.meshes) {
        for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
            const glm::vec3& p = mesh.positions[i];
            if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
                throw ImportError(where + ": mesh " + inQuotes(mesh.name) + " vertex " + std::to_string(i)
                    + " has a non-finite position " + formatVector(p) + ": the file is corrupt");
        }
        for (std::uint32_t index : mesh.indices)
            if (index >= mesh.positions.size())
                throw ImportError(where + ": mesh " + inQuotes(mesh.name) + " refers to vertex "
                    + std::to_string(index) + " but has only " + std::to_string(mesh.positions.size())
                    + ": the file is corrupt");
    }

    const glm::vec3 size = model.bounds().size();
    const float extent = std::max(size.x, std::max(size.y, size.z));
    if (extent > kMaxModelExtent || extent < kMinModelExtent) {
        std::ostringstream text;
        text << where << " has an absurd size: its bounding box is " << size.x << " x " << size.y << " x "
             << size.z << " units (accepted: largest side between " << kMinModelExtent << " and "
             << kMaxModelExtent << "); check the file's units and scale";
        throw ImportError(text.str());
    }
}

} // namespace lumbar
