// What the user is looking at: the loaded model on the GPU, its anatomy view state, the camera
// and the renderer.
#pragma once

#include "anatomy/anatomy_view.hpp"
#include "anatomy/knowledge_base.hpp"
#include "anatomy/section_plane.hpp"
#include "render/camera.hpp"
#include "render/gpu_mesh.hpp"
#include "render/line_batch.hpp"
#include "render/renderer.hpp"
#include "scene/model.hpp"
#include "scene/ray_pick.hpp"
#include "session/free_area.hpp"
#include "session/hand_tone.hpp"
#include "technique/therapist_stance.hpp"

#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::app {

/// Toggles of how the anatomy is drawn.
struct DisplayOptions {
    bool striation = true; ///< muscle shading shows stripes along the fibres
    bool fibreLines = false; ///< short lines along the fibre directions
    bool labels = false; ///< name labels with leader lines
    BackgroundStyle background; ///< the gradient behind the anatomy (follows the theme)
    HandTone handTone = HandTone::Medium; ///< the therapist's skin
    bool therapist = false; ///< the therapist's figure standing at the table, joined to the hands
    SectionSetting section; ///< the section view's cutting plane (off by default)
    /// The selected muscle's referral pattern: its zones on the skin, its trigger points on it.
    bool referral = false;
};

/// What a frame adds to the anatomy: the technique's tool, paths and markers, the indentation,
/// the heat map and emphasised structures (endangerment sites).
struct SceneExtras {
    std::vector<DrawItem> items;
    Indentation indentation;
    bool showHeat = false;
    std::vector<std::size_t> emphasised; ///< meshes tinted as endangerment sites
    std::vector<std::size_t> ghosted; ///< meshes also drawn faintly over everything (through the skin)
    /// Referral zones shaded on the skin and the body round the anatomy (SceneDraw::referralSpots).
    std::vector<glm::vec4> referralSpots;
    /// The hovered and selected structures' tint and outline; pictures for export leave them out.
    bool pointerHighlights = true;
};

/// How setModel finishes the meshes' levels of detail and closed-surface checks.
enum class ModelLoading {
    Complete, ///< before it returns: every frame after it is the same (exports, tests)
    InBackground, ///< on a worker thread: the first frames draw full detail, both faces (start-up)
    /// For one picture: no levels of detail (a single frame draws full detail sooner than it
    /// simplifies), and the closed-surface checks beside the upload, before it returns (culling a
    /// closed mesh's back faces more than halves drawing a large one in software).
    OneFrame,
};

/// Owns the model and the GPU resources for it. Needs a current GL context.
class Viewer {
public:
    Viewer(const gl::ShaderSources& shaders, int width, int height);

    /// The knowledge base that names the meshes of the built-in anatomy (and of any model whose
    /// mesh names are structure ids). Takes effect for the next model set.
    void setKnowledgeBase(KnowledgeBase knowledge);
    const KnowledgeBase& knowledgeBase() const { return m_knowledge; }

    /// Replaces the model with one built in memory (tests, generated scenes, the start-up model).
    /// A model with structures of the knowledge base is seen as a client lying prone
    /// (SceneFrame::Prone); any other stands upright. Presets set afterwards follow that frame.
    void setModel(Model model, ModelLoading loading = ModelLoading::Complete);
    /// Waits for the background work of ModelLoading::InBackground and applies it.
    void finishLoading();
    const Model& model() const { return m_model; }
    /// The table of the model's scene, where the therapist's figure stands (tableSpaceOf), found
    /// once when the model is set; none for a model without one.
    const std::optional<technique::TableSpace>& tableSpace() const { return m_tableSpace; }
    bool hasModel() const { return !m_gpuMeshes.empty(); }
    AnatomyView& anatomy() { return *m_anatomy; }
    const AnatomyView& anatomy() const { return *m_anatomy; }

    DisplayOptions display;

    /// Frames what is shown from `preset` (see frameModel).
    void resetView(ViewPreset preset);
    /// Frames the structures shown (the whole model when nothing is), keeping the current
    /// direction: peeled to the bones, the bones fill the view.
    void frameModel();
    /// Frames one mesh keeping the current direction.
    void frameMesh(std::size_t mesh);
    /// Frames `box` keeping the current direction; clip planes and zoom limits stay the model's.
    void frameBounds(const Bounds& box);
    /// `region` with, while the therapist is shown at the table, the space where they stand and
    /// lean (floor to head, either side of the table), so that framing it keeps them in view.
    Bounds withRoomForTherapist(Bounds region) const;

    /// The thickness of the client's subcutaneous layer (kModelFatThicknessM for every new model).
    double bodyFatM() const { return m_bodyFatM; }
    /// Makes the subcutaneous layer `thicknessM` thick (clamped to the control's range): the skin
    /// and the body round the anatomy move, the anatomy under them stays. False, with nothing
    /// changed, for a model without fat offsets (any but the built-in anatomy).
    bool setBodyFat(double thicknessM);
    /// Changes whenever the model's geometry does (a new model, the body fat): caches key on it.
    std::uint64_t geometryRevision() const { return m_geometryRevision; }

    /// The spine's levels in the model (for placing a transverse section), top down; empty for
    /// models without vertebrae named by id.
    const std::vector<SpinalLevel>& spinalLevels() const { return m_spinalLevels; }
    /// The bounds of the anatomy's structures (the whole model when it has none): the range the
    /// section plane moves in.
    const Bounds& anatomyBounds() const { return m_anatomyBounds; }
    /// The colour (linear RGB) of mesh `mesh`'s cross-section: the structure's own colour, the
    /// fat's for the skin over the window, a plain darker skin tone for the body round it.
    glm::vec3 sectionColour(std::size_t mesh) const;
    /// Where a section plane of `orientation` starts: a transverse one at the L3-L4 disc (the
    /// level whose cross-sections the texts give), a coronal one through the middle of L3's body
    /// (the anatomy's middle lies behind the bodies), the others through the anatomy's middle.
    float sectionStart(SectionOrientation orientation) const;

    /// The structure under `pixel` (window pixels, origin top left) of a width x height view:
    /// layers fainter than AnatomyView::kClickThroughOpacity are clicked through; the scenery
    /// (body, table) stops the click and gives nothing; what the section removes is not there,
    /// and a click on a cut face picks the structure cut.
    std::optional<std::size_t> pick(const glm::vec2& pixel, float widthPx, float heightPx) const;
    /// The nearest visible surface hit by `ray`; translucent layers below `minOpacity` are ignored.
    std::optional<PickHit> castRay(const Ray& ray, float minOpacity = AnatomyView::kHiddenOpacity) const;
    /// The nearest hit by `ray` on the meshes `which` accepts (by index), seen or not.
    std::optional<PickHit> castRay(const Ray& ray, const std::function<bool(std::size_t)>& which) const;

    /// Uploads a heat map: per mesh, one dose per vertex (empty arrays clear a mesh), shown when
    /// SceneExtras::showHeat is set. Doses are placed on the colour map by technique::heatPosition.
    void setHeat(const std::vector<std::vector<float>>& dosePerMesh, float maxDose);
    /// The dose the heat map's top colour stands for (kPa*s); 0 when no heat map is set.
    float heatMaxDose() const { return m_heatMaxDose; }

    /// Draws the model (and `extras`) as a `width` x `height` picture into the offscreen target
    /// and resolves it. `scale` below 1 (the window's render scale while things move) draws the
    /// same picture with fewer pixels: the target is `scale` of each side (rounded), the window
    /// blits it up. Exports always draw at scale 1.
    /// With `seen` (window pixels from the top left: the part between the panels, see seenArea),
    /// only that part is drawn and resolved (the rest of target()'s picture is left as it was);
    /// present() then shows it.
    void render(int width, int height, const SceneExtras& extras = {}, float scale = 1.0f,
        const std::optional<ScreenRect>& seen = std::nullopt);
    /// The same scene, `extras` included (the hand, the paths and markers are triangles the
    /// lesson draws too), with the simplest shader: the benchmark's floor.
    void renderFloor(int width, int height, const SceneExtras& extras = {}, float scale = 1.0f);
    /// Shows the last render in the window (framebuffer 0) of `width` x `height`, scaled up from
    /// its render scale; what it did not draw (outside `seen`) shows the background's colour.
    void present(int width, int height);
    /// The size of the picture the last render stood for (the window's drawable, an export's
    /// size), whatever its scale: framing, and anything that maps pixels to the scene, use it.
    int viewWidth() const { return m_viewWidth; }
    int viewHeight() const { return m_viewHeight; }
    /// Holds the last render's picture, `scale` of viewWidth() x viewHeight().
    RenderTarget& target() { return m_target; }
    Renderer& renderer() { return m_renderer; }
    Camera& camera() { return m_camera; }
    const Camera& camera() const { return m_camera; }

    /// The draw list for the current state (what render() draws).
    SceneDraw buildScene(const SceneExtras& extras = {}) const;

private:
    /// Sizes the target for a `width` x `height` picture at `scale` and sets the scene's
    /// proportions and outline to match.
    void prepareTarget(
        int width, int height, float scale, const std::optional<ScreenRect>& seen, SceneDraw& scene);
    float viewAspect() const { return float(m_viewWidth) / float(m_viewHeight); }

    Renderer m_renderer;
    RenderTarget m_target;
    std::optional<PixelRect> m_seenPart; ///< of m_target, the part the last render drew; unset: all
    int m_viewWidth = 1;
    int m_viewHeight = 1;
    Camera m_camera;
    KnowledgeBase m_knowledge;
    Model m_model;
    std::optional<technique::TableSpace> m_tableSpace;
    std::unique_ptr<AnatomyView> m_anatomy;
    std::unique_ptr<MeshPicker> m_picker;
    std::vector<std::unique_ptr<GpuMesh>> m_gpuMeshes;
    std::vector<std::unique_ptr<LineBatch>> m_fibreLines; ///< per mesh; null for non-muscles
    std::vector<glm::vec3> m_meshCentres;
    std::vector<bool> m_hasHeat;
    float m_heatMaxDose = 0.0f;
    std::vector<SpinalLevel> m_spinalLevels;
    Bounds m_anatomyBounds;
    double m_bodyFatM = 0.0;
    /// Per mesh, the positions the model came with where the mesh carries fat offsets (filled by
    /// the first setBodyFat).
    std::vector<std::vector<glm::vec3>> m_fatBase;
    std::uint64_t m_geometryRevision = 0;

    /// Per mesh, what ModelLoading::InBackground computes off the GL thread.
    struct MeshRefinement {
        std::vector<LodLevel> lods;
        bool closedOutward = false;
    };
    /// The levels of detail and closed-surface check of one mesh (CPU only, any thread).
    static MeshRefinement refinementOf(const MeshData& mesh);
    /// Applies finished background work; waits for it only when `wait` is set.
    void adoptRefinement(bool wait);
    /// Reads m_model.meshes on a worker thread: declared last so that it is destroyed (joined)
    /// before the model it reads, and always waited for before m_model changes.
    std::future<std::vector<MeshRefinement>> m_refinement;
};

} // namespace lumbar::app
