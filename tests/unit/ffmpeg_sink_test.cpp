// The ffmpeg frame sink against stand-in ffmpeg scripts: a dead encoder is an error message, not a
// SIGPIPE, the process's SIGPIPE disposition is left alone, and no pipe end leaks into children.
#include "core/error.hpp"
#include "export/frame_sink.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

namespace lumbar::app {
namespace {

/// Puts an executable `ffmpeg` with `script` as its body first on PATH for one test.
class FakeFfmpeg {
public:
    FakeFfmpeg(const test::TempDir& dir, const std::string& script)
        : m_oldPath(std::getenv("PATH") ? std::getenv("PATH") : "")
    {
        const std::filesystem::path bin = dir.path() / "bin";
        std::filesystem::create_directories(bin);
        std::ofstream(bin / "ffmpeg") << "#!/bin/sh\n" << script;
        chmod((bin / "ffmpeg").c_str(), 0755);
        setenv("PATH", (bin.string() + ":" + m_oldPath).c_str(), 1);
    }
    ~FakeFfmpeg() { setenv("PATH", m_oldPath.c_str(), 1); }
    FakeFfmpeg(const FakeFfmpeg&) = delete;
    FakeFfmpeg& operator=(const FakeFfmpeg&) = delete;

private:
    std::string m_oldPath;
};

/// The disposition of SIGPIPE: SIG_DFL, SIG_IGN or a handler.
void (*sigpipeDisposition())(int)
{
    struct sigaction current { };
    sigaction(SIGPIPE, nullptr, &current);
    return current.sa_handler;
}

TEST(FfmpegSink, AnEncoderThatDiesIsAnErrorAndSigpipeKeepsItsDefault)
{
    ASSERT_EQ(sigpipeDisposition(), SIG_DFL);
    const test::TempDir dir;
    const FakeFfmpeg ffmpeg(dir, "exit 3\n"); // reads nothing: every write meets a closed pipe
    const std::filesystem::path out = dir.path() / "lesson.mp4";
    auto sink = openFrameSink(out, 64, 64, 30);
    const Image frame(64, 64);
    try {
        // The pipe holds 64 KiB: a few 12 KiB frames may fit before the error shows.
        for (int i = 0; i < 64; ++i)
            sink->write(frame);
        FAIL() << "expected an error once ffmpeg was gone";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "ffmpeg stopped reading frames for '" + out.string()
                + "' (its messages are above); check that ffmpeg can write there");
    }
    EXPECT_EQ(sigpipeDisposition(), SIG_DFL); // never ignored for the whole process
    sigset_t pending;
    sigpending(&pending);
    EXPECT_EQ(sigismember(&pending, SIGPIPE), 0); // the blocked signal was taken back
    EXPECT_THROW(sink->finish(), Error);
}

TEST(FfmpegSink, OnlyFfmpegsStdinIsAPipeInTheChild)
{
    const test::TempDir dir;
    // Lists its own open files into the output path (its last argument), then reads its input.
    const FakeFfmpeg ffmpeg(dir, "for last; do :; done\nls -l /proc/$$/fd > \"$last\"\ncat > /dev/null\n");
    const std::filesystem::path out = dir.path() / "fds.mp4";
    auto sink = openFrameSink(out, 2, 2, 30);
    sink->write(Image(2, 2));
    sink->finish();
    // "lr-x------ 1 root root 64 Dec  6 06:40 0 -> pipe:[123]": stdin is the pipe from LumbarLab,
    // and no other descriptor may be the same pipe. (Pipes the test runner passed down may be.)
    const std::string listing = test::readText(out);
    const std::size_t stdinAt = listing.find(" 0 -> pipe:[");
    ASSERT_NE(stdinAt, std::string::npos) << listing;
    const std::size_t idAt = stdinAt + std::string(" 0 -> ").size();
    const std::string pipeId = listing.substr(idAt, listing.find(']', idAt) + 1 - idAt);
    std::size_t uses = 0;
    for (std::size_t at = listing.find(pipeId); at != std::string::npos; at = listing.find(pipeId, at + 1))
        ++uses;
    EXPECT_EQ(uses, 1u) << "the read end of " << pipeId << " leaked past the exec:\n" << listing;
}

} // namespace
} // namespace lumbar::app
