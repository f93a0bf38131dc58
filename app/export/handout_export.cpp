// The handout folder: checks before writing, the step pictures and the page.
#include "export/handout_export.hpp"

#include "core/error.hpp"
#include "export/handout_html.hpp"
#include "image/png_io.hpp"
#include "session/lesson_scene.hpp"
#include "session/viewer.hpp"

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

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file)
        throw Error("cannot write " + inQuotes(path.string())
            + "; check the folder is writable and the disk not full");
}

} // namespace

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
    }
    viewer.camera() = chosen;
    const std::filesystem::path index = folder / kIndexFile;
    writeText(index, handoutHtml(prepared, viewer.knowledgeBase(), audience, pictures));
    return index;
}

} // namespace lumbar::app
