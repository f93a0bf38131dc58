// Capturing and applying saved views.
#include "session/view_capture.hpp"

#include "anatomy/knowledge_base.hpp"
#include "anatomy/section_plane.hpp"
#include "core/user_dirs.hpp"
#include "session/user_folders.hpp"
#include "session/viewer.hpp"

#include <glm/gtc/constants.hpp>

#include <cctype>
#include <set>

namespace lumbar::app {

views::SavedView captureView(
    const Viewer& viewer, const std::string& name, const std::string& lesson, double timeS)
{
    views::SavedView view;
    view.name = name;
    const Camera& camera = viewer.camera();
    view.targetM = camera.target;
    view.distanceM = camera.distance;
    view.yawDegrees = glm::degrees(camera.yawRadians);
    view.pitchDegrees = glm::degrees(camera.pitchRadians);
    const AnatomyView& anatomy = viewer.anatomy();
    const KnowledgeBase& knowledge = viewer.knowledgeBase();
    for (std::size_t depth = 0; depth < anatomy.layers.size() && depth < knowledge.layers.size(); ++depth)
        view.layers.push_back(
            {knowledge.layers[depth].id, anatomy.layers[depth].visible, anatomy.layers[depth].opacity});
    if (anatomy.peelDepth > 0 && std::size_t(anatomy.peelDepth) < knowledge.layers.size())
        view.peelTo = knowledge.layers[std::size_t(anatomy.peelDepth)].id;
    view.xray = anatomy.xray;
    view.body = anatomy.showScenery;
    const auto idOf = [&](std::size_t mesh) { return viewer.model().meshes[mesh].name; };
    for (std::size_t mesh = 0; mesh < viewer.model().meshes.size(); ++mesh)
        if (anatomy.hidden(mesh))
            view.hidden.push_back(idOf(mesh));
    for (std::size_t mesh : anatomy.isolatedMeshes())
        view.isolated.push_back(idOf(mesh));
    if (anatomy.selected)
        view.selected = idOf(*anatomy.selected);
    view.referral = viewer.display.referral;
    const SectionSetting& section = viewer.display.section;
    if (section.enabled && section.orientation != SectionOrientation::ThroughTool) {
        view.section = true;
        view.sectionOrientation = std::string(sectionOrientationName(section.orientation));
        view.sectionPositionM = section.positionM;
        view.sectionFlipped = section.flipped;
    }
    view.lesson = lesson;
    view.timeS = lesson.empty() ? 0.0 : timeS;
    return view;
}

std::vector<std::string> applyView(Viewer& viewer, const views::SavedView& view)
{
    std::vector<std::string> problems;
    Camera& camera = viewer.camera();
    camera.target = view.targetM;
    camera.distance = view.distanceM;
    camera.yawRadians = glm::radians(view.yawDegrees);
    camera.pitchRadians = glm::radians(view.pitchDegrees);
    AnatomyView& anatomy = viewer.anatomy();
    anatomy.showAll(); // nothing hidden, isolated or peeled but what the view says
    const KnowledgeBase& knowledge = viewer.knowledgeBase();
    for (const views::LayerSetting& setting : view.layers) {
        const LayerInfo* layer = knowledge.findLayer(setting.layer);
        if (!layer || std::size_t(layer->depth) >= anatomy.layers.size()) {
            problems.push_back("the model has no layer \"" + setting.layer + "\"");
            continue;
        }
        anatomy.layers[std::size_t(layer->depth)] = {setting.visible, setting.opacity};
    }
    anatomy.peelDepth = 0;
    if (!view.peelTo.empty()) {
        if (const LayerInfo* layer = knowledge.findLayer(view.peelTo))
            anatomy.peelDepth = layer->depth;
        else
            problems.push_back("the model has no layer \"" + view.peelTo + "\"");
    }
    anatomy.xray = view.xray;
    anatomy.showScenery = view.body;
    const auto meshOf = [&](const std::string& id) {
        const std::optional<std::size_t> mesh = anatomy.meshOf(id);
        if (!mesh)
            problems.push_back("the model has no structure \"" + id + "\"");
        return mesh;
    };
    for (const std::string& id : view.hidden)
        if (const auto mesh = meshOf(id))
            anatomy.hide(*mesh);
    std::set<std::size_t> isolated;
    for (const std::string& id : view.isolated)
        if (const auto mesh = meshOf(id))
            isolated.insert(*mesh);
    anatomy.isolate(isolated);
    anatomy.selected = view.selected.empty() ? std::nullopt : meshOf(view.selected);
    viewer.display.referral = view.referral;
    SectionSetting& section = viewer.display.section;
    section.enabled = view.section;
    if (view.section) {
        section.orientation
            = parseSectionOrientation(view.sectionOrientation).value_or(SectionOrientation::Transverse);
        section.positionM = view.sectionPositionM;
        section.flipped = view.sectionFlipped;
    }
    return problems;
}

std::string collectionStem(const std::string& title)
{
    std::string stem;
    for (const unsigned char c : title) {
        if (std::isalnum(c))
            stem += char(std::tolower(c));
        else if (!stem.empty() && stem.back() != '-')
            stem += '-';
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    return stem.empty() ? std::string("views") : stem;
}

std::filesystem::path newCollectionPath(const std::string& title)
{
    return firstFreePath(dataDir(processEnvironment()) / "views", collectionStem(title), ".json");
}

std::filesystem::path viewsHandoutFolder(const std::string& title)
{
    return dataDir(processEnvironment()) / "handouts" / ("views-" + collectionStem(title));
}

} // namespace lumbar::app
