// Moving the skin to a subcutaneous layer of another thickness.
#include "anatomy/body_fat.hpp"

#include <algorithm>

namespace lumbar {

bool hasFatOffsets(const Model& model)
{
    return std::any_of(model.meshes.begin(), model.meshes.end(),
        [](const MeshData& mesh) { return !mesh.fatOffsets.empty(); });
}

std::vector<glm::vec3> positionsWithFat(const MeshData& base, double thicknessM)
{
    return positionsWithFat(base.positions, base.fatOffsets, thicknessM);
}

std::vector<glm::vec3> positionsWithFat(
    const std::vector<glm::vec3>& base, const std::vector<glm::vec3>& fatOffsets, double thicknessM)
{
    std::vector<glm::vec3> positions = base;
    if (fatOffsets.size() != positions.size())
        return positions;
    const double thickness = std::clamp(thicknessM, kLeanFatThicknessM, kHighFatThicknessM);
    const auto factor = float(thickness / kModelFatThicknessM - 1.0);
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] += fatOffsets[i] * factor;
    return positions;
}

const char* bodyFatWords(double thicknessM)
{
    if (thicknessM < 0.010)
        return "thin";
    if (thicknessM <= 0.025)
        return "medium";
    if (thicknessM <= 0.035)
        return "thick";
    return "very thick";
}

} // namespace lumbar
