// Loading the built-in anatomy into a viewer for the GL tests.
#include "built_in_anatomy.hpp"

#include "anatomy/knowledge_base.hpp"
#include "scene/model_import.hpp"
#include "session/data_paths.hpp"
#include "session/viewer.hpp"

#include <stdexcept>

namespace lumbar::test {

void loadBuiltInAnatomy(app::Viewer& viewer)
{
    const auto modelPath = app::findModelFile("lumbar.glb");
    const auto knowledgePath = app::findModelFile("structures.json");
    if (!modelPath || !knowledgePath)
        throw std::runtime_error("the built-in model is missing (models/lumbar.glb, models/structures.json)");
    viewer.setKnowledgeBase(loadKnowledgeBase(*knowledgePath));
    viewer.setModel(importModel(*modelPath));
}

} // namespace lumbar::test
