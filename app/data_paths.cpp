// Locating shipped data relative to the executable.
#include "data_paths.hpp"

#include <SDL.h>

#include <memory>
#include <string>
#include <vector>

namespace lumbar::app {
namespace {

std::vector<std::filesystem::path> modelFolders()
{
    std::vector<std::filesystem::path> folders;
    if (const std::unique_ptr<char, void (*)(void*)> base(SDL_GetBasePath(), SDL_free); base) {
        const std::filesystem::path exeDir = base.get();
        folders.push_back(exeDir / "models");
        folders.push_back(exeDir / ".." / "share" / "lumbarlab" / "models");
    }
    folders.push_back(LUMBARLAB_SOURCE_MODELS_DIR);
    return folders;
}

} // namespace

std::optional<std::filesystem::path> findModelFile(const std::filesystem::path& file)
{
    std::error_code error;
    for (const std::filesystem::path& folder : modelFolders()) {
        const std::filesystem::path candidate = (folder / file).lexically_normal();
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    }
    return std::nullopt;
}

std::string modelSearchPathText()
{
    std::string text;
    for (const std::filesystem::path& folder : modelFolders())
        text += (text.empty() ? "" : ", ") + folder.lexically_normal().string();
    return text;
}

} // namespace lumbar::app
