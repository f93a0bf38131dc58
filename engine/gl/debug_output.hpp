// Loading GL entry points and collecting driver messages through KHR_debug.
#pragma once

#include "gl/gl.hpp"

#include <string>
#include <vector>

namespace lumbar::gl {

/// Loads the GL 3.3 core entry points through `getProcAddress` (from the window layer).
/// Throws GpuError when the current context is missing or older than 3.3.
void loadFunctions(GLADloadfunc getProcAddress);

/// A GL enum as messages print it: "0x0502".
std::string hexCode(GLenum code);

/// A one-line description of the current context: "OpenGL 4.5 (Core Profile) Mesa ... llvmpipe".
std::string contextDescription();

/// One message from the driver.
struct DebugMessage {
    GLenum type = 0;
    GLenum severity = 0;
    std::string text;
};

/// Records the driver's KHR_debug messages while alive. Errors are what tests assert empty.
/// Needs a debug context for the driver to report everything; without KHR_debug it falls back to
/// glGetError polling in `pollErrors()`.
class DebugOutput {
public:
    DebugOutput();
    ~DebugOutput();
    DebugOutput(const DebugOutput&) = delete;
    DebugOutput& operator=(const DebugOutput&) = delete;

    /// True when the driver delivers KHR_debug messages.
    bool active() const { return m_active; }
    /// Adds any pending glGetError codes to the error list.
    void pollErrors();
    /// Every error reported so far (type GL_DEBUG_TYPE_ERROR or a glGetError code).
    const std::vector<DebugMessage>& errors() const { return m_errors; }
    /// Errors joined one per line, for test failure messages and logs.
    std::string errorSummary() const;
    void clear() { m_errors.clear(); }

private:
    static void GLAD_API_PTR callback(GLenum source, GLenum type, GLuint id, GLenum severity, GLsizei length,
        const GLchar* message, const void* user);
    bool m_active = false;
    std::vector<DebugMessage> m_errors;
};

} // namespace lumbar::gl
