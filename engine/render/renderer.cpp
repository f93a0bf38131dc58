// The forward renderer: background, opaque meshes, lines, sorted translucent meshes, outlines.
#include "render/renderer.hpp"

#include <glm/gtc/matrix_inverse.hpp>

#include <algorithm>

namespace lumbar {
namespace {

std::unique_ptr<gl::ShaderProgram> loadProgram(const gl::ShaderSources& sources, const char* stem)
{
    return std::make_unique<gl::ShaderProgram>(
        gl::ShaderProgram::load(sources, std::string(stem) + ".vert", std::string(stem) + ".frag"));
}

} // namespace

Renderer::Renderer(const gl::ShaderSources& sources) : m_emptyVertexArray(gl::createVertexArray())
{
    reloadShaders(sources);
}

void Renderer::reloadShaders(const gl::ShaderSources& sources)
{
    auto mesh = loadProgram(sources, "mesh");
    auto background = loadProgram(sources, "background");
    auto lines = loadProgram(sources, "line");
    m_mesh = std::move(mesh);
    m_background = std::move(background);
    m_lines = std::move(lines);
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

void Renderer::render(RenderTarget& target, const Camera& camera, const SceneDraw& scene)
{
    target.bindForDrawing();
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_MULTISAMPLE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glStencilMask(0xFF);
    glClearColor(scene.background.bottom.r, scene.background.bottom.g, scene.background.bottom.b, 1.0f);
    glClearDepth(1.0);
    glClearStencil(0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    drawBackground(scene.background);

    const glm::vec2 viewportPx(float(target.width()), float(target.height()));
    const float aspect = viewportPx.x / viewportPx.y;
    const glm::mat4 view = camera.viewMatrix();
    const glm::mat4 projection = camera.projectionMatrix(aspect);
    m_mesh->use();
    m_mesh->set("uView", view);
    m_mesh->set("uProjection", projection);
    m_mesh->set("uWorldUpInView", glm::normalize(glm::mat3(view) * glm::vec3(0.0f, 1.0f, 0.0f)));
    m_mesh->set("uViewportPx", viewportPx);
    m_mesh->set("uOutlineWidthPx", 0.0f);
    m_mesh->set("uFlatColor", glm::vec4(0.0f));
    m_mesh->set("uIndentCentre", scene.indentation.centre);
    m_mesh->set("uIndentDirection", scene.indentation.direction);
    m_mesh->set("uIndentRadiusM", std::max(scene.indentation.radiusM, 1e-4f));

    const auto drawOne = [&](const DrawItem& item, float xray) {
        m_mesh->set("uModel", item.model);
        m_mesh->set("uNormalMatrix", glm::inverseTranspose(glm::mat3(view * item.model)));
        m_mesh->set("uBaseColor", item.color);
        m_mesh->set("uHighlight", item.highlight);
        m_mesh->set("uStriation", item.striation);
        m_mesh->set("uXray", xray);
        m_mesh->set("uHeatAmount", item.heatAmount);
        m_mesh->set("uIndentDepthM", item.indented ? scene.indentation.depthM : 0.0f);
        item.mesh->draw();
    };

    // Opaque pass: depth test and write, no blending, both faces (outside files are not always
    // consistently wound; the shader flips back-facing normals).
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    const auto viewDepth
        = [&](const DrawItem* item) { return (view * item->model * glm::vec4(item->sortCenter, 1.0f)).z; };
    std::vector<const DrawItem*> opaque;
    std::vector<const DrawItem*> translucent;
    for (const DrawItem& item : scene.items) {
        if (!item.mesh || item.color.a <= 0.0f)
            continue;
        (item.color.a < 1.0f ? translucent : opaque).push_back(&item);
    }
    // Superficial layers first, then near to far: what lies beneath fails the depth test before
    // it is shaded, which matters on software rasterisers where overdraw is most of the cost.
    std::sort(opaque.begin(), opaque.end(), [&](const DrawItem* a, const DrawItem* b) {
        if (a->layerDepth != b->layerDepth)
            return a->layerDepth < b->layerDepth;
        return viewDepth(a) > viewDepth(b);
    });
    for (const DrawItem* item : opaque)
        drawOne(*item, 0.0f);

    // Lines over the opaque surfaces, hidden where something opaque is in front.
    if (!scene.lines.empty()) {
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        glDepthFunc(GL_LEQUAL);
        glDepthMask(GL_FALSE);
        m_lines->use();
        m_lines->set("uViewProjection", projection * view);
        for (const LineBatch* batch : scene.lines)
            batch->draw();
        glDepthMask(GL_TRUE);
        glDepthFunc(GL_LESS);
        glDisable(GL_BLEND);
        m_mesh->use();
    }

    // Translucent pass: deepest layer first, then far to near; depth tested, not written.
    std::sort(translucent.begin(), translucent.end(), [&](const DrawItem* a, const DrawItem* b) {
        if (a->layerDepth != b->layerDepth)
            return a->layerDepth > b->layerDepth;
        return viewDepth(a) < viewDepth(b);
    });
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    glEnable(GL_CULL_FACE);
    for (const DrawItem* item : translucent) {
        // Inner (back) faces first, then outer ones, so a closed translucent shell blends in the
        // right order whatever the order of its triangles.
        glCullFace(GL_FRONT);
        drawOne(*item, scene.xray);
        glCullFace(GL_BACK);
        drawOne(*item, scene.xray);
    }
    glDisable(GL_CULL_FACE);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);

    drawOutlines(scene, viewportPx, view);
}

void Renderer::drawOutlines(const SceneDraw& scene, const glm::vec2& viewportPx, const glm::mat4& view)
{
    const bool any = std::any_of(scene.items.begin(), scene.items.end(),
        [](const DrawItem& item) { return item.outlined && item.mesh; });
    if (!any)
        return;
    // Mark the selected silhouettes in the stencil buffer, then draw the meshes pushed outwards
    // where the stencil is clear: a ring of constant screen width, visible through other layers.
    m_mesh->use();
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0xFF);
    glStencilFunc(GL_ALWAYS, 1, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    m_mesh->set("uFlatColor", scene.outlineColor);
    m_mesh->set("uOutlineWidthPx", 0.0f);
    m_mesh->set("uIndentDepthM", 0.0f);
    for (const DrawItem& item : scene.items) {
        if (!item.outlined || !item.mesh)
            continue;
        m_mesh->set("uModel", item.model);
        item.mesh->draw();
    }
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    m_mesh->set("uOutlineWidthPx", scene.outlineWidthPx * std::max(1.0f, viewportPx.y / 720.0f));
    for (const DrawItem& item : scene.items) {
        if (!item.outlined || !item.mesh)
            continue;
        m_mesh->set("uModel", item.model);
        m_mesh->set("uNormalMatrix", glm::inverseTranspose(glm::mat3(view * item.model)));
        item.mesh->draw();
    }
    m_mesh->set("uOutlineWidthPx", 0.0f);
    m_mesh->set("uFlatColor", glm::vec4(0.0f));
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
}

} // namespace lumbar
