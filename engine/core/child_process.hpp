// A program started as a new process (posix_spawn, never a bare fork of this multithreaded
// process), waited for with a deadline and a cancel flag, and killed with whatever it started if
// the caller leaves early.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lumbar {

class ChildProcess {
public:
    using Clock = std::chrono::steady_clock;

    /// How waitUntil() ended.
    enum class Wait {
        Ended, ///< the process ended; status() says how
        TimedOut, ///< the deadline passed first
        Cancelled, ///< the cancel flag turned true first
    };

    /// Starts `program` with `arguments` (argv[1] on) and this process's environment, in a process
    /// group of its own, with every signal at its default action and none blocked. `inheritedFd`
    /// is given to the program as file descriptor `asFd` (the program's other descriptors are
    /// its standard streams; everything this process opens is close-on-exec). Returns the error
    /// number of a failed start (ENOENT: no such program, EACCES: not executable) instead.
    static std::variant<ChildProcess, int> spawn(const std::filesystem::path& program,
        const std::vector<std::string>& arguments, int inheritedFd, int asFd);

    /// Kills the process group and reaps the process unless it has been reaped.
    ~ChildProcess();
    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// Waits until the process ends (and reaps it), `deadline` passes, or `*cancelled` (checked
    /// ten times a second; null: never) turns true.
    Wait waitUntil(Clock::time_point deadline, const std::atomic<bool>* cancelled);
    /// The wait status (as waitpid() gives it) once waitUntil() said Ended; 0 when the system
    /// reaped the process itself (SIGCHLD ignored).
    int status() const { return m_status; }
    /// Kills the process and anything it started (its process group) and reaps it; a no-op once
    /// it has been reaped.
    void kill();

private:
    ChildProcess(int pid, int pidFd) : m_pid(pid), m_pidFd(pidFd) { }
    /// Reaps the process if it has ended; true then.
    bool reaped();

    int m_pid = -1;
    /// A pidfd, readable once the process ends; -1 where the kernel has none (then polled).
    int m_pidFd = -1;
    int m_status = 0;
};

} // namespace lumbar
