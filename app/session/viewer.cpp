// Model ownership, picking and the per-frame draw list.
#include "session/viewer.hpp"

#include "anatomy/body_fat.hpp"
#include "anatomy/fibre_lines.hpp"
#include "anatomy/section_colours.hpp"
#include "scene/mesh_topology.hpp"
#include "session/render_scale.hpp"
#include "session/seen_area.hpp"
#include "session/therapist_figure.hpp"
#include "technique/heat_map.hpp"
#include "technique/skin_point.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>

namespace lumbar::app {
namespace {

/// Tint strength of the structure under the mouse and of the selected one.
constexpr float kHoverHighlight = 0.6f;
constexpr float kSelectedHighlight = 0.25f;
/// Opacity of the soft tissue that received no dose while the heat map is shown.
constexpr float kHeatViewVeilOpacity = 0.25f;
/// Opacity of the red ghost of an endangerment site drawn over the layers that hide it.
constexpr float kEndangermentGhostOpacity = 0.28f;
/// SceneExtras::ghosted: faint enough that the skin over them still reads as skin.
constexpr float kGhostOpacity = 0.22f;

/// How a structure's surface answers the light, by its kind; the client's body round the window is
/// skin, the table and files without a knowledge base keep the plain look.
Surface surfaceOf(const StructureInfo* structure, const std::string& meshName)
{
    if (meshName == "body")
        return Surface::Skin;
    if (!structure)
        return Surface::Plain;
    static const std::map<std::string, Surface, std::less<>> kByKind{{"muscle", Surface::Muscle},
        {"organ", Surface::Muscle}, {"fat", Surface::Fat}, {"fascia", Surface::Fascia},
        {"disc", Surface::Tendon}, {"ligament", Surface::Tendon}, {"bone", Surface::Bone},
        {"skin", Surface::Skin}};
    const auto found = kByKind.find(structure->kind);
    return found == kByKind.end() ? Surface::Plain : found->second;
}

} // namespace

Viewer::Viewer(const gl::ShaderSources& shaders, int width, int height)
    : m_renderer(shaders), m_target(width, height), m_viewWidth(std::max(width, 1)),
      m_viewHeight(std::max(height, 1)), m_anatomy(std::make_unique<AnatomyView>(m_knowledge, m_model))
{
}

void Viewer::setKnowledgeBase(KnowledgeBase knowledge)
{
    m_knowledge = std::move(knowledge);
    m_anatomy = std::make_unique<AnatomyView>(m_knowledge, m_model);
}

void Viewer::setModel(Model model, ModelLoading loading)
{
    if (m_refinement.valid())
        m_refinement.wait(); // it reads the model about to be replaced; its result is dropped
    m_refinement = {};
    // Read before `model` is moved: get() below comes first.
    std::future<std::vector<bool>> closedChecks;
    if (loading == ModelLoading::OneFrame)
        closedChecks = std::async(std::launch::async, [&meshes = model.meshes] {
            std::vector<bool> closed;
            for (const MeshData& mesh : meshes)
                closed.push_back(isClosedOutward(mesh));
            return closed;
        });
    std::vector<std::unique_ptr<GpuMesh>> meshes;
    std::vector<glm::vec3> centres;
    for (const MeshData& mesh : model.meshes) {
        if (loading == ModelLoading::Complete) {
            const MeshRefinement refinement = refinementOf(mesh);
            meshes.push_back(std::make_unique<GpuMesh>(mesh, refinement.lods, refinement.closedOutward));
        } else {
            meshes.push_back(std::make_unique<GpuMesh>(mesh));
        }
        centres.push_back(mesh.bounds().center());
    }
    if (closedChecks.valid()) {
        const std::vector<bool> closed = closedChecks.get();
        for (std::size_t i = 0; i < meshes.size(); ++i)
            meshes[i]->setClosedOutward(closed[i]);
    }
    m_model = std::move(model);
    m_bodyFatM = kModelFatThicknessM;
    m_fatBase.clear();
    ++m_geometryRevision;
    m_tableSpace = tableSpaceOf(m_model);
    m_gpuMeshes = std::move(meshes);
    m_meshCentres = std::move(centres);
    m_anatomy = std::make_unique<AnatomyView>(m_knowledge, m_model);
    m_picker = std::make_unique<MeshPicker>(m_model);
    m_spinalLevels = lumbar::spinalLevels(m_model);
    m_anatomyBounds = {};
    for (std::size_t i = 0; i < m_model.meshes.size(); ++i)
        if (!m_anatomy->isScenery(i))
            m_anatomyBounds.add(m_model.meshes[i].bounds());
    if (m_anatomyBounds.empty())
        m_anatomyBounds = m_model.bounds();
    // Structures the knowledge base names are in the anatomical frame: the client lies prone on
    // the table. Any other model stands upright.
    m_camera.sceneFrame = m_anatomy->hasStructures() ? SceneFrame::Prone : SceneFrame::Upright;
    m_fibreLines.clear();
    m_hasHeat.assign(m_model.meshes.size(), false);
    for (std::size_t i = 0; i < m_model.meshes.size(); ++i) {
        const StructureInfo* structure = m_anatomy->structureOf(i);
        std::vector<LineVertex> lines;
        if (structure && structure->isMuscle())
            lines = fibreLines(m_model.meshes[i]);
        m_fibreLines.push_back(lines.empty() ? nullptr : std::make_unique<LineBatch>(lines));
    }
    frameModel();
    if (loading == ModelLoading::InBackground) {
        // Levels of detail and the closed-surface check are a large part of loading; the first
        // frames can do without them (full detail, both faces drawn).
        m_refinement = std::async(std::launch::async, [meshes = &m_model.meshes] {
            std::vector<MeshRefinement> refinements;
            for (const MeshData& mesh : *meshes)
                refinements.push_back(refinementOf(mesh));
            return refinements;
        });
    }
}

bool Viewer::setBodyFat(double thicknessM)
{
    if (!hasFatOffsets(m_model))
        return false;
    thicknessM = std::clamp(thicknessM, kLeanFatThicknessM, kHighFatThicknessM);
    adoptRefinement(true); // the worker reads the positions about to change
    if (m_fatBase.empty()) {
        m_fatBase.resize(m_model.meshes.size());
        for (std::size_t i = 0; i < m_model.meshes.size(); ++i)
            if (!m_model.meshes[i].fatOffsets.empty())
                m_fatBase[i] = m_model.meshes[i].positions;
    }
    for (std::size_t i = 0; i < m_model.meshes.size(); ++i) {
        MeshData& mesh = m_model.meshes[i];
        if (mesh.fatOffsets.empty())
            continue;
        mesh.positions = positionsWithFat(m_fatBase[i], mesh.fatOffsets, thicknessM);
        const MeshRefinement refinement = refinementOf(mesh);
        m_gpuMeshes[i] = std::make_unique<GpuMesh>(mesh, refinement.lods, refinement.closedOutward);
        m_meshCentres[i] = mesh.bounds().center();
        m_hasHeat[i] = false;
    }
    m_picker = std::make_unique<MeshPicker>(m_model);
    m_bodyFatM = thicknessM;
    ++m_geometryRevision;
    return true;
}

Viewer::MeshRefinement Viewer::refinementOf(const MeshData& mesh)
{
    return {buildLods(mesh), isClosedOutward(mesh)};
}

void Viewer::finishLoading()
{
    adoptRefinement(true);
}

void Viewer::adoptRefinement(bool wait)
{
    if (!m_refinement.valid())
        return;
    if (!wait && m_refinement.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    const std::vector<MeshRefinement> refinements = m_refinement.get();
    for (std::size_t i = 0; i < refinements.size() && i < m_gpuMeshes.size(); ++i)
        m_gpuMeshes[i]->refine(m_model.meshes[i], refinements[i].lods, refinements[i].closedOutward);
}

void Viewer::frameModel()
{
    const float aspect = viewAspect();
    Bounds visible;
    // The anatomy, not the client's whole body and the table around it.
    for (std::size_t i = 0; i < m_model.meshes.size(); ++i)
        if (m_anatomy->visible(i) && !m_anatomy->isScenery(i))
            visible.add(m_model.meshes[i].bounds());
    m_camera.frame(visible.empty() ? m_model.bounds() : withRoomForTherapist(visible), aspect);
    // Clip planes and zoom limits stay those of the whole model, so layers shown later fit.
    m_camera.sceneRadius = std::max(m_camera.sceneRadius, m_model.bounds().radius());
}

Bounds Viewer::withRoomForTherapist(Bounds region) const
{
    if (region.empty() || !display.therapist || !m_anatomy->hasScenery() || !m_anatomy->showScenery)
        return region;
    if (const std::optional<technique::TableSpace>& table = m_tableSpace) {
        const float reach = table->halfWidthM + technique::kHipClearanceM + 0.2f;
        const glm::vec3 centre = region.center();
        region.add(glm::vec3(-reach, centre.y - 0.3f, table->floorZ));
        region.add(glm::vec3(reach, centre.y + 0.3f, region.max.z + 0.55f));
    }
    return region;
}

void Viewer::frameMesh(std::size_t mesh)
{
    if (mesh < m_model.meshes.size())
        frameBounds(m_model.meshes[mesh].bounds());
}

void Viewer::frameBounds(const Bounds& box)
{
    if (box.empty())
        return;
    const float radius = m_camera.sceneRadius;
    m_camera.frame(box, viewAspect());
    // Clip planes and zoom limits stay those of the whole model, so nothing is cut away.
    m_camera.sceneRadius = std::max(radius, m_model.bounds().radius());
}

void Viewer::resetView(ViewPreset preset)
{
    m_camera.setView(preset);
    frameModel();
}

std::optional<PickHit> Viewer::castRay(const Ray& ray, float minOpacity) const
{
    if (!m_picker)
        return std::nullopt;
    return m_picker->pick(ray, [&](std::size_t mesh) { return m_anatomy->opacity(mesh) > minOpacity; });
}

std::optional<PickHit> Viewer::castRay(const Ray& ray, const std::function<bool(std::size_t)>& which) const
{
    if (!m_picker)
        return std::nullopt;
    return m_picker->pick(ray, which);
}

void Viewer::setHeat(const std::vector<std::vector<float>>& dosePerMesh, float maxDose)
{
    m_hasHeat.assign(m_gpuMeshes.size(), false);
    m_heatMaxDose = 0.0f;
    for (std::size_t i = 0; i < m_gpuMeshes.size(); ++i) {
        std::vector<float> scaled;
        if (i < dosePerMesh.size() && dosePerMesh[i].size() == m_model.meshes[i].positions.size()
            && maxDose > 0.0f) {
            scaled.reserve(dosePerMesh[i].size());
            for (float dose : dosePerMesh[i])
                scaled.push_back(technique::heatPosition(dose, maxDose));
            m_hasHeat[i] = true;
            m_heatMaxDose = maxDose;
        }
        m_gpuMeshes[i]->setScalars(scaled);
    }
}

glm::vec3 Viewer::sectionColour(std::size_t mesh) const
{
    const StructureInfo* structure = m_anatomy->structureOf(mesh);
    if (m_model.meshes[mesh].name == "body")
        return kBodySectionColor;
    if (structure && structure->kind == "skin")
        return kFatSectionColor;
    return glm::vec3(m_model.meshes[mesh].baseColor);
}

float Viewer::sectionStart(SectionOrientation orientation) const
{
    if (orientation == SectionOrientation::Transverse)
        if (const std::optional<float> disc = levelHeight("L3-L4", m_spinalLevels))
            return *disc;
    if (orientation == SectionOrientation::Coronal)
        if (const std::optional<VertebralBodyDepth> body = vertebralBodyDepth(m_model, "L3"))
            return body->middleM();
    return m_anatomyBounds.center()[sectionAxis(orientation)];
}

std::optional<std::size_t> Viewer::pick(const glm::vec2& pixel, float widthPx, float heightPx) const
{
    if (!m_picker || widthPx <= 0.0f || heightPx <= 0.0f)
        return std::nullopt;
    const Ray ray = m_camera.rayThroughPixel(pixel, widthPx, heightPx);
    // The stretch of the ray on the side of the section plane that stays.
    float from = 0.0f;
    float to = std::numeric_limits<float>::max();
    if (const glm::vec4 plane = sectionPlane(display.section); plane != glm::vec4(0.0f)) {
        const float start = glm::dot(glm::vec3(plane), ray.origin) + plane.w;
        const float rate = glm::dot(glm::vec3(plane), ray.direction);
        if (start < 0.0f && rate <= 0.0f)
            return std::nullopt; // the ray runs wholly through what was removed
        if (start < 0.0f)
            from = -start / rate;
        else if (rate < 0.0f)
            to = -start / rate;
    }
    const auto hit = m_picker->pick(
        ray,
        [this](std::size_t mesh) { return m_anatomy->opacity(mesh) >= AnatomyView::kClickThroughOpacity; },
        from, to);
    // The body around the window and the table stop the ray but are not structures to select.
    if (!hit || m_anatomy->isScenery(hit->meshIndex))
        return std::nullopt;
    return hit->meshIndex;
}

SceneDraw Viewer::buildScene(const SceneExtras& extras) const
{
    SceneDraw scene;
    scene.background = display.background;
    scene.xray = m_anatomy->xray ? 1.0f : 0.0f;
    scene.indentation = extras.indentation;
    scene.section = sectionPlane(display.section);
    scene.referralSpots = extras.referralSpots;
    for (std::size_t i = 0; i < m_gpuMeshes.size(); ++i) {
        const float opacity = m_anatomy->opacity(i);
        if (opacity <= AnatomyView::kHiddenOpacity)
            continue;
        const MeshData& mesh = m_model.meshes[i];
        const StructureInfo* structure = m_anatomy->structureOf(i);
        DrawItem item;
        item.mesh = m_gpuMeshes[i].get();
        item.color = glm::vec4(glm::vec3(mesh.baseColor), mesh.baseColor.a * opacity);

        const bool pointer = extras.pointerHighlights;
        item.highlight = pointer && m_anatomy->hovered == i ? kHoverHighlight
            : pointer && m_anatomy->selected == i           ? kSelectedHighlight
                                                            : 0.0f;
        item.outlined = pointer && m_anatomy->selected == i;
        // Muscles, and any structure whose mesh carries fibre directions (the iliotibial tract).
        const bool fibred = structure && (structure->isMuscle() || item.mesh->hasFibreCoordinates());
        item.striation = display.striation && fibred ? 1.0f : 0.0f;
        item.surface = surfaceOf(structure, mesh.name);
        item.layerDepth = float(m_anatomy->layerOf(i));
        // Soft tissue yields under the tool; bone and disc do not.
        const bool softTissue = !structure || (structure->kind != "bone" && structure->kind != "disc");
        item.indented = softTissue;
        item.heatAmount = extras.showHeat && i < m_hasHeat.size() && m_hasHeat[i] ? 1.0f : 0.0f;
        // In the heat view the worked structures lie under other layers: those fade so it shows.
        // The client's body around the dissection window stays as it is: the dose lies within the
        // window, and a see-through person cost the lesson frame 60% more (every layer blended).
        const bool veiled
            = extras.showHeat && item.heatAmount == 0.0f && softTissue && !m_anatomy->isScenery(i);
        if (veiled)
            item.color.a = std::min(item.color.a, kHeatViewVeilOpacity);
        if (std::find(extras.emphasised.begin(), extras.emphasised.end(), i) != extras.emphasised.end()) {
            // Endangerment sites: a warning red that reads even through translucent layers.
            item.color = glm::vec4(glm::mix(glm::vec3(item.color), glm::vec3(0.85f, 0.05f, 0.03f), 0.7f),
                std::max(item.color.a, 0.85f));
            item.highlight = std::max(item.highlight, 0.15f);
        }
        item.sortCenter = m_meshCentres[i];
        if (mesh.name == "body" || (structure && structure->kind == "skin"))
            item.capColor = sectionColour(i);
        item.referral = !extras.referralSpots.empty() && technique::isBodySurface(mesh.name, structure);
        // Seen through in x-ray or veiled over the heat, a mesh's far side adds only a faint second
        // outline under its near one, at the cost of blending every layer twice: near faces only.
        // (In x-ray the client's body alone blended twice cost the lesson frame 28% more.)
        item.innerFaces = !(m_anatomy->xray || veiled);
        scene.items.push_back(item);
        const bool emphasised
            = std::find(extras.emphasised.begin(), extras.emphasised.end(), i) != extras.emphasised.end();
        const bool ghosted
            = std::find(extras.ghosted.begin(), extras.ghosted.end(), i) != extras.ghosted.end();
        if (emphasised || ghosted) {
            // The endangerment sites lie under the muscles (the kidneys, the floating ribs): a faint
            // red ghost over everything shows where they are without x-ray. Ghosted structures
            // (the bones for the palpation trainer's easier level) show faintly in their colour.
            DrawItem ghost = item;
            ghost.overlay = true;
            ghost.color = emphasised ? glm::vec4(0.9f, 0.08f, 0.04f, kEndangermentGhostOpacity)
                                     : glm::vec4(glm::vec3(mesh.baseColor), kGhostOpacity);
            ghost.highlight = 0.0f;
            ghost.outlined = false;
            ghost.striation = 0.0f;
            ghost.heatAmount = 0.0f;
            ghost.referral = false;
            ghost.capColor.reset();
            scene.items.push_back(ghost);
        }
        if (display.fibreLines && m_fibreLines[i])
            scene.lines.push_back(m_fibreLines[i].get());
    }
    // The hands, the therapist and the lesson's markers stay whole where a section cuts the body,
    // except by a plane through the tool, which shows the tool's own cut pressing on the layers.
    const bool throughTool = display.section.orientation == SectionOrientation::ThroughTool;
    for (DrawItem item : extras.items) {
        item.sectioned = throughTool;
        scene.items.push_back(item);
    }
    return scene;
}

void Viewer::prepareTarget(
    int width, int height, float scale, const std::optional<ScreenRect>& seen, SceneDraw& scene)
{
    assert(scale > 0.0f && scale <= 1.0f && "Viewer::render: the scale is a share of the picture's size");
    m_viewWidth = std::max(width, 1);
    m_viewHeight = std::max(height, 1);
    const auto scaled
        = [scale](int side) { return std::max(1, int(std::lround(double(side) * double(scale)))); };
    m_target.resize(scaled(m_viewWidth), scaled(m_viewHeight));
    // The rounded target would stretch the picture by a fraction of a pixel: the window's
    // proportions are kept exactly, and the outline keeps its width on screen.
    scene.aspect = viewAspect();
    scene.outlineWidthPx *= scale;
    scene.lodMaxErrorPx = lodMaxErrorPxAt(scale);
    m_seenPart.reset();
    if (seen)
        m_seenPart = targetPart(*seen, {m_viewWidth, m_viewHeight}, {m_target.width(), m_target.height()});
    scene.seen = m_seenPart;
}

void Viewer::render(
    int width, int height, const SceneExtras& extras, float scale, const std::optional<ScreenRect>& seen)
{
    adoptRefinement(false);
    SceneDraw scene = buildScene(extras);
    prepareTarget(width, height, scale, seen, scene);
    m_renderer.render(m_target, m_camera, scene);
    m_renderer.resolve(m_target, m_seenPart);
}

void Viewer::present(int width, int height)
{
    m_renderer.present(m_target, width, height, m_seenPart, display.background);
}

void Viewer::renderFloor(int width, int height, const SceneExtras& extras, float scale)
{
    adoptRefinement(false);
    SceneDraw scene = buildScene(extras);
    prepareTarget(width, height, scale, std::nullopt, scene);
    m_renderer.renderFloor(m_target, m_camera, scene);
    m_renderer.resolve(m_target);
}

} // namespace lumbar::app
