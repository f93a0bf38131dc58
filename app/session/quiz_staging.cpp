// Saving, restoring and staging the anatomy view for quiz questions.
#include "session/quiz_staging.hpp"

#include "session/viewer.hpp"

#include <algorithm>

namespace lumbar::app {

SavedAnatomyView saveAnatomyView(const Viewer& viewer)
{
    const AnatomyView& anatomy = viewer.anatomy();
    return {&anatomy, anatomy.layers, anatomy.peelDepth, anatomy.xray, anatomy.hiddenMeshes(),
        anatomy.isolatedMeshes(), anatomy.selected, viewer.display.labels, anatomy.showScenery};
}

void restoreAnatomyView(Viewer& viewer, const SavedAnatomyView& saved)
{
    AnatomyView& anatomy = viewer.anatomy();
    viewer.display.labels = saved.labels;
    if (&anatomy != saved.view || anatomy.layers.size() != saved.layers.size())
        return;
    anatomy.showAll();
    for (std::size_t mesh : saved.hidden)
        anatomy.hide(mesh);
    anatomy.isolate(saved.isolated);
    anatomy.layers = saved.layers;
    anatomy.peelDepth = saved.peelDepth;
    anatomy.xray = saved.xray;
    anatomy.selected = saved.selected;
    anatomy.showScenery = saved.scenery;
}

void stageQuestion(
    Viewer& viewer, const SavedAnatomyView& saved, const quiz::Question& question, bool answered)
{
    restoreAnatomyView(viewer, saved);
    viewer.display.labels = false;
    AnatomyView& anatomy = viewer.anatomy();
    const bool aboutStructure = question.kind == quiz::QuestionKind::ClickStructure
        || question.kind == quiz::QuestionKind::NameStructure;
    anatomy.selected.reset();
    if (question.kind == quiz::QuestionKind::ReferralZone
        || question.kind == quiz::QuestionKind::ReferralMuscle
        || question.kind == quiz::QuestionKind::ReferralClick) {
        anatomy.showAll();
        anatomy.xray = false;
        anatomy.showScenery = true;
        anatomy.peelDepth = 0;
        for (LayerControl& layer : anatomy.layers)
            layer = LayerControl{true, 1.0f};
        return;
    }
    if (!aboutStructure)
        return;
    const std::optional<std::size_t> mesh = anatomy.meshOf(question.structureId);
    if (!mesh)
        return;
    anatomy.showAll();
    anatomy.xray = false;
    const int depth = anatomy.layerOf(*mesh);
    if (depth >= 0 && std::size_t(depth) < anatomy.layers.size()) {
        anatomy.peelDepth = depth;
        anatomy.layers[std::size_t(depth)] = LayerControl{true, 1.0f};
    }
    if (question.kind == quiz::QuestionKind::NameStructure || answered)
        anatomy.selected = mesh;
    // The structure to name may sit at the edge of the view or behind a panel: turn the camera
    // around it, keeping direction and distance so the surroundings still give context.
    if (question.kind == quiz::QuestionKind::NameStructure && *mesh < viewer.model().meshes.size())
        viewer.camera().target = viewer.model().meshes[*mesh].bounds().center();
}

} // namespace lumbar::app
