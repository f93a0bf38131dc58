// The forward renderer: background pass, opaque pass, sorted translucent pass.
#include "render/renderer.hpp"

#include <glm/gtc/matrix_inverse.hpp>

#include <algorithm>

namespace lumbar {

Renderer::Renderer(const gl::ShaderSources& sources) : m_emptyVertexArray(gl::createVertexArray())
{
    reloadShaders(sources);
}

void Renderer::reloadShaders(const gl::ShaderSources& sources)
{
    auto mesh
        = std::make_unique<gl::ShaderProgram>(gl::ShaderProgram::load(sources, "mesh.vert", "mesh.frag"));
    auto background = std::make_unique<gl::ShaderProgram>(
        gl::ShaderProgram::load(sources, "background.vert", "background.frag"));
    m_mesh = std::move(mesh);
    m_background = std::move(background);
}

void Renderer::drawBackground(const BackgroundStyle& background)
{
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    m_background->use();
    m_background->set("uTopColor", background.top);
    m_background->set("uBottomColor", background.bottom);
    glBindVertexArray(m_emptyVertexArray.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

void Renderer::render(RenderTarget& target, const Camera& camera, const std::vector<DrawItem>& items,
    const BackgroundStyle& background)
{
    target.bindForDrawing();
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_MULTISAMPLE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glClearColor(background.bottom.r, background.bottom.g, background.bottom.b, 1.0f);
    glClearDepth(1.0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    drawBackground(background);

    const float aspect = float(target.width()) / float(target.height());
    const glm::mat4 view = camera.viewMatrix();
    m_mesh->use();
    m_mesh->set("uView", view);
    m_mesh->set("uProjection", camera.projectionMatrix(aspect));
    m_mesh->set("uWorldUpInView", glm::normalize(glm::mat3(view) * glm::vec3(0.0f, 1.0f, 0.0f)));

    const auto drawOne = [&](const DrawItem& item) {
        m_mesh->set("uModel", item.model);
        m_mesh->set("uNormalMatrix", glm::inverseTranspose(glm::mat3(view * item.model)));
        m_mesh->set("uBaseColor", item.color);
        m_mesh->set("uHighlight", item.highlight);
        item.mesh->draw();
    };

    // Opaque pass: depth test and write, no blending, both faces (outside files are not always
    // consistently wound; the shader flips back-facing normals).
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    std::vector<const DrawItem*> translucent;
    for (const DrawItem& item : items) {
        if (!item.mesh || item.color.a <= 0.0f)
            continue;
        if (item.color.a < 1.0f)
            translucent.push_back(&item);
        else
            drawOne(item);
    }

    // Translucent pass: far to near by the centre of each item, depth tested but not written.
    std::sort(translucent.begin(), translucent.end(), [&](const DrawItem* a, const DrawItem* b) {
        const float depthA = (view * a->model * glm::vec4(a->sortCenter, 1.0f)).z;
        const float depthB = (view * b->model * glm::vec4(b->sortCenter, 1.0f)).z;
        return depthA < depthB;
    });
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    glEnable(GL_CULL_FACE);
    for (const DrawItem* item : translucent) {
        // Inner (back) faces first, then outer ones, so a closed translucent shell blends in the
        // right order whatever the order of its triangles.
        glCullFace(GL_FRONT);
        drawOne(*item);
        glCullFace(GL_BACK);
        drawOne(*item);
    }
    glDisable(GL_CULL_FACE);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
}

} // namespace lumbar
