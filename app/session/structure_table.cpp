// Fixed-width text table of the model's structures.
#include "session/structure_table.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace lumbar::app {

std::string structureTable(const KnowledgeBase& knowledge, const Model& model)
{
    using Row = std::array<std::string, 6>;
    std::vector<Row> rows{{"ID", "NAME", "LAYER", "SIDE", "FMA", "TRIANGLES"}};
    for (const MeshData& mesh : model.meshes) {
        const StructureInfo* structure = knowledge.find(mesh.name);
        const auto field = [&](const std::string StructureInfo::*member) {
            return structure && !(structure->*member).empty() ? structure->*member : std::string("-");
        };
        rows.push_back({mesh.name, field(&StructureInfo::name), field(&StructureInfo::layer),
            field(&StructureInfo::side), field(&StructureInfo::fma), std::to_string(mesh.triangleCount())});
    }
    rows.push_back({"total", std::to_string(model.meshes.size()) + " structures", "", "", "",
        std::to_string(model.triangleCount())});

    std::array<std::size_t, 6> widths{};
    for (const Row& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    std::string text;
    for (const Row& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c + 1 == row.size()) // numbers right-aligned
                line += std::string(widths[c] - row[c].size(), ' ') + row[c];
            else
                line += row[c] + std::string(widths[c] - row[c].size() + 2, ' ');
        }
        text += line + "\n";
    }
    return text;
}

} // namespace lumbar::app
