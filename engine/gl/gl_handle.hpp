// RAII ownership of OpenGL object names: each wrapper deletes its object exactly once.
#pragma once

#include "gl/gl.hpp"

#include <utility>

namespace lumbar::gl {

/// Owns one GL object name; Deleter::destroy(name) runs on destruction. Move-only.
template <typename Deleter> class Handle {
public:
    Handle() = default;
    explicit Handle(GLuint name) : m_name(name) { }
    ~Handle() { reset(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : m_name(std::exchange(other.m_name, 0)) { }
    Handle& operator=(Handle&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_name = std::exchange(other.m_name, 0);
        }
        return *this;
    }

    GLuint get() const { return m_name; }
    explicit operator bool() const { return m_name != 0; }

    void reset()
    {
        if (m_name != 0)
            Deleter::destroy(m_name);
        m_name = 0;
    }

private:
    GLuint m_name = 0;
};

struct BufferDeleter {
    static void destroy(GLuint name) { glDeleteBuffers(1, &name); }
};
struct VertexArrayDeleter {
    static void destroy(GLuint name) { glDeleteVertexArrays(1, &name); }
};
struct TextureDeleter {
    static void destroy(GLuint name) { glDeleteTextures(1, &name); }
};
struct RenderbufferDeleter {
    static void destroy(GLuint name) { glDeleteRenderbuffers(1, &name); }
};
struct FramebufferDeleter {
    static void destroy(GLuint name) { glDeleteFramebuffers(1, &name); }
};
struct ShaderDeleter {
    static void destroy(GLuint name) { glDeleteShader(name); }
};
struct ProgramDeleter {
    static void destroy(GLuint name) { glDeleteProgram(name); }
};

using Buffer = Handle<BufferDeleter>;
using VertexArray = Handle<VertexArrayDeleter>;
using Texture = Handle<TextureDeleter>;
using Renderbuffer = Handle<RenderbufferDeleter>;
using Framebuffer = Handle<FramebufferDeleter>;
using Shader = Handle<ShaderDeleter>;
using Program = Handle<ProgramDeleter>;

inline Buffer createBuffer()
{
    GLuint name = 0;
    glGenBuffers(1, &name);
    return Buffer(name);
}
inline VertexArray createVertexArray()
{
    GLuint name = 0;
    glGenVertexArrays(1, &name);
    return VertexArray(name);
}
inline Texture createTexture()
{
    GLuint name = 0;
    glGenTextures(1, &name);
    return Texture(name);
}
inline Renderbuffer createRenderbuffer()
{
    GLuint name = 0;
    glGenRenderbuffers(1, &name);
    return Renderbuffer(name);
}
inline Framebuffer createFramebuffer()
{
    GLuint name = 0;
    glGenFramebuffers(1, &name);
    return Framebuffer(name);
}

} // namespace lumbar::gl
