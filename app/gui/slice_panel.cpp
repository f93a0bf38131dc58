// The Section slice window's drawing.
#include "gui/slice_panel.hpp"

#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "session/depth_table.hpp"
#include "session/label_layout.hpp"
#include "session/slice_picture.hpp"
#include "session/viewer.hpp"
#include "technique/depth_profile.hpp"
#include "technique/pressure.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>

namespace lumbar::app {
namespace {

/// The slice is painted this many pixels across its longer side (and shown scaled).
constexpr int kPaintedPx = 360;
/// How many lines a label may move up or down off the labels placed before it (or sideways, at
/// most half its width): a pressure readout stays near its isobar, a structure's name on its
/// section; further, it is left out.
constexpr int kReadoutLinesAway = 2;
constexpr int kNameLinesAway = 3;
/// Where along a moved name's middle line its own section must show for the name to go there.
constexpr float kAlongName[] = {0.25f, 0.5f, 0.75f};

/// The room kept free either side of a placed label, so that the next one on its line does not
/// run into it.
LabelBox withRoomBeside(const LabelBox& box)
{
    constexpr float kGapPx = 4.0f;
    return {box.min - glm::vec2(kGapPx, 0.0f), box.max + glm::vec2(kGapPx, 0.0f)};
}

/// The name without its side ("Psoas major (right)" -> "Psoas major").
std::string shortName(const std::string& name)
{
    const std::size_t bracket = name.find(" (");
    return bracket == std::string::npos ? name : name.substr(0, bracket);
}

} // namespace

void SlicePanel::refresh(const Viewer& viewer)
{
    const SectionSetting& section = viewer.display.section;
    const std::uint64_t model = viewer.geometryRevision();
    // A plane through the tool moves with the lesson: sliced again once it has moved a millimetre
    // or turned half a degree.
    const bool toolMoved = section.orientation == SectionOrientation::ThroughTool
        && (glm::distance(section.tool.contact, m_sliced.tool.contact) > 0.001f
            || glm::dot(glm::vec3(sectionPlane(section)), glm::vec3(sectionPlane(m_sliced))) < 0.99996f);
    if (m_texture && model == m_model && section.orientation == m_sliced.orientation
        && section.flipped == m_sliced.flipped && section.positionM == m_sliced.positionM && !toolMoved)
        return;
    m_sliced = section;
    m_model = model;
    SlicePicture picture = paintSection(viewer, section, kPaintedPx);
    m_slice = std::move(picture.slice);
    m_widthPx = picture.image.width;
    m_heightPx = picture.image.height;
    m_topLeft = picture.topLeft;
    m_metresPerPixel = picture.metresPerPixel;
    const Image& image = picture.image;
    if (!m_texture) {
        GLuint name = 0;
        glGenTextures(1, &name);
        m_texture = gl::Texture(name);
    }
    glBindTexture(GL_TEXTURE_2D, m_texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
        image.rgba.data());
    glBindTexture(GL_TEXTURE_2D, 0);
}

void SlicePanel::drawPressure(const PictureContact& contact, const technique::FrameState& frame,
    const std::function<glm::vec2(const glm::vec2&)>& toScreen, std::vector<LabelBox>& taken)
{
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const auto fill = [&](const std::vector<glm::vec2>& outline, ImU32 colour) {
        std::vector<ImVec2> points;
        for (const glm::vec2& p : outline) {
            const glm::vec2 screen = toScreen(p);
            points.emplace_back(screen.x, screen.y);
        }
        drawList->AddConvexPolyFilled(points.data(), int(points.size()), colour);
    };
    // The skin pressed in under the tool, and the tool in the dent.
    for (const std::vector<glm::vec2>& strip : dentStrips(contact))
        fill(strip, IM_COL32(12, 14, 18, 255));
    const std::vector<glm::vec2> tool = toolOutline(contact);
    fill(tool, IM_COL32(196, 140, 110, 235));
    const double pressure = technique::pressureKPa(frame.forceN, frame.contactAreaCm2);
    const ImU32 colours[]
        = {IM_COL32(255, 255, 255, 235), IM_COL32(255, 225, 120, 225), IM_COL32(255, 170, 60, 215)};
    for (std::size_t i = 0; i < std::size(kIsobarLevels); ++i) {
        for (const auto& [from, to] : isobarsInPicture(contact, i)) {
            const glm::vec2 a = toScreen(from), b = toScreen(to);
            drawList->AddLine(ImVec2(a.x, a.y), ImVec2(b.x, b.y), colours[i], 1.5f);
        }
        char text[32];
        if (m_patientWords)
            std::snprintf(text, sizeof text, "%.0f%%", kIsobarLevels[i] * 100.0);
        else
            std::snprintf(text, sizeof text, "%.0f kPa", kIsobarLevels[i] * pressure);
        // Just below where the isobar crosses the axis; moved off an earlier readout (a small
        // contact's isobars lie close), the scale bar or a direction letter.
        const float depth = float(technique::axialDepthAtStressM(1.0, 1.0, kIsobarLevels[i]));
        const glm::vec2 at
            = toScreen(contact.at(0.15f * contact.radiusM, contact.dentM + depth * contact.radiusM));
        const ImVec2 extent = ImGui::CalcTextSize(text);
        const std::optional<LabelBox> box = clearPlace(
            {at, at + glm::vec2(extent.x, extent.y)}, taken, ImGui::GetTextLineHeight(), kReadoutLinesAway);
        if (!box)
            continue;
        taken.push_back(withRoomBeside(*box));
        drawList->AddText(ImVec2(box->min.x + 1.0f, box->min.y + 1.0f), IM_COL32(0, 0, 0, 200), text);
        drawList->AddText(ImVec2(box->min.x, box->min.y), colours[i], text);
    }
    // Names stay off the tool.
    LabelBox toolBox{toScreen(tool.front()), toScreen(tool.front())};
    for (const glm::vec2& p : tool) {
        toolBox.min = glm::min(toolBox.min, toScreen(p));
        toolBox.max = glm::max(toolBox.max, toScreen(p));
    }
    taken.push_back(toolBox);
}

void SlicePanel::drawDepthBar(const Viewer& viewer, const technique::FrameState& frame,
    const std::vector<technique::DepthBoundary>& profile, glm::vec2 corner, glm::vec2 size)
{
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float font = ImGui::GetFontSize();
    const double pressure = technique::pressureKPa(frame.forceN, frame.contactAreaCm2);
    const double radius = technique::contactRadiusM(frame.contactAreaCm2);
    // From the skin to a little past the deepest surface crossed, at most the table's reach.
    const double deepest = std::min(kDepthTableMaxM, profile.back().depthM * 1.08 + 0.005);
    const float top = corner.y + font * 1.4f, bottom = corner.y + size.y - font * 1.3f;
    const auto yOf = [&](double depthM) { return top + float(depthM / deepest) * (bottom - top); };
    const float barLeft = corner.x, barRight = corner.x + font * 1.1f;
    const float curveLeft = barRight + font * 0.3f, curveRight = curveLeft + font * 2.2f;
    drawList->AddText(ImVec2(corner.x, corner.y), IM_COL32(230, 230, 230, 255), "Under the tool");

    // The structure each stretch lies in: the last one entered and not yet left.
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i + 1 < profile.size(); ++i) {
        const technique::DepthBoundary& boundary = profile[i];
        if (boundary.entering)
            inside.push_back(boundary.mesh);
        else if (const auto it = std::find(inside.rbegin(), inside.rend(), boundary.mesh);
                 it != inside.rend())
            inside.erase(std::next(it).base());
        if (inside.empty())
            continue;
        const glm::vec3 colour = srgbOf(viewer.sectionColour(inside.back()));
        drawList->AddRectFilled(ImVec2(barLeft, yOf(boundary.depthM)),
            ImVec2(barRight, yOf(profile[i + 1].depthM)),
            ImGui::GetColorU32(ImVec4(colour.r, colour.g, colour.b, 1.0f)));
    }
    drawList->AddRect(ImVec2(barLeft, top), ImVec2(barRight, bottom), IM_COL32(200, 200, 200, 160));

    // The stress on the axis as a share of the surface pressure: a curve falling from full width.
    drawList->AddRect(ImVec2(curveLeft, top), ImVec2(curveRight, bottom), IM_COL32(120, 120, 130, 160));
    ImVec2 previous(curveRight, top);
    constexpr int kCurveSteps = 48;
    for (int step = 1; step <= kCurveSteps; ++step) {
        const double depth = deepest * double(step) / kCurveSteps;
        const float share = float(technique::axialStressKPa(1.0, radius, depth));
        const ImVec2 point(curveLeft + share * (curveRight - curveLeft), yOf(depth));
        drawList->AddLine(previous, point, IM_COL32(255, 200, 90, 255), 1.5f);
        previous = point;
    }

    // Each structure entered: its depth and the stress there, the name when there is room.
    const float textLeft = curveRight + font * 0.4f;
    float freeFrom = top - font;
    for (const technique::DepthBoundary& boundary : profile) {
        const StructureInfo* structure = viewer.anatomy().structureOf(boundary.mesh);
        if (!boundary.entering || !structure)
            continue;
        const float y = yOf(boundary.depthM);
        drawList->AddLine(ImVec2(barLeft, y), ImVec2(curveRight, y), IM_COL32(255, 255, 255, 110), 1.0f);
        if (y - 0.5f * font < freeFrom)
            continue;
        char figures[48];
        if (m_patientWords)
            std::snprintf(figures, sizeof figures, "%.1f cm  %.0f%%", boundary.depthM * 100.0,
                100.0 * boundary.stressKPa / pressure);
        else
            std::snprintf(
                figures, sizeof figures, "%.1f cm  %.0f kPa", boundary.depthM * 100.0, boundary.stressKPa);
        drawList->AddText(ImVec2(textLeft, y - 0.5f * font), IM_COL32(235, 235, 235, 255), figures);
        std::string name = shortName(structure->name);
        const float room = corner.x + size.x - textLeft;
        while (name.size() > 4 && ImGui::CalcTextSize(name.c_str()).x > room)
            name = name.substr(0, name.size() - 4) + "...";
        drawList->AddText(ImVec2(textLeft, y + 0.5f * font), IM_COL32(170, 190, 210, 255), name.c_str());
        freeFrom = y + 1.6f * font;
    }
    char surface[48];
    std::snprintf(
        surface, sizeof surface, m_patientWords ? "pressure left" : "stress, skin %.0f kPa", pressure);
    drawList->AddText(ImVec2(curveLeft, bottom + 0.1f * font), IM_COL32(255, 200, 90, 255), surface);
    if (ImGui::IsMouseHoveringRect(ImVec2(corner.x, corner.y), ImVec2(corner.x + size.x, corner.y + size.y)))
        ImGui::SetTooltip(
            "Straight in under the tool: the structures crossed and their depth under the skin,\n"
            "and the estimated vertical stress (the curve: its share of the pressure on the skin).\n"
            "A linear-elastic half-space under a uniform round contact (Boussinesq 1885; Love 1929):\n"
            "an estimate for comparing tools and forces. Real tissue is layered, nonlinear and slides.");
}

void SlicePanel::draw(Viewer& viewer, const technique::FrameState* frame, bool patientWords)
{
    m_patientWords = patientWords;
    const SectionSetting& section = viewer.display.section;
    if (!section.enabled)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + font * 21.0f, viewport->WorkPos.y + font * 0.6f), layoutCondition());
    ImGui::SetNextWindowSize(ImVec2(font * 36.0f, font * 25.0f), layoutCondition());
    if (!ImGui::Begin("Section slice")) {
        ImGui::End();
        return;
    }
    refresh(viewer);
    const SliceAxes axes = sliceAxes(section);
    const std::string where = describeSectionPosition(section, viewer.spinalLevels());
    if (section.orientation == SectionOrientation::ThroughTool)
        wrappedText("Section through the tool across the stroke, seen from ahead of the tool, skin up");
    else
        wrappedText("%s section at %s, seen as on an MRI %s",
            std::string(sectionOrientationName(section.orientation)).c_str(), where.c_str(),
            section.orientation == SectionOrientation::Transverse     ? "(from the feet)"
                : section.orientation == SectionOrientation::Sagittal ? "(from the left)"
                                                                      : "(from the front)");
    // The tool's dent and the isobars when it presses on the plane.
    const std::optional<PictureContact> contact
        = frame ? contactInPicture(viewer, *frame, section) : std::optional<PictureContact>();
    const bool isobars = contact.has_value();
    if (isobars && patientWords)
        wrappedText("Lines: where the pressure has spread out to half, a quarter and a tenth of what is "
                    "felt on the skin (an estimate)");
    else if (isobars)
        wrappedText("Lines: where the estimated vertical stress falls to half, a quarter and a tenth of the "
                    "%.0f kPa under the tool (a linear-elastic half-space: an estimate; real tissue is "
                    "layered, nonlinear and slides)",
            frame->pressureKPa);
    ImGui::Checkbox("Labels##slice", &m_labels);
    if (m_slice.regions.empty()) {
        ImGui::TextDisabled("The plane cuts nothing here.");
        ImGui::End();
        return;
    }

    // The picture, scaled to the window keeping its proportions; the depth bar beside it while a
    // tool presses.
    const std::vector<technique::DepthBoundary> profile
        = frame ? depthUnderTool(viewer.model(), *frame) : std::vector<technique::DepthBoundary>();
    const float barWidth = profile.empty() ? 0.0f : font * 13.5f;
    ImVec2 room = ImGui::GetContentRegionAvail();
    room.x = std::max(font * 4.0f, room.x - barWidth);
    const float scale = std::max(1e-3f, std::min(room.x / float(m_widthPx), room.y / float(m_heightPx)));
    const ImVec2 size(float(m_widthPx) * scale, float(m_heightPx) * scale);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + size.x, origin.y + size.y);
    drawList->AddRectFilled(origin, end, IM_COL32(12, 14, 18, 255));
    drawList->AddImage(
        reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(m_texture.get())), origin, end);
    // An invisible button over the picture takes the hover and the click.
    ImGui::InvisibleButton("##slice", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
    const float pixelsPerMetre = scale / m_metresPerPixel;
    const auto toScreen = [&](const glm::vec2& p) {
        return ImVec2(
            origin.x + (p.x - m_topLeft.x) * pixelsPerMetre, origin.y + (m_topLeft.y - p.y) * pixelsPerMetre);
    };
    const auto toPicture = [&](float x, float y) {
        return glm::vec2(
            m_topLeft.x + (x - origin.x) / pixelsPerMetre, m_topLeft.y - (y - origin.y) / pixelsPerMetre);
    };

    const ImU32 text = IM_COL32(255, 255, 255, 230);
    const ImU32 shadow = IM_COL32(0, 0, 0, 200);
    const auto boxAround = [](const ImVec2& centre, const char* words) {
        const ImVec2 extent = ImGui::CalcTextSize(words);
        const glm::vec2 half(0.5f * extent.x, 0.5f * extent.y);
        return LabelBox{glm::vec2(centre.x, centre.y) - half, glm::vec2(centre.x, centre.y) + half};
    };
    const auto label = [&](const LabelBox& box, const char* words) {
        drawList->AddText(ImVec2(box.min.x + 1.0f, box.min.y + 1.0f), shadow, words);
        drawList->AddText(ImVec2(box.min.x, box.min.y), text, words);
    };
    // Every label is placed clear of those placed before it: the scale bar and the patient's
    // directions at the picture's edges, the pressure readouts on their isobars, then the
    // structures' names.
    std::vector<LabelBox> taken;
    // A 5 cm scale bar in the bottom-left corner.
    const float bar = 0.05f * pixelsPerMetre;
    const ImVec2 barStart(origin.x + font * 1.5f, origin.y + size.y - font * 1.6f);
    drawList->AddLine(barStart, ImVec2(barStart.x + bar, barStart.y), text, 2.0f);
    for (int cm = 0; cm <= 5; ++cm) {
        const float x = barStart.x + bar * float(cm) / 5.0f;
        drawList->AddLine(
            ImVec2(x, barStart.y), ImVec2(x, barStart.y - (cm % 5 == 0 ? 6.0f : 3.0f)), text, 1.0f);
    }
    const ImVec2 barText(barStart.x + bar + 4.0f, barStart.y - font * 0.6f);
    drawList->AddText(barText, text, "5 cm");
    taken.push_back({{barStart.x, barStart.y - 6.0f},
        {barText.x + ImGui::CalcTextSize("5 cm").x, barText.y + ImGui::GetTextLineHeight()}});
    const std::pair<ImVec2, const char*> directions[]
        = {{ImVec2(origin.x + font * 0.6f, origin.y + 0.5f * size.y), directionLetter(-axes.right)},
            {ImVec2(origin.x + size.x - font * 0.6f, origin.y + 0.5f * size.y), directionLetter(axes.right)},
            {ImVec2(origin.x + 0.5f * size.x, origin.y + font * 0.6f), directionLetter(axes.up)},
            {ImVec2(origin.x + 0.5f * size.x, origin.y + size.y - font * 0.6f), directionLetter(-axes.up)}};
    for (const auto& [at, letter] : directions)
        taken.push_back(boxAround(at, letter));
    if (contact) {
        drawList->PushClipRect(origin, end, true);
        drawPressure(
            *contact, *frame,
            [&](const glm::vec2& p) {
                const ImVec2 screen = toScreen(p);
                return glm::vec2(screen.x, screen.y);
            },
            taken);
        drawList->PopClipRect();
    }
    if (m_labels) {
        // Largest first; a name that would overlap one already placed moves a line or more up or
        // down on its section, or is left to the tooltip, as is one that would run far past it.
        std::vector<const SliceRegion*> order;
        for (const SliceRegion& region : m_slice.regions)
            if (viewer.anatomy().structureOf(region.mesh))
                order.push_back(&region);
        std::sort(order.begin(), order.end(),
            [](const SliceRegion* a, const SliceRegion* b) { return a->areaM2 > b->areaM2; });
        for (const SliceRegion* region : order) {
            const std::string name = shortName(viewer.anatomy().structureOf(region->mesh)->name);
            const float regionWidthPx = std::sqrt(region->areaM2) * pixelsPerMetre;
            if (ImGui::CalcTextSize(name.c_str()).x > 3.5f * regionWidthPx)
                continue;
            // Moved, the name stays on its own section: some of its middle line (a quarter, the
            // middle or three quarters along it) lies over it.
            const auto onItsSection = [&](const LabelBox& box) {
                const float y = 0.5f * (box.min.y + box.max.y);
                return std::any_of(std::begin(kAlongName), std::end(kAlongName), [&](float along) {
                    const std::optional<std::size_t> under
                        = regionAt(m_slice, toPicture(glm::mix(box.min.x, box.max.x, along), y));
                    return under && &m_slice.regions[*under] == region;
                });
            };
            const std::optional<LabelBox> box = clearPlace(boxAround(toScreen(region->labelAt), name.c_str()),
                taken, ImGui::GetTextLineHeight(), kNameLinesAway, onItsSection);
            if (!box)
                continue;
            taken.push_back(withRoomBeside(*box));
            label(*box, name.c_str());
        }
    }
    for (const auto& [at, letter] : directions)
        label(boxAround(at, letter), letter);
    if (!profile.empty())
        drawDepthBar(viewer, *frame, profile, {end.x + font * 0.6f, origin.y},
            {barWidth - font * 0.6f, std::max(size.y, font * 12.0f)});

    // Hover: the structure and its cross-sectional area; click: select it.
    if (hovered) {
        const ImVec2 mouse = ImGui::GetMousePos();
        if (const std::optional<std::size_t> hit = regionAt(m_slice, toPicture(mouse.x, mouse.y))) {
            const SliceRegion& region = m_slice.regions[*hit];
            const StructureInfo* structure = viewer.anatomy().structureOf(region.mesh);
            if (structure) {
                ImGui::SetTooltip(
                    "%s\ncross-section %.1f cm2", structure->name.c_str(), double(region.areaM2 * 1e4f));
                if (clicked)
                    viewer.anatomy().selected = region.mesh;
            } else {
                ImGui::SetTooltip("The body round the modelled region (a stand-in)");
            }
        }
    }
    ImGui::End();
}

} // namespace lumbar::app
