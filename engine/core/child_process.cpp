// posix_spawn, pidfd and waitpid behind ChildProcess.
#include "core/child_process.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace lumbar {
namespace {

/// How often a cancellable wait looks at its flag.
constexpr std::chrono::milliseconds kCancelCheck{100};
/// How often the process is polled where the kernel gives no pidfd.
constexpr std::chrono::milliseconds kPollWithoutPidFd{1};

/// A descriptor that becomes readable when `pid` ends; -1 when the kernel cannot give one.
int openPidFd(int pid)
{
#ifdef SYS_pidfd_open
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);
    if (fd >= 0)
        return int(fd);
#endif
    return -1;
}

} // namespace

std::variant<ChildProcess, int> ChildProcess::spawn(const std::filesystem::path& program,
    const std::vector<std::string>& arguments, int inheritedFd, int asFd)
{
    const std::string path = program.string();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const std::string& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears close-on-exec on the copy (also when the numbers are equal, glibc 2.29 and on).
    posix_spawn_file_actions_adddup2(&actions, inheritedFd, asFd);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Signals this process ignores or blocks (SIGPIPE, a worker thread's mask) are not the
    // program's business; its own group lets kill() reach anything it starts.
    sigset_t all;
    sigset_t none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(
        &attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, path.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (error != 0)
        return error;
    return ChildProcess(pid, openPidFd(pid));
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : m_pid(other.m_pid), m_pidFd(other.m_pidFd), m_status(other.m_status)
{
    other.m_pid = -1;
    other.m_pidFd = -1;
}

ChildProcess::~ChildProcess()
{
    kill();
    if (m_pidFd >= 0)
        ::close(m_pidFd);
}

bool ChildProcess::reaped()
{
    for (;;) {
        int status = 0;
        const pid_t result = ::waitpid(m_pid, &status, WNOHANG);
        if (result == 0)
            return false;
        if (result < 0 && errno == EINTR)
            continue;
        // ECHILD: SIGCHLD is ignored, so the system reaped it; the caller judges by the reply.
        m_status = result < 0 ? 0 : status;
        m_pid = -1;
        return true;
    }
}

ChildProcess::Wait ChildProcess::waitUntil(Clock::time_point deadline, const std::atomic<bool>* cancelled)
{
    for (;;) {
        if (m_pid <= 0 || reaped())
            return Wait::Ended;
        if (cancelled && cancelled->load())
            return Wait::Cancelled;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return Wait::TimedOut;
        const std::chrono::milliseconds slice = cancelled ? std::min(left, kCancelCheck) : left;
        if (m_pidFd >= 0) {
            pollfd ended{m_pidFd, POLLIN, 0};
            ::poll(&ended, 1, int(std::min<std::int64_t>(slice.count(), 60'000)));
        } else {
            std::this_thread::sleep_for(std::min(slice, kPollWithoutPidFd));
        }
    }
}

void ChildProcess::kill()
{
    if (m_pid <= 0)
        return; // kill(-1) would signal every process this user owns
    // The group's leader is not reaped yet, so its id still names this group and no other.
    ::kill(-m_pid, SIGKILL);
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
    m_pid = -1;
}

} // namespace lumbar
