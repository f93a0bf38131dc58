// Model ownership and the per-frame draw list.
#include "viewer.hpp"

#include "scene/model_import.hpp"

namespace lumbar::app {

Viewer::Viewer(const gl::ShaderSources& shaders, int width, int height)
    : m_renderer(shaders), m_target(width, height)
{
}

void Viewer::loadModel(const std::filesystem::path& path)
{
    setModel(importModel(path));
}

void Viewer::setModel(Model model)
{
    std::vector<std::unique_ptr<GpuMesh>> meshes;
    std::vector<DrawItem> items;
    for (const MeshData& mesh : model.meshes) {
        meshes.push_back(std::make_unique<GpuMesh>(mesh));
        Bounds box;
        for (const glm::vec3& point : mesh.positions)
            box.add(point);
        DrawItem item;
        item.mesh = meshes.back().get();
        item.color = mesh.baseColor;
        item.sortCenter = box.center();
        items.push_back(item);
    }
    m_model = std::move(model);
    m_gpuMeshes = std::move(meshes);
    m_scene.items = std::move(items);
    frameModel();
}

void Viewer::frameModel()
{
    m_camera.frame(m_model.bounds(), float(m_target.width()) / float(m_target.height()));
}

void Viewer::resetView(ViewPreset preset)
{
    m_camera.setView(preset);
    frameModel();
}

void Viewer::render(int width, int height)
{
    m_target.resize(width, height);
    m_renderer.render(m_target, m_camera, m_scene);
    m_target.resolve();
}

} // namespace lumbar::app
