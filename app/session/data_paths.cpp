// Locating shipped data relative to the executable.
#include "session/data_paths.hpp"

#include <algorithm>
#include <system_error>

namespace lumbar::app {
namespace {

const char* folderName(DataFolder folder)
{
    return folder == DataFolder::Models ? "models" : "content";
}

/// Whether `path` is `folder` or lies inside it (both absolute and normal).
bool isWithin(const std::filesystem::path& path, const std::filesystem::path& folder)
{
    const std::filesystem::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

std::vector<std::filesystem::path> dataFolders(DataFolder folder)
{
    std::vector<std::filesystem::path> folders;
    // The executable's own folder (Linux: /proc/self/exe names the running binary).
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    const bool exeKnown = !error && exe.has_parent_path();
    if (exeKnown) {
        const std::filesystem::path exeDir = exe.parent_path();
        folders.push_back(exeDir / folderName(folder));
        folders.push_back(exeDir / ".." / "share" / "lumbarlab" / folderName(folder));
    }
    // The source tree only for programs still in the build folder: an installed copy uses its
    // own data, so a forgotten install rule shows at once instead of reading a checkout that
    // happens to be on the machine (tests/install checks this).
    const std::filesystem::path buildDir = std::filesystem::weakly_canonical(LUMBARLAB_BUILD_DIR, error);
    if (!exeKnown || isWithin(exe.parent_path().lexically_normal(), buildDir))
        folders.push_back(
            folder == DataFolder::Models ? LUMBARLAB_SOURCE_MODELS_DIR : LUMBARLAB_SOURCE_CONTENT_DIR);
    return folders;
}

} // namespace

std::optional<std::filesystem::path> findDataFile(DataFolder folder, const std::filesystem::path& file)
{
    std::error_code error;
    for (const std::filesystem::path& candidateFolder : dataFolders(folder)) {
        const std::filesystem::path candidate = (candidateFolder / file).lexically_normal();
        if (std::filesystem::exists(candidate, error))
            return candidate;
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> findModelFile(const std::filesystem::path& file)
{
    return findDataFile(DataFolder::Models, file);
}

std::string dataSearchPathText(DataFolder folder)
{
    std::string text;
    for (const std::filesystem::path& candidate : dataFolders(folder))
        text += (text.empty() ? "" : ", ") + candidate.lexically_normal().string();
    return text;
}

std::string modelSearchPathText()
{
    return dataSearchPathText(DataFolder::Models);
}

std::vector<std::filesystem::path> builtInLessonFiles()
{
    std::vector<std::filesystem::path> files;
    const auto folder = findDataFile(DataFolder::Content, "lessons");
    std::error_code error;
    if (!folder || !std::filesystem::is_directory(*folder, error))
        return files;
    for (const auto& entry : std::filesystem::directory_iterator(*folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<std::filesystem::path> resolveLesson(const std::string& fileOrId)
{
    std::error_code error;
    if (std::filesystem::is_regular_file(fileOrId, error))
        return std::filesystem::path(fileOrId);
    if (fileOrId.find('/') == std::string::npos && fileOrId.find('.') == std::string::npos)
        return findDataFile(DataFolder::Content, std::filesystem::path("lessons") / (fileOrId + ".json"));
    return std::nullopt;
}

} // namespace lumbar::app
