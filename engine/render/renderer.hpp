// Draws a set of meshes with the lighting rig into a RenderTarget.
#pragma once

#include "gl/shader_program.hpp"
#include "gl/shader_source.hpp"
#include "render/camera.hpp"
#include "render/gpu_mesh.hpp"
#include "render/render_target.hpp"

#include <glm/glm.hpp>

#include <memory>
#include <vector>

namespace lumbar {

/// One mesh to draw and how.
struct DrawItem {
    const GpuMesh* mesh = nullptr;
    glm::mat4 model {1.0f};
    glm::vec4 color {0.8f, 0.8f, 0.8f, 1.0f}; ///< linear RGB; alpha < 1 draws translucent
    float highlight = 0.0f;
    glm::vec3 sortCenter {0.0f}; ///< model-space point used to order translucent items
};

/// Background gradient, in sRGB.
struct BackgroundStyle {
    glm::vec3 top {0.20f, 0.23f, 0.28f};
    glm::vec3 bottom {0.07f, 0.08f, 0.10f};
};

/// Owns the shader programs. Each pass sets every piece of GL state it relies on.
class Renderer {
public:
    /// Compiles the shaders from `sources`; throws ShaderError with the file and log on failure.
    explicit Renderer(const gl::ShaderSources& sources);

    /// Recompiles the shaders; on failure keeps the old ones and rethrows.
    void reloadShaders(const gl::ShaderSources& sources);

    /// Clears `target` to the background and draws `items`, opaque first, then translucent ones
    /// back to front. Leaves the target bound; call target.resolve() afterwards.
    void render(RenderTarget& target, const Camera& camera, const std::vector<DrawItem>& items,
        const BackgroundStyle& background = {});

private:
    void drawBackground(const BackgroundStyle& background);
    std::unique_ptr<gl::ShaderProgram> m_mesh;
    std::unique_ptr<gl::ShaderProgram> m_background;
    gl::VertexArray m_emptyVertexArray;
};

} // namespace lumbar
