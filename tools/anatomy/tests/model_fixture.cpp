// The committed model shared by the tests (see model_fixture.hpp).
#include "model_fixture.hpp"

#include "hands.hpp"
#include "knowledge_base.hpp"
#include "therapist.hpp"

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

void generateInto(const std::filesystem::path& dir, const BuildOptions& options)
{
    const Model model = buildModel(options);
    std::filesystem::create_directories(dir);
    writeGlb(model, dir / "lumbar.glb");
    writeStructuresJson(model, dir / "structures.json");
    writeGlb(buildHands(options), dir / "hands.glb");
    writeGlb(buildTherapist(options), dir / "therapist.glb");
}

const Mesh& ShippedModel::mesh(const std::string& id) const
{
    for (const auto& m : meshes)
        if (m.name == id)
            return m.mesh;
    throw std::out_of_range("shipped model has no structure " + id);
}

const ShippedModel& shippedModel()
{
    static const ShippedModel model = [] {
        ShippedModel m;
        m.dir = LUMBAR_ANATOMY_MODELS_DIR;
        m.meshes = readGlb(m.dir / "lumbar.glb");
        std::ifstream in(m.dir / "structures.json");
        if (!in)
            throw std::runtime_error((m.dir / "structures.json").string() + " cannot be read");
        m.structures = nlohmann::json::parse(in);
        m.landmarks = computeLandmarks();
        return m;
    }();
    return model;
}

} // namespace lumbar::test
