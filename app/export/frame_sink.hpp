// Where recorded frames go: numbered PNGs in a folder, or raw RGB piped into ffmpeg for an .mp4.
#pragma once

#include "image/image.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace lumbar::app {

/// Receives the frames of one recording, in order, all of the same size.
class FrameSink {
public:
    virtual ~FrameSink() = default;
    /// Writes the next frame; throws lumbar::Error when it cannot.
    virtual void write(const Image& frame) = 0;
    /// Ends the recording (closes the video); throws lumbar::Error when the encoder failed.
    virtual void finish() = 0;
    /// What the recording wrote, for messages: "folder/frame-000001.png ... frame-000042.png".
    virtual std::string describe() const = 0;
};

/// The first executable `name` in the folders of `pathVariable` (":"-separated, as $PATH).
std::optional<std::filesystem::path> findExecutable(const std::string& name, const char* pathVariable);

/// "frame-000001.png" for the first frame (0-based `index`).
std::string frameFileName(int index);

/// An .mp4 `out` goes to ffmpeg (found on $PATH), anything else is a folder of PNGs (created; a
/// folder that already holds frame-*.png files is refused so recordings never mix). Throws
/// lumbar::Error with what to do when ffmpeg is missing or the folder cannot be used.
std::unique_ptr<FrameSink> openFrameSink(const std::filesystem::path& out, int width, int height, int fps);

} // namespace lumbar::app
