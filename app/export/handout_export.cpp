// The handout folder: checks before writing, the step pictures and the page.
#include "export/handout_export.hpp"

#include "core/error.hpp"
#include "export/handout_html.hpp"
#include "image/png_io.hpp"
#include "session/depth_table.hpp"
#include "session/lesson_scene.hpp"
#include "session/slice_picture.hpp"
#include "session/viewer.hpp"
#include "technique/pressure.hpp"

#include <cmath>
#include <fstream>
#include <sstream>

namespace lumbar::app {
namespace {

constexpr const char* kIndexFile = "index.html";
constexpr const char* kImagesFolder = "images";

/// True when `folder` holds only index.html (written by LumbarLab) and images/.
bool holdsEarlierHandout(const std::filesystem::path& folder)
{
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (!(name == kIndexFile && entry.is_regular_file())
            && !(name == kImagesFolder && entry.is_directory()))
            return false;
    }
    std::ifstream index(folder / kIndexFile);
    std::stringstream text;
    text << index.rdbuf();
    return text.str().find(kHandoutGenerator) != std::string::npos;
}

/// The section through the tool of `frame` (written beside the step's picture) and the structures
/// straight in under it; nothing when no tool presses at that moment.
std::optional<HandoutUnderTool> underTheTool(const Viewer& viewer, const technique::FrameState& frame,
    const std::filesystem::path& folder, std::size_t step)
{
    const std::optional<ToolFrame> tool = toolFrameOf(frame);
    if (!tool || frame.forceN <= 0.0)
        return std::nullopt;
    SectionSetting section;
    section.enabled = true;
    section.orientation = SectionOrientation::ThroughTool;
    section.tool = *tool;
    constexpr int kSectionPx = 480;
    SlicePicture picture = paintSection(viewer, section, kSectionPx);
    if (picture.slice.regions.empty())
        return std::nullopt;
    drawPressure(
        picture, viewer, frame, section, {{255, 255, 255, 235}, {255, 225, 120, 225}, {255, 170, 60, 215}});
    // On the dark ground of the window's slice, as an MRI is shown.
    Image image = picture.image;
    for (std::size_t i = 0; i < image.rgba.size(); i += 4) {
        const float alpha = float(image.rgba[i + 3]) / 255.0f;
        constexpr std::uint8_t kGround[] = {12, 14, 18};
        for (int c = 0; c < 3; ++c)
            image.rgba[i + std::size_t(c)] = std::uint8_t(
                std::lround(float(image.rgba[i + std::size_t(c)]) * alpha + kGround[c] * (1.0f - alpha)));
        image.rgba[i + 3] = 255;
    }
    HandoutUnderTool under;
    under.section = {handoutSectionName(step), image.width, image.height};
    writePng(folder / under.section.source, image);
    under.surfacePressureKPa = technique::pressureKPa(frame.forceN, frame.contactAreaCm2);
    for (const technique::DepthBoundary& boundary : depthUnderTool(viewer.model(), frame)) {
        const StructureInfo* structure = viewer.anatomy().structureOf(boundary.mesh);
        if (!boundary.entering || !structure)
            continue;
        under.rows.push_back({structure->name, boundary.depthM, boundary.stressKPa,
            srgbOf(viewer.sectionColour(boundary.mesh))});
    }
    return under;
}

} // namespace

void writeHandoutPage(const std::filesystem::path& path, const std::string& html)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << html;
    file.close();
    if (!file)
        throw Error("cannot write " + inQuotes(path.string())
            + "; check the folder is writable and the disk not full");
}

void prepareHandoutFolder(const std::filesystem::path& folder)
{
    std::error_code error;
    if (std::filesystem::exists(folder) && !std::filesystem::is_directory(folder))
        throw Error(
            "the handout folder " + inQuotes(folder.string()) + " is a file; give a new or empty folder");
    if (std::filesystem::exists(folder) && !std::filesystem::is_empty(folder)) {
        if (!holdsEarlierHandout(folder))
            throw Error("the handout folder " + inQuotes(folder.string())
                + " is not empty and does not hold an earlier LumbarLab handout; give a new or empty folder "
                  "so nothing of yours is overwritten");
        // Remove the old pictures: a lesson with fewer steps would otherwise leave stale ones.
        std::filesystem::remove_all(folder / kImagesFolder, error);
        if (error)
            throw Error("cannot remove the old pictures in " + inQuotes((folder / kImagesFolder).string())
                + ": " + error.message());
    }
    std::filesystem::create_directories(folder / kImagesFolder, error);
    if (error)
        throw Error("cannot create the handout folder " + inQuotes(folder.string()) + ": " + error.message());
}

std::filesystem::path writeHandout(Viewer& viewer, LessonScene& moment, const std::filesystem::path& folder,
    Audience audience, int width, int height)
{
    prepareHandoutFolder(folder);
    const technique::PreparedLesson& prepared = moment.prepared();
    std::vector<HandoutPicture> pictures;
    std::vector<std::optional<HandoutUnderTool>> underTool;
    // Each picture is framed on where its step works, from the direction the user chose, in the
    // whole picture (no panels cover it); the camera is given back as it was.
    const Camera chosen = viewer.camera();
    for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
        moment.seek(illustrativeMomentS(prepared, i));
        viewer.camera() = chosen;
        viewer.camera().framingMin = glm::vec2(0.0f);
        viewer.camera().framingMax = glm::vec2(1.0f);
        viewer.frameBounds(viewer.withRoomForTherapist(workedRegion(prepared, i)));
        viewer.render(width, height, moment.extras(HeatScope::Off));
        const std::string name = handoutPictureName(i);
        writePng(folder / name, viewer.target().readPixels());
        pictures.push_back({name, width, height});
        underTool.push_back(underTheTool(viewer, moment.player().frame(), folder, i));
    }
    viewer.camera() = chosen;
    const std::filesystem::path index = folder / kIndexFile;
    writeHandoutPage(index, handoutHtml(prepared, viewer.knowledgeBase(), audience, pictures, underTool));
    return index;
}

} // namespace lumbar::app
