// main() of the stand-in importer program (see stand_in_importer.hpp).
#include "core/error.hpp"
#include "scene/import_worker.hpp"
#include "scene/model_import.hpp"
#include "support/scene_files.hpp"

#include <csignal>
#include <cstdlib>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace lumbar;

Model box(const std::filesystem::path& path)
{
    Model model;
    model.sourcePath = path.string();
    model.meshes.push_back(test::makeBox("box", glm::vec3(0.0f), glm::vec3(0.1f)));
    return model;
}

bool endsWith(const std::string& text, const std::string& ending)
{
    return text.size() >= ending.size()
        && text.compare(text.size() - ending.size(), ending.size(), ending) == 0;
}

Model misbehave(const std::filesystem::path& path)
{
    const std::string stem = path.stem().string();
    if (endsWith(stem, "crash"))
        std::raise(SIGSEGV);
    if (endsWith(stem, "abort"))
        std::abort();
    if (endsWith(stem, "hang"))
        std::this_thread::sleep_for(std::chrono::minutes(10));
    if (endsWith(stem, "greedy")) {
        std::vector<char> block(std::size_t(2) << 30, 1); // fails at once under the limit
        if (block[block.size() / 2] == 1)
            throw ImportError("allocated 2 GiB despite the limit");
    }
    if (endsWith(stem, "refuse"))
        throw ImportError("no vertices here");
    if (endsWith(stem, "throw-int"))
        throw 42;
    if (endsWith(stem, "nan")) {
        Model model = box(path);
        model.meshes[0].positions[3].y = std::numeric_limits<float>::quiet_NaN();
        return model;
    }
    if (endsWith(stem, "no-triangles")) {
        Model model = box(path);
        model.meshes[0].indices.clear();
        return model;
    }
    if (endsWith(stem, "box"))
        return box(path);
    return importModel(path);
}

} // namespace

int main(int argc, char** argv)
{
    return lumbar::runImportWorker(argc, argv, misbehave);
}
