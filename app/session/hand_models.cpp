// Reading the therapist's hands once per process.
#include "session/hand_models.hpp"

#include "core/error.hpp"
#include "scene/model_import.hpp"
#include "session/data_paths.hpp"
#include "session/hand_fit.hpp"

namespace lumbar::app {

HandModels handModelsFrom(const Model& model, const std::string& suffix)
{
    HandModels hands;
    for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>()) {
        const std::string name = std::string("hand.") + technique::spellingOf(tool) + suffix;
        const MeshData* found = model.find(name);
        if (!found)
            throw ImportError(inQuotes(model.sourcePath) + " has no mesh " + inQuotes(name)
                + " (the therapist's hands are regenerated with lumbarlab-anatomygen --out-dir models)");
        hands[std::size_t(tool)] = *found;
    }
    return hands;
}

technique::ToolTable handToolTable()
{
    static const technique::ToolTable table = [] {
        technique::ToolTable tools = technique::defaultToolTable();
        try {
            const HandModels& hands = handModels();
            for (const technique::ToolKind tool : technique::allValues<technique::ToolKind>())
                tools[std::size_t(tool)].contactAreaCm2 = contactPatchAreaCm2(hands[std::size_t(tool)]);
        } catch (const ImportError&) {
            // No hands to measure: the published figures (the window says why the hands are missing).
        }
        return tools;
    }();
    return table;
}

technique::PrepareOptions lessonPrepareOptions()
{
    technique::PrepareOptions options;
    options.tools = handToolTable();
    return options;
}

namespace {

/// The poses and their nails, read once.
struct HandFile {
    HandModels poses, nails;
};

const HandFile& handFile()
{
    static const HandFile file = [] {
        const auto path = findModelFile(kHandModelFile);
        if (!path)
            throw ImportError(std::string("the therapist's hands ") + kHandModelFile + " were not found in "
                + modelSearchPathText()
                + " (reinstall LumbarLab, or regenerate them with lumbarlab-anatomygen)");
        const Model model = importModel(*path);
        return HandFile{handModelsFrom(model), handModelsFrom(model, ".nails")};
    }();
    return file;
}

} // namespace

const HandModels& handModels()
{
    return handFile().poses;
}

const HandModels& handNailModels()
{
    return handFile().nails;
}

} // namespace lumbar::app
