// The forward renderer: background, opaque meshes, lines, sorted translucent meshes, outlines.
#include "render/renderer.hpp"

#include <glm/gtc/matrix_inverse.hpp>

#include <algorithm>

namespace lumbar {
namespace {

std::unique_ptr<gl::ShaderProgram> loadProgram(
    const gl::ShaderSources& sources, const char* stem, const std::vector<std::string>& defines = {})
{
    return std::make_unique<gl::ShaderProgram>(
        gl::ShaderProgram::load(sources, std::string(stem) + ".vert", std::string(stem) + ".frag", defines));
}

std::vector<std::string> featureDefines(unsigned features)
{
    std::vector<std::string> defines;
    if (features & Renderer::Indent)
        defines.push_back("INDENT");
    if (features & Renderer::Outline)
        defines.push_back("OUTLINE");
    if (features & Renderer::Striation)
        defines.push_back("STRIATION");
    if (features & Renderer::Xray)
        defines.push_back("XRAY");
    if (features & Renderer::Heat)
        defines.push_back("HEAT");
    if (features & Renderer::FibreCoordinate)
        defines.push_back("FIBRE_COORDINATE");
    if (features & Renderer::Cut)
        defines.push_back("CUT");
    if (features & Renderer::Section)
        defines.push_back("SECTION");
    if (features & Renderer::Cap)
        defines.push_back("CAP");
    if (features & Renderer::Referral)
        defines.push_back("REFERRAL");
    if (features & Renderer::VertexColor)
        defines.push_back("VERTEX_COLOR");
    if (features & Renderer::Fade)
        defines.push_back("FADE");
    if (features & Renderer::Lobules)
        defines.push_back("LOBULES");
    return defines;
}

unsigned featuresOf(const DrawItem& item, const SceneDraw& scene, float xray)
{
    unsigned features = 0;
    if (item.indented && scene.indentation.depthM > 0.0f)
        features |= Renderer::Indent;
    if (item.striation > 0.0f) {
        features |= Renderer::Striation;
        // A compile-time variant rather than a uniform flag: software rasterisers run both sides
        // of a uniform branch, and this one also passes one varying instead of three.
        if (item.mesh->hasFibreCoordinates())
            features |= Renderer::FibreCoordinate;
    }
    if (xray > 0.0f)
        features |= Renderer::Xray;
    if (item.heatAmount > 0.0f)
        features |= Renderer::Heat;
    if (item.cuts[0].radiusM > 0.0f || item.cuts[1].radiusM > 0.0f)
        features |= Renderer::Cut;
    if (item.sectioned && scene.section != glm::vec4(0.0f))
        features |= Renderer::Section;
    if (item.referral && !scene.referralSpots.empty())
        features |= Renderer::Referral;
    if (item.mesh->hasVertexColors())
        features |= Renderer::VertexColor;
    if (item.fade.radiusM > 0.0f)
        features |= Renderer::Fade;
    if (item.surface == Surface::Fat)
        features |= Renderer::Lobules;
    return features;
}

void setBackFaceCulling(bool cull)
{
    if (cull)
        glEnable(GL_CULL_FACE);
    else
        glDisable(GL_CULL_FACE);
}

/// Restricts drawing to `part` of the bound framebuffer (the scissor test); unset: all of it.
void drawOnlyIn(const std::optional<PixelRect>& part)
{
    if (!part) {
        glDisable(GL_SCISSOR_TEST);
        return;
    }
    glEnable(GL_SCISSOR_TEST);
    glScissor(part->x, part->y, part->width, part->height);
}

} // namespace

Renderer::Renderer(const gl::ShaderSources& sources) : m_emptyVertexArray(gl::createVertexArray())
{
    reloadShaders(sources);
}

void Renderer::reloadShaders(const gl::ShaderSources& sources)
{
    // Compile everything that is always needed first, so a broken edit leaves the old set working.
    auto base = loadProgram(sources, "mesh");
    auto background = loadProgram(sources, "background");
    auto lines = loadProgram(sources, "line");
    auto flat = loadProgram(sources, "flat");
    auto resolve = loadProgram(sources, "resolve");
    m_sources = sources;
    m_meshVariants.clear();
    m_meshVariants[0].program = std::move(base);
    m_background = std::move(background);
    m_lines = std::move(lines);
    m_flat = std::move(flat);
    m_resolve = std::move(resolve);
}

void Renderer::resolve(RenderTarget& target, const std::optional<PixelRect>& part)
{
    target.bindResolvedForDrawing();
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glDisable(GL_STENCIL_TEST);
    drawOnlyIn(part);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glDisable(GL_CLIP_DISTANCE0);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, target.multisampledColorTexture());
    m_resolve->use();
    m_resolve->set("uSamples", 0);
    m_resolve->set("uSampleCount", target.samples());
    glBindVertexArray(m_emptyVertexArray.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glDepthMask(GL_TRUE);
    glEnable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void Renderer::present(const RenderTarget& target, int width, int height,
    const std::optional<PixelRect>& part, const BackgroundStyle& background)
{
    if (part) {
        // The gaps between the panels show the frame's clear colour: a cleared window costs
        // llvmpipe half what the background's gradient does.
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDisable(GL_SCISSOR_TEST);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glClearColor(background.bottom.r, background.bottom.g, background.bottom.b, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    target.blitTo(0, width, height, part);
}

gl::ShaderProgram& Renderer::meshProgram(unsigned features)
{
    MeshVariant& variant = m_meshVariants[features];
    if (!variant.program)
        variant.program = loadProgram(m_sources, "mesh", featureDefines(features));
    return *variant.program;
}

gl::ShaderProgram& Renderer::bindMesh(unsigned features)
{
    gl::ShaderProgram& program = meshProgram(features);
    program.use();
    MeshVariant& variant = m_meshVariants[features];
    if (variant.frame != m_frameNumber) {
        variant.frame = m_frameNumber;
        program.set("uView", m_frame.view);
        program.set("uProjection", m_frame.projection);
        program.set("uWorldUpInView", glm::normalize(glm::mat3(m_frame.view) * glm::vec3(0.0f, 1.0f, 0.0f)));
        program.set("uViewportPx", m_frame.viewportPx);
        program.set("uIndentCentre", m_frame.indentation.centre);
        program.set("uIndentDirection", m_frame.indentation.direction);
        program.set("uIndentRadiusM", std::max(m_frame.indentation.radiusM, 1e-4f));
        program.set("uIndentDepthM", m_frame.indentation.depthM);
        program.set("uIndentAlong", m_frame.indentation.along);
        program.set("uIndentElongation", std::max(m_frame.indentation.elongation, 1.0f));
        program.set("uFlatColor", m_frame.outlineColor);
        program.set("uOutlineWidthPx", m_frame.outlineWidthPx);
        program.set("uSectionPlane", m_frame.section);
        if (features & Referral) {
            for (std::size_t i = 0; i < kMaxReferralSpots; ++i)
                program.set(("uReferralSpots[" + std::to_string(i) + "]").c_str(),
                    i < m_frame.referralSpots.size() ? m_frame.referralSpots[i] : glm::vec4(0.0f));
            program.set("uReferralColor", m_frame.referralColor);
        }
    }
    return program;
}

void Renderer::drawItem(const DrawItem& item, unsigned features, float xray, const glm::vec3& capNormal)
{
    gl::ShaderProgram& program = bindMesh(features);
    if (features & Section)
        glEnable(GL_CLIP_DISTANCE0);
    else
        glDisable(GL_CLIP_DISTANCE0);
    for (const GLenum plane : {GL_CLIP_DISTANCE1, GL_CLIP_DISTANCE2}) {
        if (features & Fade)
            glEnable(plane);
        else
            glDisable(plane);
    }
    if (features & Cap) {
        constexpr float kCapShade = 0.78f;
        program.set("uCapNormal", capNormal);
        program.set("uCapColor", item.capColor.value_or(glm::vec3(item.color) * kCapShade));
    }
    program.set("uModel", item.model);
    if (features & Cut) {
        program.set("uCutFrom[0]", glm::vec4(item.cuts[0].from, item.cuts[0].radiusM));
        program.set("uCutTo[0]", item.cuts[0].to);
        program.set("uCutFrom[1]", glm::vec4(item.cuts[1].from, item.cuts[1].radiusM));
        program.set("uCutTo[1]", item.cuts[1].to);
    }
    if (features & Fade) {
        program.set("uFadeFrom", glm::vec4(item.fade.from, item.fade.radiusM));
        program.set("uFadeTo", item.fade.to);
    }
    program.set("uNormalMatrix", glm::inverseTranspose(glm::mat3(m_frame.view * item.model)));
    program.set("uBaseColor", item.color);
    program.set("uHighlight", item.highlight);
    program.set("uStriation", item.striation);
    const SurfaceLook look = lookOf(item.surface);
    program.set("uSurface", glm::vec3(look.sharpHighlight, look.broadSheen, look.wrap));
    program.set("uXray", xray);
    program.set("uHeatAmount", item.heatAmount);
    item.mesh->draw(lodOf(item));
}

std::optional<glm::vec3> Renderer::cutNormal(const DrawItem& item) const
{
    // Whether a plane (world space) passes between the corners of the item's bounding box: a
    // closer test than its bounding sphere, which the near plane of a close view crosses for
    // long meshes (the client's body) that it does not cut.
    const glm::vec3& centre = item.mesh->boundsCentre();
    const glm::vec3& half = item.mesh->boundsHalfSize();
    const auto straddles = [&](const glm::vec4& plane) {
        bool below = false, above = false;
        for (int corner = 0; corner < 8; ++corner) {
            const glm::vec3 offset((corner & 1) ? half.x : -half.x, (corner & 2) ? half.y : -half.y,
                (corner & 4) ? half.z : -half.z);
            const glm::vec4 world = item.model * glm::vec4(centre + offset, 1.0f);
            (glm::dot(plane, world) < 0.0f ? below : above) = true;
        }
        return below && above;
    };
    const glm::vec3 normal = glm::vec3(m_frame.section);
    // The cross-section faces the removed side.
    if (item.sectioned && normal != glm::vec3(0.0f) && straddles(m_frame.section))
        return -glm::normalize(glm::mat3(m_frame.view) * normal);
    // The near plane in world space: points in front of it are kept.
    const glm::vec3 forward = -glm::vec3(glm::transpose(m_frame.view)[2]);
    if (straddles(glm::vec4(forward, -glm::dot(forward, m_frame.eye) - m_frame.nearM)))
        return glm::vec3(0.0f, 0.0f, 1.0f);
    return std::nullopt;
}

std::size_t Renderer::lodOf(const DrawItem& item) const
{
    const std::vector<float>& errors = item.mesh->lodErrorsM();
    if (errors.size() < 2 || m_frame.lodMaxErrorPx <= 0.0f)
        return 0;
    // The nearest point of the mesh's bounding sphere sets the scale: no part gets coarser than
    // the error allows.
    const glm::vec3 centre = glm::vec3(item.model * glm::vec4(item.mesh->boundsCentre(), 1.0f));
    const float scale = glm::length(glm::vec3(item.model[0]));
    const float distance = glm::length(centre - m_frame.eye) - item.mesh->boundsRadius() * scale;
    const float pixel = metresPerPixel(distance, m_frame.fovYRadians, m_frame.viewportPx.y);
    return chooseLod(errors, pixel / std::max(scale, 1e-6f), m_frame.lodMaxErrorPx);
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

void Renderer::beginFrame(
    RenderTarget& target, const Camera& camera, const SceneDraw& scene, const glm::vec3& clearColor)
{
    target.bindForDrawing();
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_MULTISAMPLE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glStencilMask(0xFF);
    glClearColor(clearColor.r, clearColor.g, clearColor.b, 1.0f);
    glClearDepth(1.0);
    glClearStencil(0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
    // Cleared whole, drawn only where it will be seen.
    drawOnlyIn(scene.seen);

    ++m_frameNumber;
    m_frame.viewportPx = glm::vec2(float(target.width()), float(target.height()));
    m_frame.view = camera.viewMatrix();
    m_frame.projection = camera.projectionMatrix(
        scene.aspect > 0.0f ? scene.aspect : m_frame.viewportPx.x / m_frame.viewportPx.y);
    m_frame.indentation = scene.indentation;
    m_frame.outlineColor = scene.outlineColor;
    m_frame.outlineWidthPx = scene.outlineWidthPx * std::max(1.0f, m_frame.viewportPx.y / 720.0f);
    m_frame.eye = camera.eye();
    m_frame.fovYRadians = camera.fovYRadians;
    m_frame.lodMaxErrorPx = scene.lodMaxErrorPx;
    m_frame.nearM = camera.nearPlane();
    m_frame.section = scene.section;
    m_frame.referralSpots = scene.referralSpots;
    m_frame.referralColor = scene.referralColor;
}

Renderer::DrawOrder Renderer::drawOrder(const SceneDraw& scene) const
{
    const glm::mat4& view = m_frame.view;
    const auto viewDepth
        = [&](const DrawItem* item) { return (view * item->model * glm::vec4(item->sortCenter, 1.0f)).z; };
    DrawOrder order;
    for (const DrawItem& item : scene.items) {
        if (!item.mesh || item.color.a <= 0.0f)
            continue;
        if (item.overlay)
            order.overlays.push_back(&item);
        else
            (item.color.a < 1.0f || item.fade.radiusM > 0.0f ? order.translucent : order.opaque)
                .push_back(&item);
    }
    // Superficial layers first, then near to far: what lies beneath fails the depth test before
    // it is shaded, which matters on software rasterisers where overdraw is most of the cost.
    std::sort(order.opaque.begin(), order.opaque.end(), [&](const DrawItem* a, const DrawItem* b) {
        if (a->layerDepth != b->layerDepth)
            return a->layerDepth < b->layerDepth;
        return viewDepth(a) > viewDepth(b);
    });
    // Translucent layers blend deepest layer first, then far to near.
    std::sort(order.translucent.begin(), order.translucent.end(), [&](const DrawItem* a, const DrawItem* b) {
        if (a->layerDepth != b->layerDepth)
            return a->layerDepth > b->layerDepth;
        return viewDepth(a) < viewDepth(b);
    });
    return order;
}

void Renderer::render(RenderTarget& target, const Camera& camera, const SceneDraw& scene)
{
    beginFrame(target, camera, scene, glm::vec3(scene.background.bottom));
    drawBackground(scene.background);
    const glm::mat4& view = m_frame.view;

    // Opaque pass: depth test and write, no blending. Closed outward-wound meshes skip their back
    // faces, which are always hidden behind their own front faces: that halves triangle set-up and
    // saves shading back faces drawn before the front ones. Other meshes draw both faces (outside
    // files are not always closed or consistently wound; the shader flips back-facing normals).
    // Where the section plane or the near clip plane cuts a closed mesh open, its back faces show
    // through the opening: a second draw of only those, behind the front faces, paints them as
    // the flat cross-section (the cap), so a cut structure reads solid, never hollow.
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glCullFace(GL_BACK);
    const DrawOrder order = drawOrder(scene);
    for (const DrawItem* item : order.opaque) {
        const unsigned features = featuresOf(*item, scene, 0.0f);
        const bool closed = item->mesh->closedOutward();
        setBackFaceCulling(closed);
        drawItem(*item, features, 0.0f);
        if (!closed)
            continue;
        if (const std::optional<glm::vec3> normal = cutNormal(*item)) {
            glCullFace(GL_FRONT);
            drawItem(*item, (features & (Indent | Cut | Section)) | Cap, 0.0f, *normal);
            glCullFace(GL_BACK);
        }
    }
    glDisable(GL_CULL_FACE);

    // Lines over the opaque surfaces, hidden where something opaque is in front.
    if (!scene.lines.empty()) {
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        glDepthFunc(GL_LEQUAL);
        glDepthMask(GL_FALSE);
        m_lines->use();
        m_lines->set("uViewProjection", m_frame.projection * view);
        for (const LineBatch* batch : scene.lines)
            batch->draw();
        glDepthMask(GL_TRUE);
        glDepthFunc(GL_LESS);
        glDisable(GL_BLEND);
    }

    // Translucent pass: deepest layer first, then far to near; depth tested, not written.
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    glEnable(GL_CULL_FACE);
    for (const DrawItem* item : order.translucent) {
        // Inner (back) faces first, then outer ones, so a closed translucent shell blends in the
        // right order whatever the order of its triangles.
        const unsigned features = featuresOf(*item, scene, scene.xray);
        if (item->innerFaces) {
            glCullFace(GL_FRONT);
            drawItem(*item, features, scene.xray);
        }
        glCullFace(GL_BACK);
        drawItem(*item, features, scene.xray);
    }
    glDisable(GL_CULL_FACE);

    // Overlays (stroke paths, pressure points) stay readable over the layers that hide them.
    glDisable(GL_DEPTH_TEST);
    for (const DrawItem* item : order.overlays)
        drawItem(*item, 0, 0.0f);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);

    drawOutlines(scene);
    glDisable(GL_CLIP_DISTANCE0);
    glDisable(GL_CLIP_DISTANCE1);
    glDisable(GL_CLIP_DISTANCE2);
    glDisable(GL_SCISSOR_TEST);
}

void Renderer::renderFloor(RenderTarget& target, const Camera& camera, const SceneDraw& scene)
{
    beginFrame(target, camera, scene, glm::vec3(0.0f));
    const glm::mat4 viewProjection = m_frame.projection * m_frame.view;
    const DrawOrder order = drawOrder(scene);
    m_flat->use();
    const auto draw = [&](const DrawItem& item) {
        m_flat->set("uModelViewProjection", viewProjection * item.model);
        m_flat->set("uColor", item.color);
        item.mesh->draw(lodOf(item));
    };
    // The same triangles in the same order as render(), with its culling and blending, but one
    // draw per mesh, no lines or outlines, and a shader that only writes a colour.
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glCullFace(GL_BACK);
    for (const DrawItem* item : order.opaque) {
        setBackFaceCulling(item->mesh->closedOutward());
        draw(*item);
    }
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    for (const DrawItem* item : order.translucent) {
        setBackFaceCulling(!item->innerFaces);
        draw(*item);
    }
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    for (const DrawItem* item : order.overlays)
        draw(*item);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
}

void Renderer::drawOutlines(const SceneDraw& scene)
{
    const bool any = std::any_of(scene.items.begin(), scene.items.end(),
        [](const DrawItem& item) { return item.outlined && item.mesh; });
    if (!any)
        return;
    // Mark the selected silhouettes in the stencil buffer, then draw the meshes pushed outwards
    // where the stencil is clear: a ring of constant screen width, visible through other layers.
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0xFF);
    glStencilFunc(GL_ALWAYS, 1, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    const auto sectioned = [&](const DrawItem& item) { return featuresOf(item, scene, 0.0f) & Section; };
    for (const DrawItem& item : scene.items)
        if (item.outlined && item.mesh)
            drawItem(item, sectioned(item), 0.0f);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    for (const DrawItem& item : scene.items)
        if (item.outlined && item.mesh)
            drawItem(item, Outline | sectioned(item), 0.0f);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
}

} // namespace lumbar
