// Where shader text comes from: embedded in the binary, or a source folder while developing.
#pragma once

#include <filesystem>
#include <string>

namespace lumbar::gl {

/// Finds GLSL files by name ("mesh.frag"). By default the text embedded at build time is used, so
/// the program runs from any directory; with an override folder (the app's --shader-dir) files are
/// read from disk each time, which lets a developer edit shaders and reload them.
class ShaderSources {
public:
    ShaderSources() = default;
    explicit ShaderSources(std::filesystem::path overrideDir) : m_overrideDir(std::move(overrideDir)) { }

    /// The text of shader `name`; throws ShaderError when it does not exist.
    std::string load(const std::string& name) const;
    /// The path that `load` names in messages: the file on disk, or "<embedded>/name".
    std::string displayPath(const std::string& name) const;
    bool readsFromDisk() const { return !m_overrideDir.empty(); }

    /// The shaders/ folder of the source tree this binary was built from.
    static std::filesystem::path sourceTreeDir();

private:
    std::filesystem::path m_overrideDir;
};

} // namespace lumbar::gl
