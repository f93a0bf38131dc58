// Structures tree and info card.
#include "gui/structures_panel.hpp"

#include "gui/referral_card.hpp"
#include "gui/text_widgets.hpp"
#include "scene/mesh_section.hpp"
#include "session/viewer.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

namespace lumbar::app {
namespace {

std::string lower(std::string text)
{
    std::transform(
        text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

void drawInfoCard(const StructureInfo& structure, Viewer& viewer, LessonPlayer& player, std::size_t mesh)
{
    wrappedText("%s", structure.name.c_str());
    ImGui::TextDisabled(
        "%s%s%s", structure.latin.c_str(), structure.fma.empty() ? "" : "  |  ", structure.fma.c_str());
    // With the section view on: its cross-sectional area at the plane (as measured on MRI).
    if (const SectionSetting& section = viewer.display.section; section.enabled) {
        const float areaCm2 = sliceMesh(viewer.model().meshes[mesh], sectionPlane(section)).areaM2() * 1e4f;
        const std::string where = describeSectionPosition(section, viewer.spinalLevels());
        if (areaCm2 > 0.0f)
            wrappedText("Cross-section at %s: %.1f cm2", where.c_str(), double(areaCm2));
        else
            ImGui::TextDisabled("The section plane (%s) does not cut it", where.c_str());
    }
    labelledParagraph("Origin", structure.origin);
    labelledParagraph("Insertion", structure.insertion);
    labelledParagraph("Action", structure.action);
    labelledParagraph("Innervation", structure.innervation);
    labelledParagraph("Palpation and massage", structure.palpation);
    drawReferralCard(structure, viewer, player);
    if (!structure.cautions.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.72f, 0.35f, 1.0f));
        labelledParagraph("Cautions", structure.cautions);
        ImGui::PopStyleColor();
    }
}

} // namespace

bool matchesFilter(const std::string& filter, const std::string& name, const std::string& latin,
    const std::string& id, const std::string& fma)
{
    const std::string haystack = lower(name + " " + latin + " " + id + " " + fma);
    std::istringstream words(lower(filter));
    for (std::string word; words >> word;)
        if (haystack.find(word) == std::string::npos)
            return false;
    return true;
}

void drawStructuresTab(
    StructuresPanelState& state, Viewer& viewer, LessonPlayer& player, CommandQueue& commands)
{
    const float font = ImGui::GetFontSize();
    AnatomyView& anatomy = viewer.anatomy();
    const Model& model = viewer.model();

    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##search", "Search (name, Latin, FMA id)", &state.filter);
    const bool hasSelection = anatomy.selected.has_value();
    if (!hasSelection)
        ImGui::BeginDisabled();
    if (ImGui::Button("Isolate (I)"))
        anatomy.isolate({*anatomy.selected});
    ImGui::SameLine();
    if (ImGui::Button("Hide (H)")) {
        anatomy.hide(*anatomy.selected);
        anatomy.selected.reset();
    }
    ImGui::SameLine();
    if (ImGui::Button("Frame"))
        commands.push(command::FrameView{});
    if (!hasSelection)
        ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Show all (A)"))
        anatomy.showAll();

    // Group meshes by layer (superficial first), then by region; meshes without an entry last.
    std::map<int, std::map<std::string, std::vector<std::size_t>>> groups;
    for (std::size_t mesh = 0; mesh < model.meshes.size(); ++mesh) {
        const StructureInfo* structure = anatomy.structureOf(mesh);
        const std::string name = structure ? structure->name : model.meshes[mesh].name;
        if (!matchesFilter(state.filter, name, structure ? structure->latin : "", model.meshes[mesh].name,
                structure ? structure->fma : ""))
            continue;
        const int layer = structure ? anatomy.layerOf(mesh) : int(anatomy.knowledge().layers.size());
        groups[layer][structure ? structure->region : "Other"].push_back(mesh);
    }

    std::optional<std::size_t> hoveredRow;
    // The card (attachments, palpation, referred pain) holds more than the tree's rows: it takes
    // most of the room once something is selected, the tree keeps enough rows to browse.
    const float cardHeight
        = hasSelection ? std::max(font * 16.0f, ImGui::GetContentRegionAvail().y * 0.62f) : 0.0f;
    ImGui::BeginChild("tree", ImVec2(0.0f, -cardHeight), true);
    const bool searching = !state.filter.empty();
    for (const auto& [layer, regions] : groups) {
        const auto& layers = anatomy.knowledge().layers;
        const std::string layerName
            = layer < int(layers.size()) ? layers[std::size_t(layer)].name : "Other meshes";
        ImGui::SetNextItemOpen(true, searching ? ImGuiCond_Always : ImGuiCond_Once);
        if (!ImGui::TreeNode(layerName.c_str()))
            continue;
        // Structures of no region (the sacrum, the hip bones, the ribs) stand directly under
        // their layer, before the named groups; a layer of one group shows no group.
        for (const auto& [region, meshes] : regions) {
            const bool flat = regions.size() == 1 || region.empty();
            if (!flat) {
                ImGui::SetNextItemOpen(true, searching ? ImGuiCond_Always : ImGuiCond_Once);
                if (!ImGui::TreeNode(region.c_str()))
                    continue;
            }
            for (std::size_t mesh : meshes) {
                const StructureInfo* structure = anatomy.structureOf(mesh);
                ImGui::PushID(int(mesh));
                bool shown = !anatomy.hidden(mesh);
                if (ImGui::Checkbox("##shown", &shown))
                    shown ? anatomy.show(mesh) : anatomy.hide(mesh);
                ImGui::SameLine();
                const std::string label = structure ? structure->name : model.meshes[mesh].name;
                if (!anatomy.visible(mesh))
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                if (ImGui::Selectable(label.c_str(), anatomy.selected == mesh))
                    anatomy.selected = mesh;
                if (!anatomy.visible(mesh))
                    ImGui::PopStyleColor();
                if (ImGui::IsItemHovered())
                    hoveredRow = mesh;
                ImGui::PopID();
            }
            if (!flat)
                ImGui::TreePop();
        }
        ImGui::TreePop();
    }
    if (groups.empty())
        ImGui::TextDisabled("Nothing matches \"%s\"", state.filter.c_str());
    ImGui::EndChild();
    if (hoveredRow)
        anatomy.hovered = hoveredRow;

    if (anatomy.selected) {
        ImGui::BeginChild("card", ImVec2(0.0f, 0.0f), true);
        if (state.cardShown != anatomy.selected)
            ImGui::SetScrollY(0.0f);
        state.cardShown = anatomy.selected;
        if (const StructureInfo* structure = anatomy.structureOf(*anatomy.selected))
            drawInfoCard(*structure, viewer, player, *anatomy.selected);
        else
            wrappedText("%s (no knowledge base entry)", model.meshes[*anatomy.selected].name.c_str());
        ImGui::EndChild();
    }
}

} // namespace lumbar::app
