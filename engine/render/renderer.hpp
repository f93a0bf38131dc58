// Draws a set of meshes with the lighting rig into a RenderTarget.
#pragma once

#include "gl/shader_program.hpp"
#include "gl/shader_source.hpp"
#include "render/camera.hpp"
#include "render/gpu_mesh.hpp"
#include "render/line_batch.hpp"
#include "render/render_target.hpp"
#include "render/surface_look.hpp"

#include <glm/glm.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace lumbar {

/// One mesh to draw and how.
/// A cylinder of model space (flat ends at `from` and `to`) within which an item is not drawn.
struct DrawCut {
    glm::vec3 from{0.0f}, to{0.0f};
    float radiusM = 0.0f;
};

/// A cylinder as DrawCut's within which alone an item is drawn, fading along it: at its `from`
/// end the item's own opacity, none at its `to` end (radius 0: no fade, the item drawn whole).
/// Paired with the same cylinder as a cut on an opaque copy, it fades a part out without making
/// the rest translucent.
using DrawFade = DrawCut;

struct DrawItem {
    const GpuMesh* mesh = nullptr;
    glm::mat4 model{1.0f};
    glm::vec4 color{0.8f, 0.8f, 0.8f, 1.0f}; ///< linear RGB; alpha < 1 draws translucent
    float highlight = 0.0f; ///< hover / selection tint, 0 to 1
    float striation = 0.0f; ///< fibre stripes along the tangents, 0 to 1
    Surface surface = Surface::Plain; ///< how it answers the light (sheen, gloss, translucency)
    bool outlined = false; ///< draw the selection outline around it
    float heatAmount = 0.0f; ///< how strongly the per-vertex heat map shows, 0 to 1
    bool indented = false; ///< yields under SceneDraw::indentation
    bool overlay = false; ///< drawn last, over everything, without depth test (paths, markers)
    /// Translucent items draw deepest layer first (larger = deeper), then far to near; nested
    /// anatomical layers thus blend in a fixed, view-independent order: no popping while orbiting.
    float layerDepth = 0.0f;
    glm::vec3 sortCenter{0.0f}; ///< model-space point used to order items of one layer
    /// Cylinders in model space within which the item is cut away (radius 0: none).
    std::array<DrawCut, 2> cuts{};
    /// Drawn only within this cylinder, fading along it (radius 0: whole); drawn translucent.
    DrawFade fade{};
    /// Cut by SceneDraw::section (the anatomy, the body and the table; not the tools).
    bool sectioned = true;
    /// Linear RGB of its cross-section where a plane cuts it open (closed meshes); unset: its
    /// colour a little darker (cut tissue is not lit through a surface of fascia).
    std::optional<glm::vec3> capColor;
    /// Shades SceneDraw::referralSpots on it (the skin and the body round the anatomy).
    bool referral = false;
    /// Drawn translucent, its inner (back) faces are blended first, then its outer ones, so a
    /// closed shell shows its far side; false draws the outer faces alone (half the blending).
    bool innerFaces = true;
};

/// Background gradient, in sRGB.
struct BackgroundStyle {
    glm::vec3 top{0.20f, 0.23f, 0.28f};
    glm::vec3 bottom{0.07f, 0.08f, 0.10f};
};

/// Where the massage tool presses into the tissue this frame (model space).
struct Indentation {
    glm::vec3 centre{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f}; ///< unit, the direction the tissue is pushed
    float depthM = 0.0f; ///< 0: no indentation
    float radiusM = 0.01f; ///< Gaussian falloff radius (the geometric mean of the two below)
    /// The contact's long axis (unit, across `direction`) and how much longer it is than wide: the
    /// falloff radius is radiusM * sqrt(elongation) along it and radiusM / sqrt(elongation) across,
    /// the same area as a round dent of radiusM. 1: round.
    glm::vec3 along{1.0f, 0.0f, 0.0f};
    float elongation = 1.0f;
};

/// Everything one frame draws.
struct SceneDraw {
    std::vector<DrawItem> items;
    std::vector<const LineBatch*> lines; ///< depth-tested, drawn after the opaque meshes
    float xray = 0.0f; ///< 0 solid, 1 x-ray look for translucent items
    Indentation indentation;
    BackgroundStyle background;
    glm::vec4 outlineColor{1.0f, 0.78f, 0.2f, 1.0f}; ///< sRGB
    float outlineWidthPx = 2.5f;
    /// Meshes with levels of detail draw the coarsest level whose error stays under this many
    /// pixels on screen; 0 always draws the full meshes.
    float lodMaxErrorPx = 0.75f;
    /// Width over height of the picture the target stands for; 0: the target's own. A target
    /// drawn at a share of the window's size (the render scale) keeps the window's proportions
    /// exactly, so that what is picked at a window pixel is what is drawn there.
    float aspect = 0.0f;
    /// The section view's cutting plane in world space: what lies where dot(xyz, p) + w < 0 is
    /// removed from sectioned items. All zero: no section.
    glm::vec4 section{0.0f};
    /// A muscle's referral zones, drawn on the items marked `referral`: round spots in model
    /// space (.xyz the centre on the skin, .w the radius), at most kMaxReferralSpots.
    std::vector<glm::vec4> referralSpots;
    glm::vec3 referralColor{0.70f, 0.04f, 0.03f}; ///< linear RGB
    /// The part of the target that will be seen, in its pixels (the window's 3D view between
    /// its panels): the frame is drawn there alone, the rest keeps the clear colour
    /// (background.bottom). Unset: all of it.
    std::optional<PixelRect> seen;
};

/// The most referral spots one frame draws (the size of the shader's array).
inline constexpr std::size_t kMaxReferralSpots = 12;

/// Owns the shader programs. Each pass sets every piece of GL state it relies on.
class Renderer {
public:
    /// Compiles the shaders from `sources`; throws ShaderError with the file and log on failure.
    explicit Renderer(const gl::ShaderSources& sources);

    /// Recompiles the shaders; on failure keeps the old ones and rethrows.
    void reloadShaders(const gl::ShaderSources& sources);

    /// The benchmark's floor: the meshes of `scene` as render() rasterises them (the same levels of
    /// detail, order, culling and blending, translucent ones blended once, overlays last without
    /// depth test) in one constant colour each with the simplest shader: the cost of bare
    /// rasterisation of the scene.
    void renderFloor(RenderTarget& target, const Camera& camera, const SceneDraw& scene);
    /// Clears `target` to the background and draws the scene: opaque meshes, lines, translucent
    /// meshes in layer order, outlines. Leaves the target bound; call target.resolve() afterwards.
    void render(RenderTarget& target, const Camera& camera, const SceneDraw& scene);

    /// Resolves `target`'s samples into its single-sample colour (their mean, as
    /// RenderTarget::resolve's blit), with a program of ours: Mesa's on-disk shader cache keeps
    /// it between processes, where llvmpipe compiles the blit's shaders anew in each (about
    /// 50 ms of a one-shot picture). Sets all the state it relies on; leaves no framebuffer bound.
    /// With `part` (in the target's pixels) only that part is resolved, the rest of the
    /// single-sample colour left as it was (the window shows only what its panels leave in sight).
    void resolve(RenderTarget& target, const std::optional<PixelRect>& part = std::nullopt);
    /// Shows the resolved `target` in the window (framebuffer 0) of `width` x `height`, scaled;
    /// with `part`, that part of the target alone, where it falls, and the rest of the window in
    /// `background`'s lower colour (the frame's clear colour).
    void present(const RenderTarget& target, int width, int height, const std::optional<PixelRect>& part,
        const BackgroundStyle& background);

    /// Compile-time features of the mesh shader (see shaders/mesh.vert).
    /// FibreCoordinate (with Striation): stripes from the mesh's baked across-fibre coordinate
    /// instead of the view-space estimate; chosen per item when its mesh has the coordinate.
    /// Cut: the item's cuts remove what lies within them (only items that have them pay).
    /// Fade: the item's fade keeps only what lies within it, fading out along it.
    /// Section: SceneDraw::section removes what lies behind it. Cap: draws the inside of a closed
    /// mesh (its back faces, seen only where a plane has cut it open) as a flat cross-section.
    /// Referral: shades SceneDraw::referralSpots (items marked `referral` only).
    /// VertexColor: the mesh's vertex colours multiply the base colour; without it (a mesh with
    /// none) the varying is left out, which spares software rasterisers its set-up per triangle.
    /// Lobules: fat's lobules and the grooves between them, fixed to the tissue (Surface::Fat).
    enum MeshFeature : unsigned {
        Indent = 1,
        Outline = 2,
        Striation = 4,
        Xray = 8,
        Heat = 16,
        FibreCoordinate = 32,
        Cut = 64,
        Section = 128,
        Cap = 256,
        Referral = 512,
        VertexColor = 1024,
        Fade = 2048,
        Lobules = 4096
    };
    /// The mesh program with `features`, compiled on first use and kept.
    gl::ShaderProgram& meshProgram(unsigned features);

private:
    /// Per-frame values every mesh program needs.
    struct FrameUniforms {
        glm::mat4 view{1.0f};
        glm::mat4 projection{1.0f};
        glm::vec2 viewportPx{1.0f};
        Indentation indentation;
        glm::vec4 outlineColor{1.0f};
        float outlineWidthPx = 0.0f;
        glm::vec3 eye{0.0f};
        float fovYRadians = 1.0f;
        float lodMaxErrorPx = 0.0f;
        float nearM = 0.0f;
        glm::vec4 section{0.0f};
        std::vector<glm::vec4> referralSpots;
        glm::vec3 referralColor{0.0f};
    };
    struct MeshVariant {
        std::unique_ptr<gl::ShaderProgram> program;
        std::uint64_t frame = 0; ///< frame whose uniforms it holds
    };

    /// The items of a scene sorted into the passes of render().
    struct DrawOrder {
        std::vector<const DrawItem*> opaque; ///< superficial layers first, then near to far
        std::vector<const DrawItem*> translucent; ///< deepest layer first, then far to near
        std::vector<const DrawItem*> overlays;
    };
    /// Sorts the visible items of `scene` for this frame's camera (call after beginFrame).
    DrawOrder drawOrder(const SceneDraw& scene) const;
    /// Binds and clears `target` to `clearColor` with every write enabled, and records the
    /// frame's camera, viewport and scene settings in m_frame (shared by render and renderFloor).
    void beginFrame(
        RenderTarget& target, const Camera& camera, const SceneDraw& scene, const glm::vec3& clearColor);
    /// Binds the variant and sets the frame's uniforms on it once per frame.
    gl::ShaderProgram& bindMesh(unsigned features);
    void drawItem(const DrawItem& item, unsigned features, float xray, const glm::vec3& capNormal = {});
    /// The outward normal, in view space, of the cross-section where the section plane or the
    /// near clip plane cuts `item` open, if one does (the section plane first).
    std::optional<glm::vec3> cutNormal(const DrawItem& item) const;
    /// The level of detail `item` draws at this frame (the same in every pass).
    std::size_t lodOf(const DrawItem& item) const;
    void drawBackground(const BackgroundStyle& background);
    void drawOutlines(const SceneDraw& scene);

    gl::ShaderSources m_sources;
    std::map<unsigned, MeshVariant> m_meshVariants;
    FrameUniforms m_frame;
    std::uint64_t m_frameNumber = 0;
    std::unique_ptr<gl::ShaderProgram> m_background;
    std::unique_ptr<gl::ShaderProgram> m_lines;
    std::unique_ptr<gl::ShaderProgram> m_flat; ///< the benchmark's floor
    std::unique_ptr<gl::ShaderProgram> m_resolve;
    gl::VertexArray m_emptyVertexArray;
};

} // namespace lumbar
