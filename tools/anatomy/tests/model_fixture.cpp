// The committed model shared by the tests (see model_fixture.hpp).
#include "model_fixture.hpp"

#include "hands.hpp"
#include "knowledge_base.hpp"
#include "therapist.hpp"

#include <algorithm>
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
    return glbMesh(id).mesh;
}

const GlbMesh& ShippedModel::glbMesh(const std::string& id) const
{
    for (const auto& m : meshes)
        if (m.name == id)
            return m;
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

double convexHullPerimeter(std::vector<glm::dvec2>& points)
{
    std::sort(
        points.begin(), points.end(), [](auto a, auto b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const auto cross = [](glm::dvec2 o, glm::dvec2 a, glm::dvec2 b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<glm::dvec2> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    double perimeter = 0.0;
    for (std::size_t i = 0; i < hull.size(); ++i)
        perimeter += glm::length(hull[(i + 1) % hull.size()] - hull[i]);
    return perimeter;
}

} // namespace lumbar::test
