// What the user is looking at: the loaded model on the GPU, the camera and the renderer.
#pragma once

#include "render/camera.hpp"
#include "render/gpu_mesh.hpp"
#include "render/renderer.hpp"
#include "scene/model.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace lumbar::app {

/// Owns the model and the GPU resources for it. Needs a current GL context.
class Viewer {
public:
    Viewer(const gl::ShaderSources& shaders, int width, int height);

    /// Imports `path` and replaces the current model. On failure the current model stays and
    /// lumbar::ImportError propagates with the reason.
    void loadModel(const std::filesystem::path& path);
    /// Replaces the model with one built in memory (tests, generated scenes).
    void setModel(Model model);
    const Model& model() const { return m_model; }
    bool hasModel() const { return !m_gpuMeshes.empty(); }

    /// Frames the model from `preset`.
    void resetView(ViewPreset preset);
    /// Frames the model keeping the current direction.
    void frameModel();

    /// Draws the model into the offscreen target sized `width` x `height` and resolves it.
    void render(int width, int height);
    RenderTarget& target() { return m_target; }
    Renderer& renderer() { return m_renderer; }
    Camera& camera() { return m_camera; }
    const Camera& camera() const { return m_camera; }

private:
    Renderer m_renderer;
    RenderTarget m_target;
    Camera m_camera;
    Model m_model;
    std::vector<std::unique_ptr<GpuMesh>> m_gpuMeshes;
    SceneDraw m_scene;
};

} // namespace lumbar::app
