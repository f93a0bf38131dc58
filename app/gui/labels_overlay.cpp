// Label anchors (a cut structure's cut face, else the visible middle, else the front-most point, of
// each structure), layout and drawing.
#include "gui/labels_overlay.hpp"

#include "anatomy/section_slice.hpp"
#include "session/viewer.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace lumbar::app {
namespace {

bool sameCamera(const Camera& a, const Camera& b)
{
    return a.target == b.target && a.distance == b.distance && a.yawRadians == b.yawRadians
        && a.pitchRadians == b.pitchRadians && a.fovYRadians == b.fovYRadians && a.sceneFrame == b.sceneFrame
        && a.framingMin == b.framingMin && a.framingMax == b.framingMax;
}

/// Layers shown fainter than this are seen through when deciding what a label can point at.
constexpr float kSeeThroughOpacity = 0.5f;

std::string labelText(const Viewer& viewer, std::size_t mesh)
{
    const StructureInfo* structure = viewer.anatomy().structureOf(mesh);
    return structure ? structure->name : viewer.model().meshes[mesh].name;
}

/// The backing's margin round a label's text.
float labelPadding()
{
    return std::round(ImGui::GetFontSize() * 0.25f);
}

} // namespace

void LabelsOverlay::draw(const Viewer& viewer, const glm::vec2& viewportPx)
{
    const AnatomyView& anatomy = viewer.anatomy();
    const Model& model = viewer.model();
    std::vector<float> visibility(model.meshes.size());
    for (std::size_t mesh = 0; mesh < visibility.size(); ++mesh)
        visibility[mesh] = anatomy.opacity(mesh);

    const SectionSetting& section = viewer.display.section;
    const glm::vec4 plane = sectionPlane(section);
    if (visibility != m_visibilityKey || !sameCamera(m_camera, viewer.camera()) || viewportPx != m_viewportPx
        || plane != m_sectionPlane || viewer.geometryRevision() != m_geometryRevision) {
        m_visibilityKey = visibility;
        m_camera = viewer.camera();
        m_viewportPx = viewportPx;
        m_sectionPlane = plane;
        m_geometryRevision = viewer.geometryRevision();
        const glm::vec3 toEye = viewer.camera().forwardToEye();
        // With a section, a cut structure is named at its cut face: the middle of its largest
        // cross-section loop, on the plane.
        std::map<std::size_t, glm::vec3> cutFaces;
        if (section.enabled) {
            const SliceAxes axes = sliceAxes(section);
            const glm::vec3 normal = glm::vec3(plane);
            const Slice slice = sliceModel(model, section,
                [&](std::size_t mesh) { return anatomy.visible(mesh) && !anatomy.isScenery(mesh); });
            for (const SliceRegion& region : slice.regions)
                cutFaces[region.mesh]
                    = axes.right * region.labelAt.x + axes.up * region.labelAt.y - normal * plane.w;
        }
        std::vector<LabelRequest> requests;
        for (std::size_t mesh = 0; mesh < model.meshes.size(); ++mesh) {
            // The client's body and the table are the scene, not anatomy to name.
            if (!anatomy.visible(mesh) || anatomy.isScenery(mesh) || model.meshes[mesh].positions.empty())
                continue;
            // The middle of the structure on screen, when the picking ray through it lands on this
            // structure; else the vertex nearest the viewer, the likeliest to be visible (from
            // above, that is the top rim, where every label would crowd together).
            const auto& positions = model.meshes[mesh].positions;
            glm::vec3 front = positions.front();
            glm::vec3 centroid(0.0f);
            for (const glm::vec3& p : positions) {
                centroid += p;
                if (glm::dot(p, toEye) > glm::dot(front, toEye))
                    front = p;
            }
            centroid /= float(positions.size());
            // Faint layers (the skin at 30%) are looked through, as the eye does.
            const auto inView = [&](const glm::vec2& px) {
                if (px.x < 0.0f || px.y < 0.0f || px.x > viewportPx.x || px.y > viewportPx.y)
                    return false;
                // With a section, what it removes is not there to point at.
                if (section.enabled)
                    return viewer.pick(px, viewportPx.x, viewportPx.y) == mesh;
                const std::optional<PickHit> hit = viewer.castRay(
                    viewer.camera().rayThroughPixel(px, viewportPx.x, viewportPx.y), kSeeThroughOpacity);
                return hit && hit->meshIndex == mesh;
            };
            glm::vec2 anchor = viewer.camera().project(centroid, viewportPx.x, viewportPx.y);
            if (const auto cut = cutFaces.find(mesh); cut != cutFaces.end()) {
                const glm::vec2 onFace = viewer.camera().project(cut->second, viewportPx.x, viewportPx.y);
                if (inView(onFace))
                    anchor = onFace;
            }
            if (!inView(anchor)) {
                anchor = viewer.camera().project(front, viewportPx.x, viewportPx.y);
                if (!inView(anchor))
                    continue;
            }
            const std::string text = labelText(viewer, mesh);
            requests.push_back({mesh, anchor, ImGui::CalcTextSize(text.c_str()).x + 2.0f * labelPadding()});
        }
        // Keep the labels between the side panels, where the 3D view is not covered.
        float freeLeft = 0.0f;
        float freeRight = viewportPx.x;
        for (const char* name : {"View", "Layers", "Inspector"})
            if (const ImGuiWindow* window = ImGui::FindWindowByName(name); window && window->Active) {
                if (window->Pos.x + window->Size.x * 0.5f < viewportPx.x * 0.5f)
                    freeLeft = std::max(freeLeft, window->Pos.x + window->Size.x);
                else
                    freeRight = std::min(freeRight, window->Pos.x);
            }
        m_labels = layoutLabels(requests, viewportPx, ImGui::GetTextLineHeightWithSpacing(),
            ImGui::GetFontSize() * 3.0f, freeLeft, freeRight);
    }

    ImDrawList* drawList = ImGui::GetBackgroundDrawList();
    const ImU32 lineColor = IM_COL32(255, 236, 190, 200);
    // Where a column has no room beside the model its labels lie over the tissue: white text
    // on a dark, rounded backing reads there as well as over the background. The layout's text
    // box is the backing's, the text inset by the padding.
    const float pad = labelPadding();
    for (const PlacedLabel& label : m_labels) {
        const std::string text = labelText(viewer, label.key);
        drawList->AddCircleFilled(ImVec2(label.anchorPx.x, label.anchorPx.y), 2.5f, lineColor);
        drawList->AddLine(ImVec2(label.anchorPx.x, label.anchorPx.y),
            ImVec2(label.lineEndPx.x, label.lineEndPx.y), lineColor, 1.2f);
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        drawList->AddRectFilled(ImVec2(label.textPx.x, label.textPx.y - pad * 0.5f),
            ImVec2(label.textPx.x + size.x + 2.0f * pad, label.textPx.y + size.y + pad * 0.5f),
            kLabelBackingColor, pad);
        drawList->AddText(ImVec2(label.textPx.x + pad, label.textPx.y), kLabelTextColor, text.c_str());
    }
}

void drawHoldCountdowns(const technique::FrameState& frame, const Camera& camera, const glm::vec2& viewportPx)
{
    ImDrawList* drawList = ImGui::GetBackgroundDrawList();
    for (const technique::PressurePointState& point : frame.pressurePoints) {
        if (!point.active)
            continue;
        const glm::vec2 at = camera.project(point.position, viewportPx.x, viewportPx.y);
        char text[32];
        std::snprintf(text, sizeof text, "hold %.0f s", std::ceil(point.remainingHoldS));
        const ImVec2 corner(at.x + 14.0f, at.y - ImGui::GetFontSize() * 0.5f);
        drawList->AddText(ImVec2(corner.x + 1.0f, corner.y + 1.0f), IM_COL32(0, 0, 0, 220), text);
        drawList->AddText(corner, IM_COL32(255, 190, 120, 255), text);
    }
}

} // namespace lumbar::app
