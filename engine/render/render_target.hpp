// An offscreen, multisampled colour + depth target that resolves to a readable image.
#pragma once

#include "gl/gl_handle.hpp"
#include "image/image.hpp"
#include "render/pixel_rect.hpp"

#include <optional>

namespace lumbar {

/// The renderer always draws here; the window blits the resolved result to the screen and the
/// headless path reads it back. Throws GpuError when the driver cannot build the framebuffer.
class RenderTarget {
public:
    /// `samples` is clamped to what the driver supports; 1 means no multisampling.
    RenderTarget(int width, int height, int samples = 4);

    /// Reallocates the buffers when the size changes; cheap when it does not.
    void resize(int width, int height);
    int width() const { return m_width; }
    int height() const { return m_height; }
    int samples() const { return m_samples; }

    /// Binds the multisampled framebuffer for drawing and sets the viewport to cover it.
    void bindForDrawing() const;
    /// Resolves the samples into the single-sample colour buffer with the driver's blit.
    /// Renderer::resolve gives the same picture with a program of ours, which Mesa's shader
    /// cache keeps between processes (llvmpipe compiles the blit's shaders anew in each one).
    void resolve() const;
    /// The multisampled colour, a GL_TEXTURE_2D_MULTISAMPLE of samples() samples.
    GLuint multisampledColorTexture() const { return m_multisampledColor.get(); }
    /// Binds the single-sample framebuffer for drawing the resolve into and sets the viewport.
    void bindResolvedForDrawing() const;
    /// Copies the resolved colour into the framebuffer `destination` (0 = the window) scaled to
    /// `width` x `height`; with `part` (in this target's pixels) only that part, to where it falls
    /// in the destination.
    void blitTo(
        GLuint destination, int width, int height, const std::optional<PixelRect>& part = std::nullopt) const;
    /// Reads the resolved colour back (call resolve() first). Rows top to bottom, alpha 255.
    Image readPixels() const;

private:
    void allocate();
    int m_width;
    int m_height;
    int m_samples;
    gl::Framebuffer m_multisampled;
    gl::Texture m_multisampledColor;
    gl::Renderbuffer m_multisampledDepth;
    gl::Framebuffer m_resolved;
    gl::Renderbuffer m_resolvedColor;
};

/// Reads `width` x `height` pixels of the colour of `framebuffer` (0 = the window's back buffer, as
/// drawn before the swap). Rows top to bottom, alpha 255.
Image readFramebufferPixels(GLuint framebuffer, int width, int height);

} // namespace lumbar
