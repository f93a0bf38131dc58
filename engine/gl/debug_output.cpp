// KHR_debug message collection and the GL loader entry.
#include "gl/debug_output.hpp"

#include "core/error.hpp"

#include <cstdio>
#include <string>

namespace lumbar::gl {

void loadFunctions(GLADloadfunc getProcAddress)
{
    const int version = gladLoadGL(getProcAddress);
    if (version == 0)
        throw GpuError("could not load OpenGL functions: no current OpenGL context");
    if (GLAD_VERSION_MAJOR(version) * 10 + GLAD_VERSION_MINOR(version) < 33)
        throw GpuError("OpenGL " + std::to_string(GLAD_VERSION_MAJOR(version)) + "."
            + std::to_string(GLAD_VERSION_MINOR(version))
            + " is too old: LumbarLab needs OpenGL 3.3 core (update the graphics driver, or "
              "use Mesa's software renderer with LIBGL_ALWAYS_SOFTWARE=1)");
}

std::string hexCode(GLenum code)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%04X", code);
    return text;
}

std::string contextDescription()
{
    const auto text = [](GLenum name) {
        const auto* value = reinterpret_cast<const char*>(glGetString(name));
        return std::string(value ? value : "?");
    };
    return "OpenGL " + text(GL_VERSION) + ", " + text(GL_RENDERER);
}

DebugOutput::DebugOutput()
{
    if (!GLAD_GL_KHR_debug)
        return;
    glEnable(GL_DEBUG_OUTPUT);
    glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
    glDebugMessageCallback(&DebugOutput::callback, this);
    glDebugMessageControl(GL_DONT_CARE, GL_DONT_CARE, GL_DONT_CARE, 0, nullptr, GL_TRUE);
    m_active = true;
}

DebugOutput::~DebugOutput()
{
    if (m_active)
        glDebugMessageCallback(nullptr, nullptr);
}

void DebugOutput::pollErrors()
{
    // Bounded: a lost context can return errors forever.
    for (int i = 0; i < 32; ++i) {
        const GLenum code = glGetError();
        if (code == GL_NO_ERROR)
            break;
        m_errors.push_back(
            {GL_DEBUG_TYPE_ERROR, GL_DEBUG_SEVERITY_HIGH, "glGetError returned " + hexCode(code)});
    }
}

std::string DebugOutput::errorSummary() const
{
    std::string summary;
    for (const DebugMessage& message : m_errors)
        summary += message.text + "\n";
    return summary;
}

void GLAD_API_PTR DebugOutput::callback(GLenum source, GLenum type, GLuint, GLenum severity, GLsizei length,
    const GLchar* message, const void* user)
{
    // Compile and link failures arrive as ShaderError with the file name; not counted twice here.
    if (type != GL_DEBUG_TYPE_ERROR || source == GL_DEBUG_SOURCE_SHADER_COMPILER)
        return;
    auto* self = static_cast<DebugOutput*>(const_cast<void*>(user));
    self->m_errors.push_back({type, severity, std::string(message, static_cast<size_t>(length))});
}

} // namespace lumbar::gl
