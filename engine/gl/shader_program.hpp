// A linked GLSL program with cached uniform locations and readable compile errors.
#pragma once

#include "gl/gl_handle.hpp"

#include <glm/glm.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace lumbar::gl {

class ShaderSources;

/// One vertex + fragment program. Compile and link failures throw ShaderError naming the shader
/// file, with the driver's log and the offending source lines numbered.
class ShaderProgram {
public:
    /// Compiles and links from GLSL text; the names appear in error messages.
    ShaderProgram(const std::string& vertexName, const std::string& vertexText,
        const std::string& fragmentName, const std::string& fragmentText);
    /// Loads both stages by file name from `sources`. `defines` ("NAME" or "NAME VALUE") are
    /// inserted as #define lines after each stage's #version line; line numbers in driver logs
    /// stay those of the file (a #line directive follows the defines).
    static ShaderProgram load(const ShaderSources& sources, const std::string& vertexFile,
        const std::string& fragmentFile, const std::vector<std::string>& defines = {});

    void use() const { glUseProgram(m_program.get()); }
    GLuint id() const { return m_program.get(); }

    void set(const char* name, float value);
    void set(const char* name, int value);
    void set(const char* name, const glm::vec2& value);
    void set(const char* name, const glm::vec3& value);
    void set(const char* name, const glm::vec4& value);
    void set(const char* name, const glm::mat3& value);
    void set(const char* name, const glm::mat4& value);

private:
    GLint location(const char* name);
    Program m_program;
    std::unordered_map<std::string, GLint> m_locations;
};

/// `source` with `defines` inserted after its first (#version) line, followed by `#line 2` so
/// that the driver numbers the lines as in the file.
std::string withDefines(const std::string& source, const std::vector<std::string>& defines);

/// Formats a driver log for a human: the log itself, then each source line it mentions with its
/// number. Understands Mesa ("0:12(5): error") and NVIDIA ("0(12) : error") styles.
std::string describeShaderLog(const std::string& log, const std::string& source);

} // namespace lumbar::gl
