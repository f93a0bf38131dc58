// Multisampled framebuffer management and read-back.
#include "render/render_target.hpp"

#include "core/error.hpp"
#include "gl/debug_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace lumbar {
namespace {

void requireComplete(GLuint framebuffer, const char* what)
{
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw GpuError(std::string("the graphics driver cannot create the ") + what + " framebuffer (status "
            + gl::hexCode(status) + "): try a smaller --resolution");
}

} // namespace

RenderTarget::RenderTarget(int width, int height, int samples)
    : m_width(std::max(width, 1)), m_height(std::max(height, 1))
{
    GLint maxSamples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    m_samples = std::clamp(samples, 1, std::max(maxSamples, 1));
    allocate();
}

void RenderTarget::resize(int width, int height)
{
    width = std::max(width, 1);
    height = std::max(height, 1);
    if (width == m_width && height == m_height)
        return;
    m_width = width;
    m_height = height;
    allocate();
}

void RenderTarget::allocate()
{
    m_multisampled = gl::createFramebuffer();
    m_multisampledColor = gl::createTexture();
    m_multisampledDepth = gl::createRenderbuffer();
    m_resolved = gl::createFramebuffer();
    m_resolvedColor = gl::createRenderbuffer();

    // A texture, not a renderbuffer, so that Renderer::resolve can read its samples.
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, m_multisampledColor.get());
    glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, m_samples, GL_RGBA8, m_width, m_height, GL_TRUE);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glBindRenderbuffer(GL_RENDERBUFFER, m_multisampledDepth.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_DEPTH24_STENCIL8, m_width, m_height);
    glBindRenderbuffer(GL_RENDERBUFFER, m_resolvedColor.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, m_width, m_height);
    glBindRenderbuffer(GL_RENDERBUFFER, 0);

    glBindFramebuffer(GL_FRAMEBUFFER, m_multisampled.get());
    glFramebufferTexture2D(
        GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE, m_multisampledColor.get(), 0);
    glFramebufferRenderbuffer(
        GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, m_multisampledDepth.get());
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolved.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_resolvedColor.get());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    requireComplete(m_multisampled.get(), "multisampled");
    requireComplete(m_resolved.get(), "resolve");
}

void RenderTarget::bindForDrawing() const
{
    glBindFramebuffer(GL_FRAMEBUFFER, m_multisampled.get());
    glViewport(0, 0, m_width, m_height);
}

void RenderTarget::bindResolvedForDrawing() const
{
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolved.get());
    glViewport(0, 0, m_width, m_height);
}

void RenderTarget::resolve() const
{
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_multisampled.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolved.get());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::blitTo(
    GLuint destination, int width, int height, const std::optional<PixelRect>& part) const
{
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolved.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, destination);
    const GLenum filter = (width == m_width && height == m_height) ? GL_NEAREST : GL_LINEAR;
    const PixelRect from = part.value_or(PixelRect{0, 0, m_width, m_height});
    // The part's corners scaled as the whole target would be: each destination pixel samples the
    // same place of the target as a blit of all of it.
    const auto toX = [&](int x) { return int(std::lround(double(x) * width / m_width)); };
    const auto toY = [&](int y) { return int(std::lround(double(y) * height / m_height)); };
    glBlitFramebuffer(from.x, from.y, from.x + from.width, from.y + from.height, toX(from.x), toY(from.y),
        toX(from.x + from.width), toY(from.y + from.height), GL_COLOR_BUFFER_BIT, filter);
    glBindFramebuffer(GL_FRAMEBUFFER, destination);
}

Image RenderTarget::readPixels() const
{
    return readFramebufferPixels(m_resolved.get(), m_width, m_height);
}

Image readFramebufferPixels(GLuint framebuffer, int width, int height)
{
    Image image(width, height);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    glReadBuffer(framebuffer == 0 ? GL_BACK : GL_COLOR_ATTACHMENT0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);

    // GL's first row is the bottom one.
    const std::size_t rowBytes = std::size_t(width) * 4;
    std::vector<std::uint8_t> row(rowBytes);
    for (int y = 0; y < height / 2; ++y) {
        std::uint8_t* top = image.pixel(0, y);
        std::uint8_t* bottom = image.pixel(0, height - 1 - y);
        std::memcpy(row.data(), top, rowBytes);
        std::memcpy(top, bottom, rowBytes);
        std::memcpy(bottom, row.data(), rowBytes);
    }
    for (std::size_t i = 3; i < image.rgba.size(); i += 4)
        image.rgba[i] = 255;
    return image;
}

} // namespace lumbar
