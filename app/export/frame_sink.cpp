// PNG-folder and ffmpeg frame sinks. ffmpeg runs in its own process group so that Ctrl+C reaches
// only LumbarLab, which then closes the pipe and lets ffmpeg finish the file properly.
#include "export/frame_sink.hpp"

#include "core/error.hpp"
#include "image/png_io.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace lumbar::app {
namespace {

class PngFolderSink final : public FrameSink {
public:
    explicit PngFolderSink(std::filesystem::path folder) : m_folder(std::move(folder)) { }

    void write(const Image& frame) override
    {
        writePng(m_folder / frameFileName(m_written), frame);
        ++m_written;
    }
    void finish() override { }
    std::string describe() const override
    {
        if (m_written == 0)
            return "no frames in " + m_folder.string();
        return std::to_string(m_written) + " frames: " + (m_folder / frameFileName(0)).string()
            + (m_written > 1 ? " ... " + frameFileName(m_written - 1) : "");
    }

private:
    std::filesystem::path m_folder;
    int m_written = 0;
};

/// write(2) to a pipe whose reader may be gone, without SIGPIPE: the signal is blocked for this
/// thread during the call and the one a dead reader raised is taken back, so the caller sees
/// EPIPE and the process's own SIGPIPE disposition (default, or its host's handler) stays as it was.
ssize_t writeWithoutSigpipe(int fd, const std::uint8_t* data, std::size_t size)
{
    sigset_t pipeOnly;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    const bool alreadyPending = sigismember(&pending, SIGPIPE) == 1; // someone else's: leave it
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous);
    const ssize_t written = ::write(fd, data, size);
    const int writeError = errno;
    // A reader that goes away mid-write raises SIGPIPE and still returns the part written: look
    // at what is pending rather than at the result.
    sigpending(&pending);
    if (!alreadyPending && sigismember(&pending, SIGPIPE) == 1) {
        const timespec now{0, 0};
        while (sigtimedwait(&pipeOnly, nullptr, &now) < 0 && errno == EINTR) { }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    errno = writeError;
    return written;
}

class FfmpegSink final : public FrameSink {
public:
    FfmpegSink(const std::filesystem::path& ffmpeg, std::filesystem::path out, int width, int height, int fps)
        : m_out(std::move(out)), m_width(width), m_height(height)
    {
        const std::string size = std::to_string(width) + "x" + std::to_string(height);
        // yuv420p plays everywhere but needs even sides: pad odd ones by a pixel.
        std::vector<std::string> arguments{ffmpeg.string(), "-hide_banner", "-loglevel", "error", "-y", "-f",
            "rawvideo", "-pix_fmt", "rgb24", "-s", size, "-r", std::to_string(fps), "-i", "-", "-vf",
            "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
            m_out.string()};
        std::vector<char*> argv;
        for (std::string& argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);

        int fds[2];
        // Close-on-exec: no other child this process starts meanwhile may hold the pipe open
        // (ffmpeg would never see the end of its input); ffmpeg's own stdin is a dup2 copy.
        if (pipe2(fds, O_CLOEXEC) != 0)
            throw Error(std::string("cannot make a pipe to ffmpeg: ") + std::strerror(errno));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        const int spawned = posix_spawn(&m_pid, argv[0], &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        close(fds[0]);
        if (spawned != 0) {
            close(fds[1]);
            throw Error("cannot start " + inQuotes(ffmpeg.string()) + ": " + std::strerror(spawned));
        }
        m_pipe = fds[1];
    }

    ~FfmpegSink() override
    {
        if (m_pipe >= 0) {
            try {
                finish();
            } catch (const Error&) {
                // Already failing: the first error is the one reported.
            }
        }
    }

    void write(const Image& frame) override
    {
        std::vector<std::uint8_t> rgb(std::size_t(m_width) * std::size_t(m_height) * 3);
        for (std::size_t i = 0, j = 0; j < rgb.size(); i += 4, j += 3) {
            rgb[j] = frame.rgba[i];
            rgb[j + 1] = frame.rgba[i + 1];
            rgb[j + 2] = frame.rgba[i + 2];
        }
        std::size_t done = 0;
        while (done < rgb.size()) {
            // A dying ffmpeg must surface as a write error with a message, not kill us with SIGPIPE.
            const ssize_t n = writeWithoutSigpipe(m_pipe, rgb.data() + done, rgb.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                throw Error("ffmpeg stopped reading frames for " + inQuotes(m_out.string())
                    + " (its messages are above); check that ffmpeg can write there");
            done += std::size_t(n);
        }
        ++m_written;
    }

    void finish() override
    {
        if (m_pipe < 0)
            return;
        close(m_pipe);
        m_pipe = -1;
        int status = 0;
        while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            throw Error("ffmpeg failed to encode " + inQuotes(m_out.string()) + " (exit status "
                + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + "; its messages are above)");
    }

    std::string describe() const override
    {
        return m_out.string() + " (" + std::to_string(m_written) + " frames)";
    }

private:
    std::filesystem::path m_out;
    int m_width;
    int m_height;
    pid_t m_pid = -1;
    int m_pipe = -1;
    int m_written = 0;
};

bool isMp4(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    for (char& c : extension)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return extension == ".mp4";
}

} // namespace

std::optional<std::filesystem::path> findExecutable(const std::string& name, const char* pathVariable)
{
    if (!pathVariable)
        return std::nullopt;
    const std::string folders = pathVariable;
    std::size_t start = 0;
    while (start <= folders.size()) {
        const std::size_t end = std::min(folders.find(':', start), folders.size());
        const std::string folder = folders.substr(start, end - start);
        const std::filesystem::path candidate = std::filesystem::path(folder.empty() ? "." : folder) / name;
        if (access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate))
            return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

std::string frameFileName(int index)
{
    char name[32];
    std::snprintf(name, sizeof name, "frame-%06d.png", index + 1);
    return name;
}

std::unique_ptr<FrameSink> openFrameSink(const std::filesystem::path& out, int width, int height, int fps)
{
    if (isMp4(out)) {
        const auto ffmpeg = findExecutable("ffmpeg", std::getenv("PATH"));
        if (!ffmpeg)
            throw Error("recording " + inQuotes(out.string())
                + " needs ffmpeg, which is not on PATH; install it (sudo apt install ffmpeg) or record to a "
                  "folder of PNG frames instead (a path without .mp4)");
        if (out.has_parent_path())
            std::filesystem::create_directories(out.parent_path());
        return std::make_unique<FfmpegSink>(*ffmpeg, out, width, height, fps);
    }
    std::error_code error;
    if (std::filesystem::exists(out) && !std::filesystem::is_directory(out))
        throw Error("cannot record into " + inQuotes(out.string())
            + ": it is a file; give a folder for PNG frames, or a name ending in .mp4");
    std::filesystem::create_directories(out, error);
    if (error)
        throw Error("cannot create the folder " + inQuotes(out.string()) + ": " + error.message());
    if (std::filesystem::exists(out / frameFileName(0)))
        throw Error("the folder " + inQuotes(out.string())
            + " already holds a recording (frame-000001.png); choose a new folder or remove the old frames");
    return std::make_unique<PngFolderSink>(out);
}

} // namespace lumbar::app
