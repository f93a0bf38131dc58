// Fork, pipe and reap: the child runs the importer, the parent judges what comes back.
#include "scene/isolated_import.hpp"

#include "core/error.hpp"
#include "core/file_descriptor.hpp"
#include "core/sanitizer.hpp"
#include "scene/model_bytes.hpp"
#include "scene/model_check.hpp"
#include "scene/model_formats.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <new>
#include <optional>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace lumbar {
namespace {

using Clock = std::chrono::steady_clock;

/// First byte of the child's reply: what the rest holds.
enum class Reply : char {
    Model = 'M', ///< serializeModel() bytes
    Failure = 'E', ///< the importer's error message
    OutOfMemory = 'O', ///< nothing: an allocation failed under the memory limit
};

/// The most the parent reads: more than any model the child's memory limit lets it build.
constexpr std::size_t kMaxReplyBytes = std::size_t(4) << 30;
constexpr std::size_t kReadChunkBytes = std::size_t(1) << 20;
/// Exit status of a child whose reply could not be written (the parent went away).
constexpr int kChildWriteFailed = 3;

/// AddressSanitizer's shadow memory alone exceeds any sensible limit.
constexpr bool kCanLimitAddressSpace = !kAddressSanitizer;

std::string systemError()
{
    return std::strerror(errno);
}

/// The address space this process maps now (its VSZ), which a forked child starts with: thread
/// stacks and driver mappings that can reach gigabytes. 0 when /proc cannot tell.
std::uint64_t mappedBytes()
{
    std::ifstream statm("/proc/self/statm");
    std::uint64_t pages = 0;
    statm >> pages;
    return statm ? pages * std::uint64_t(::sysconf(_SC_PAGESIZE)) : 0;
}

/// The importer process. However the parent leaves (an exception included) it is killed and
/// reaped, so no process or zombie outlives the import.
class ChildProcess {
public:
    explicit ChildProcess(pid_t pid) : m_pid(pid) { }
    ~ChildProcess() { kill(); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// The wait status once the child has ended, polling until `deadline`; nullopt while it runs.
    std::optional<int> waitUntil(Clock::time_point deadline)
    {
        for (;;) {
            int status = 0;
            const pid_t result = ::waitpid(m_pid, &status, WNOHANG);
            if (result == m_pid || (result < 0 && errno != EINTR)) {
                // ECHILD: SIGCHLD is ignored, so the system reaped it; judge by the reply alone.
                m_pid = -1;
                return result < 0 ? 0 : status;
            }
            if (Clock::now() >= deadline)
                return std::nullopt;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }

    /// Kills the child and reaps it; a no-op once it has been reaped.
    void kill()
    {
        if (m_pid <= 0)
            return; // kill(-1) would signal every process this user owns
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
    }

private:
    pid_t m_pid;
};

bool writeAll(int fd, const void* data, std::size_t size)
{
    const auto* next = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, next, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        next += written;
        size -= std::size_t(written);
    }
    return true;
}

/// The child: import, reply, exit. Never returns and never unwinds into the caller's frames; an
/// exception escaping this noexcept function ends the child with SIGABRT, which the parent reports.
[[noreturn]] void runChild(int out, const std::filesystem::path& path, std::uint64_t addressSpaceBytes,
    const ModelImporter& importer) noexcept
{
    // A crash must end the child with its signal whatever handlers the parent installed (SDL,
    // sanitizers), and a crashed importer must not write a core file of up to the memory limit.
    for (int crash : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE})
        std::signal(crash, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, nullptr);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    if (addressSpaceBytes > 0) {
        const rlimit memory{rlim_t(addressSpaceBytes), rlim_t(addressSpaceBytes)};
        setrlimit(RLIMIT_AS, &memory);
    }

    Reply kind = Reply::Model;
    std::vector<std::byte> body;
    std::string message;
    try {
        body = serializeModel(importer(path));
    } catch (const std::bad_alloc&) {
        kind = Reply::OutOfMemory;
    } catch (const std::exception& failure) {
        kind = Reply::Failure;
        message = failure.what();
    } catch (...) {
        kind = Reply::Failure;
        message = "the importer of " + inQuotes(path.string()) + " failed without saying why";
    }
    const bool written = writeAll(out, &kind, 1)
        && (kind == Reply::Model ? writeAll(out, body.data(), body.size())
                                 : writeAll(out, message.data(), message.size()));
    ::_exit(written ? 0 : kChildWriteFailed);
}

/// What the child sent, read until it closes the pipe, the deadline passes or it sends too much.
struct ReadResult {
    std::vector<std::byte> bytes;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
};

/// How often a cancellable import looks at its flag while the child works.
constexpr std::int64_t kCancelCheckMs = 100;

ReadResult readReply(
    int fd, Clock::time_point deadline, const std::string& name, const std::atomic<bool>* cancelled)
{
    ReadResult result;
    for (;;) {
        if (cancelled && cancelled->load()) {
            result.cancelled = true;
            return result;
        }
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            return result;
        }
        pollfd ready{fd, POLLIN, 0};
        const std::int64_t waitMs = std::min<std::int64_t>(left.count(), cancelled ? kCancelCheckMs : 60'000);
        const int polled = ::poll(&ready, 1, int(waitMs));
        if (polled < 0 && errno != EINTR)
            throw ImportError(
                "cannot import " + name + ": waiting for the importer failed: " + systemError());
        if (polled <= 0)
            continue;
        const std::size_t size = result.bytes.size();
        if (size >= kMaxReplyBytes) {
            result.tooLarge = true;
            return result;
        }
        result.bytes.resize(size + kReadChunkBytes);
        const ssize_t got = ::read(fd, result.bytes.data() + size, kReadChunkBytes);
        result.bytes.resize(size + std::size_t(std::max<ssize_t>(got, 0)));
        if (got == 0)
            return result;
        if (got < 0 && errno != EINTR && errno != EAGAIN)
            throw ImportError(
                "cannot import " + name + ": reading from the importer failed: " + systemError());
    }
}

std::string secondsText(std::chrono::milliseconds time)
{
    std::ostringstream text;
    text << double(time.count()) / 1000.0 << " s";
    return text.str();
}

std::string bytesText(std::uint64_t bytes)
{
    constexpr std::uint64_t kGiB = std::uint64_t(1) << 30;
    constexpr std::uint64_t kMiB = std::uint64_t(1) << 20;
    if (bytes % kGiB == 0)
        return std::to_string(bytes / kGiB) + " GiB";
    return std::to_string((bytes + kMiB / 2) / kMiB) + " MiB";
}

std::string signalText(int number)
{
    const char* description = ::strsignal(number);
    return "signal " + std::to_string(number)
        + (description ? std::string(", ") + description : std::string());
}

[[noreturn]] void throwTimeout(const std::string& name, const ImportLimits& limits)
{
    throw ImportError(name + " took longer than " + secondsText(limits.time)
        + " to import, so the importer was stopped: the file is malformed or too big to open here; "
          "try re-exporting or simplifying it");
}

/// Turns the child's end and reply into the model, or into an ImportError saying what happened.
Model judge(int status, const std::vector<std::byte>& reply, const std::filesystem::path& path,
    const ImportLimits& limits)
{
    const std::string name = inQuotes(path.string());
    if (WIFSIGNALED(status)) {
        const int number = WTERMSIG(status);
        if (number == SIGKILL)
            throw ImportError(name + " stopped the importer (" + signalText(number)
                + "), probably because the system ran out of memory: the file is malformed or too big to "
                  "open "
                  "here");
        throw ImportError(name + " crashed the importer (" + signalText(number)
            + "): the file is probably malformed; LumbarLab kept running without it. Try re-exporting it "
              "(as .glb or .obj)");
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        throw ImportError(name + " stopped the importer unexpectedly (exit status "
            + std::to_string(WEXITSTATUS(status)) + "): the file is probably malformed");
    if (reply.empty())
        throw ImportError(name + ": the importer ended without an answer; the file is probably malformed");

    const auto body = std::span<const std::byte>(reply).subspan(1);
    switch (static_cast<Reply>(std::to_integer<char>(reply.front()))) {
    case Reply::Failure:
        throw ImportError(std::string(reinterpret_cast<const char*>(body.data()), body.size()));
    case Reply::OutOfMemory:
        throw ImportError(name + " made the importer run out of memory"
            + (kCanLimitAddressSpace && limits.memoryBytes > 0
                    ? " (it may use " + bytesText(limits.memoryBytes) + ")"
                    : std::string())
            + ": the file is malformed or too big; decimate or split the model");
    case Reply::Model:
        break;
    default:
        throw ImportError(name + ": the importer answered with an unknown reply (the importer is broken)");
    }
    Model model;
    try {
        model = deserializeModel(body);
    } catch (const ImportError& error) {
        throw ImportError(
            "cannot import " + name + ": the importer sent back unusable data: " + error.what());
    }
    checkModel(model, path.string());
    return model;
}

} // namespace

Model importModelIsolated(
    const std::filesystem::path& path, const ImportLimits& limits, const ModelImporter& importer)
{
    checkModelFormat(path);
    const std::string name = inQuotes(path.string());

    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        throw ImportError("cannot import " + name + ": no pipe to an importer process: " + systemError());
    FileDescriptor readEnd(ends[0]);
    FileDescriptor writeEnd(ends[1]);
    // A bigger pipe means fewer wake-ups for a large model; failing only costs speed.
    ::fcntl(readEnd.get(), F_SETPIPE_SZ, int(kReadChunkBytes));

    // The limit is on top of what the child inherits, so it means the same in a small test and in
    // the app with its driver threads.
    const std::uint64_t addressSpaceBytes
        = kCanLimitAddressSpace && limits.memoryBytes > 0 ? mappedBytes() + limits.memoryBytes : 0;
    const pid_t pid = ::fork();
    if (pid < 0)
        throw ImportError("cannot import " + name + ": cannot start an importer process: " + systemError());
    if (pid == 0) {
        ::close(readEnd.get());
        runChild(writeEnd.get(), path, addressSpaceBytes, importer);
    }
    ChildProcess child(pid);
    writeEnd.close(); // so the read sees end-of-file when the child ends, however it ends

    const Clock::time_point deadline = Clock::now() + limits.time;
    const ReadResult reply = readReply(readEnd.get(), deadline, name, limits.cancelled);
    if (reply.cancelled)
        throw ImportError("opening " + name + " was cancelled"); // the child is killed on the way out
    if (reply.timedOut)
        throwTimeout(name, limits);
    if (reply.tooLarge)
        throw ImportError(name + ": the importer sent back more than " + bytesText(kMaxReplyBytes)
            + ", more than any model it may build (the importer is broken)");
    const std::optional<int> status = child.waitUntil(deadline);
    if (!status)
        throwTimeout(name, limits);
    return judge(*status, reply.bytes, path, limits);
}

} // namespace lumbar
