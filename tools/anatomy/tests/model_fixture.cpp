// Shared generated model for the anatomy tests (see model_fixture.hpp).
#include "model_fixture.hpp"

#include "knowledge_base.hpp"

#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace lumbar::test {

std::filesystem::path freshTempDir(const std::string& name)
{
    const auto dir = std::filesystem::temp_directory_path()
        / ("lumbar_anatomy_tests_" + std::to_string(::getpid())) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void generateInto(const std::filesystem::path& dir, unsigned threads)
{
    const Model model = buildModel({threads});
    writeGlb(model, dir / "lumbar.glb");
    writeStructuresJson(model, dir / "structures.json");
}

const Mesh& GeneratedModel::mesh(const std::string& id) const
{
    for (const auto& m : meshes)
        if (m.name == id)
            return m.mesh;
    throw std::out_of_range("generated model has no structure " + id);
}

const GeneratedModel& generatedModel()
{
    static const GeneratedModel model = [] {
        GeneratedModel g;
        g.dir = freshTempDir("shared");
        generateInto(g.dir, 0);
        g.meshes = readGlb(g.dir / "lumbar.glb");
        std::ifstream in(g.dir / "structures.json");
        g.structures = nlohmann::json::parse(in);
        g.landmarks = computeLandmarks();
        return g;
    }();
    return model;
}

} // namespace lumbar::test
