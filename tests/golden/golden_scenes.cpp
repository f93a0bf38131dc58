// golden_scenes DIR: writes the fixed scenes the golden tests render (OBJ + MTL).
#include "scene/model_import.hpp"
#include "support/scene_files.hpp"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace lumbar;
    if (argc != 2) {
        std::cerr << "usage: golden_scenes OUTPUT_DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);

    // Shapes with distinct silhouettes from every side, so a wrong view preset, winding, normal
    // or lighting change shows up. Sizes are anatomy-like (tens of centimetres).
    MeshData sphere = test::makeIcosphere("sphere", {-0.12f, 0.05f, 0.0f}, 0.08f, 3);
    sphere.baseColor = {0.75f, 0.2f, 0.15f, 1.0f};
    MeshData torus = test::makeTorus("torus", {0.1f, -0.02f, 0.04f}, 0.09f, 0.03f, 48, 24);
    torus.baseColor = {0.85f, 0.78f, 0.6f, 1.0f};
    MeshData box = test::makeBox("box", {0.0f, 0.12f, -0.08f}, {0.05f, 0.04f, 0.03f});
    box.baseColor = {0.3f, 0.35f, 0.7f, 1.0f};
    test::writeObj(dir, "shapes", {sphere, torus, box});

    // A translucent shell over an opaque core: checks blending and depth handling.
    MeshData core = test::makeTorus("core", {0.0f, 0.0f, 0.0f}, 0.08f, 0.03f, 48, 24);
    core.baseColor = {0.7f, 0.15f, 0.12f, 1.0f};
    MeshData shell = test::makeIcosphere("shell", {0.0f, 0.0f, 0.0f}, 0.16f, 3);
    shell.baseColor = {0.9f, 0.8f, 0.7f, 0.35f};
    test::writeObj(dir, "shell", {core, shell});
    // The therapist's six hand poses (models/hands.glb) side by side on a slab of "skin", each
    // at its contact point, with its nails (the six poses come first, then their nails).
    std::vector<MeshData> tools;
    MeshData slab = test::makeBox("slab", {0.0f, -0.01f, 0.75f}, {0.3f, 0.01f, 0.95f});
    slab.baseColor = {0.75f, 0.55f, 0.45f, 1.0f};
    tools.push_back(slab);
    const Model hands = importModel(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "hands.glb");
    const std::size_t poses = hands.meshes.size() / 2;
    for (std::size_t index = 0; index < hands.meshes.size(); ++index) {
        MeshData tool = hands.meshes[index];
        const glm::vec3 offset(0.0f, 0.0f, float(index % poses) * 0.3f);
        for (glm::vec3& p : tool.positions)
            p += offset;
        tools.push_back(tool);
    }
    test::writeObj(dir, "tools", tools);
    std::cout << "wrote golden scenes to " << dir.string() << "\n";
    return 0;
}
