// Shader compilation, linking and uniform upload.
#include "gl/shader_program.hpp"

#include "core/error.hpp"
#include "core/std_regex.hpp"
#include "gl/shader_source.hpp"

#include <glm/gtc/type_ptr.hpp>

#include <map>
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
    // Line numbers as the driver counts them, honouring #line directives (see withDefines).
    std::map<std::size_t, std::string> lines;
    std::istringstream stream(source);
    std::size_t number = 1;
    for (std::string line; std::getline(stream, line);) {
        if (line.rfind("#line ", 0) == 0) {
            number = std::stoul(line.substr(6));
            continue;
        }
        lines[number++] = line;
    }

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
    for (std::size_t mentionedLine : mentioned)
        if (const auto found = lines.find(mentionedLine); found != lines.end())
            text += "\n  " + std::to_string(mentionedLine) + " | " + found->second;
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

std::string withDefines(const std::string& source, const std::vector<std::string>& defines)
{
    if (defines.empty())
        return source;
    const std::size_t firstLineEnd = source.find('\n');
    if (firstLineEnd == std::string::npos)
        return source;
    std::string text = source.substr(0, firstLineEnd + 1);
    for (const std::string& define : defines)
        text += "#define " + define + "\n";
    text += "#line 2\n";
    return text + source.substr(firstLineEnd + 1);
}

ShaderProgram ShaderProgram::load(const ShaderSources& sources, const std::string& vertexFile,
    const std::string& fragmentFile, const std::vector<std::string>& defines)
{
    // Read in a fixed order so a missing file is reported the same way every time.
    const std::string vertexText = withDefines(sources.load(vertexFile), defines);
    const std::string fragmentText = withDefines(sources.load(fragmentFile), defines);
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
