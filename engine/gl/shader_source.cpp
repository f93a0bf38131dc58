// Embedded or on-disk shader text.
#include "gl/shader_source.hpp"

#include "core/error.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>

namespace lumbar::shaders {
std::optional<std::string_view> embeddedFile(std::string_view name); // generated at build time
}

namespace lumbar::gl {

std::string ShaderSources::load(const std::string& name) const
{
    if (m_overrideDir.empty()) {
        if (const auto text = shaders::embeddedFile(name))
            return std::string(*text);
        throw ShaderError("shader " + inQuotes(name)
            + " is not embedded in this build (add it to "
              "lumbarlab_embed_files in engine/CMakeLists.txt)");
    }
    const std::filesystem::path path = m_overrideDir / name;
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw ShaderError(
            "cannot read shader " + inQuotes(path.string()) + ": file not found (check --shader-dir)");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string ShaderSources::displayPath(const std::string& name) const
{
    return m_overrideDir.empty() ? "shaders/" + name : (m_overrideDir / name).string();
}

std::filesystem::path ShaderSources::sourceTreeDir()
{
    return LUMBARLAB_SHADER_SOURCE_DIR;
}

} // namespace lumbar::gl
