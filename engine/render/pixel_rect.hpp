// A rectangle of a framebuffer's pixels.
#pragma once

namespace lumbar {

/// A rectangle of a framebuffer's pixels, counted from its bottom left as GL counts them.
struct PixelRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    bool operator==(const PixelRect&) const = default;
};

} // namespace lumbar
