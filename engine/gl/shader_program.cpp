// Shader compilation, linking and uniform upload.
#include "gl/shader_program.hpp"

#include "core/error.hpp"
#include "gl/shader_source.hpp"

#include <glm/gtc/type_ptr.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <vector>

namespace lumbar::gl {
namespace {

std::string infoLog(GLuint object, bool isProgram)
{
    GLint length = 0;
    if (isProgram)
        glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    else
        glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<size_t>(std::max(length, 1)), '\0');
    if (isProgram)
        glGetProgramInfoLog(object, length, nullptr, log.data());
    else
        glGetShaderInfoLog(object, length, nullptr, log.data());
    while (!log.empty() && (log.back() == '\0' || log.back() == '\n'))
        log.pop_back();
    return log;
}

Shader compile(GLenum stage, const std::string& name, const std::string& text)
{
    Shader shader(glCreateShader(stage));
    const char* source = text.c_str();
    glShaderSource(shader.get(), 1, &source, nullptr);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE)
        throw ShaderError("shader " + name + " failed to compile:\n"
            + describeShaderLog(infoLog(shader.get(), false), text));
    return shader;
}

} // namespace

std::string describeShaderLog(const std::string& log, const std::string& source)
{
    std::vector<std::string> lines;
    std::istringstream stream(source);
    for (std::string line; std::getline(stream, line);)
        lines.push_back(line);

    static const std::regex mesaStyle(R"(^\s*\d+:(\d+)\(\d+\))");
    static const std::regex nvidiaStyle(R"(^\s*\d+\((\d+)\)\s*:)");
    std::set<size_t> mentioned;
    std::istringstream logStream(log);
    for (std::string entry; std::getline(logStream, entry);) {
        std::smatch match;
        if (std::regex_search(entry, match, mesaStyle) || std::regex_search(entry, match, nvidiaStyle))
            mentioned.insert(std::stoul(match[1].str()));
    }

    std::string text = log;
    for (size_t number : mentioned) {
        if (number >= 1 && number <= lines.size())
            text += "\n  " + std::to_string(number) + " | " + lines[number - 1];
    }
    return text;
}

ShaderProgram::ShaderProgram(const std::string& vertexName, const std::string& vertexText,
    const std::string& fragmentName, const std::string& fragmentText)
{
    const Shader vertex = compile(GL_VERTEX_SHADER, vertexName, vertexText);
    const Shader fragment = compile(GL_FRAGMENT_SHADER, fragmentName, fragmentText);
    m_program = Program(glCreateProgram());
    glAttachShader(m_program.get(), vertex.get());
    glAttachShader(m_program.get(), fragment.get());
    glLinkProgram(m_program.get());
    GLint ok = GL_FALSE;
    glGetProgramiv(m_program.get(), GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE)
        throw ShaderError("shaders " + vertexName + " and " + fragmentName + " failed to link:\n"
            + infoLog(m_program.get(), true));
}

ShaderProgram ShaderProgram::load(
    const ShaderSources& sources, const std::string& vertexFile, const std::string& fragmentFile)
{
    // Read in a fixed order so a missing file is reported the same way every time.
    const std::string vertexText = sources.load(vertexFile);
    const std::string fragmentText = sources.load(fragmentFile);
    return ShaderProgram(
        sources.displayPath(vertexFile), vertexText, sources.displayPath(fragmentFile), fragmentText);
}

GLint ShaderProgram::location(const char* name)
{
    const auto found = m_locations.find(name);
    if (found != m_locations.end())
        return found->second;
    const GLint where = glGetUniformLocation(m_program.get(), name);
    m_locations.emplace(name, where);
    return where;
}

void ShaderProgram::set(const char* name, float value)
{
    glUniform1f(location(name), value);
}
void ShaderProgram::set(const char* name, int value)
{
    glUniform1i(location(name), value);
}
void ShaderProgram::set(const char* name, const glm::vec2& value)
{
    glUniform2fv(location(name), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const glm::vec3& value)
{
    glUniform3fv(location(name), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const glm::vec4& value)
{
    glUniform4fv(location(name), 1, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const glm::mat3& value)
{
    glUniformMatrix3fv(location(name), 1, GL_FALSE, glm::value_ptr(value));
}
void ShaderProgram::set(const char* name, const glm::mat4& value)
{
    glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(value));
}

} // namespace lumbar::gl
