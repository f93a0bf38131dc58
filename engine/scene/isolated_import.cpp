// Spawn, wait and map: the importer program runs assimp, the caller judges what it left.
#include "scene/isolated_import.hpp"

#include "core/child_process.hpp"
#include "core/error.hpp"
#include "core/file_descriptor.hpp"
#include "scene/import_worker.hpp"
#include "scene/model_bytes.hpp"
#include "scene/model_check.hpp"
#include "scene/model_formats.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace lumbar {
namespace {

/// The most the caller maps: more than any model the importer's memory limit lets it build.
constexpr std::uint64_t kMaxReplyBytes = std::uint64_t(4) << 30;

std::string systemError(int number = errno)
{
    return std::strerror(number);
}

/// Whether `path` is `folder` or lies inside it (both absolute and normal).
bool isWithin(const std::filesystem::path& path, const std::filesystem::path& folder)
{
    const std::filesystem::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

std::vector<std::filesystem::path> importWorkerCandidates()
{
    std::vector<std::filesystem::path> candidates;
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    const bool exeKnown = !error && exe.has_parent_path();
    if (exeKnown) {
        candidates.push_back(exe.parent_path() / kImportWorkerName);
        candidates.push_back(
            (exe.parent_path() / ".." / "libexec" / "lumbarlab" / kImportWorkerName).lexically_normal());
    }
    // The build folder's only for programs inside it (the tests live in a subfolder), so an
    // installed app never runs an importer from a build folder that happens to be there.
    const std::filesystem::path buildDir = std::filesystem::weakly_canonical(LUMBARLAB_BUILD_DIR, error);
    if (!exeKnown || isWithin(exe.parent_path().lexically_normal(), buildDir))
        candidates.push_back(buildDir / kImportWorkerName);
    return candidates;
}

/// A read-only view of the reply file, unmapped when it leaves scope.
class Mapping {
public:
    Mapping(int fd, std::size_t size)
        : m_size(size), m_data(::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0))
    {
    }
    ~Mapping()
    {
        if (valid())
            ::munmap(m_data, m_size);
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;

    bool valid() const { return m_data != MAP_FAILED; }
    std::span<const std::byte> bytes() const { return {static_cast<const std::byte*>(m_data), m_size}; }

private:
    std::size_t m_size;
    void* m_data;
};

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

/// Throws the ImportError for an importer that did not end with status 0.
void judgeEnd(int status, const std::string& name)
{
    if (WIFSIGNALED(status)) {
        const int number = WTERMSIG(status);
        if (number == SIGKILL)
            throw ImportError(name + " stopped the importer (" + signalText(number)
                + "), probably because the system ran out of memory: the file is malformed or too big to "
                  "open here");
        throw ImportError(name + " crashed the importer (" + signalText(number)
            + "): the file is probably malformed; LumbarLab kept running without it. Try re-exporting it "
              "(as .glb or .obj)");
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        throw ImportError(name + " stopped the importer unexpectedly (exit status "
            + std::to_string(WEXITSTATUS(status)) + "): the file is probably malformed");
}

/// Turns the reply into the model, or into an ImportError saying what happened.
Model judgeReply(
    std::span<const std::byte> reply, const std::filesystem::path& path, const ImportLimits& limits)
{
    const std::string name = inQuotes(path.string());
    if (reply.empty())
        throw ImportError(name + ": the importer ended without an answer; the file is probably malformed");
    const auto body = reply.subspan(1);
    switch (static_cast<ImportReply>(std::to_integer<char>(reply.front()))) {
    case ImportReply::Failure:
        throw ImportError(std::string(reinterpret_cast<const char*>(body.data()), body.size()));
    case ImportReply::OutOfMemory:
        throw ImportError(name + " made the importer run out of memory"
            + (kImportAddressSpaceLimited && limits.memoryBytes > 0
                    ? " (it may use " + bytesText(limits.memoryBytes) + ")"
                    : std::string())
            + ": the file is malformed or too big; decimate or split the model");
    case ImportReply::Model:
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

/// Reads the reply the importer left in `reply` once it has ended: sealed first, so nothing it
/// might have left running can change or shrink the bytes while they are checked.
Model readReply(int reply, const std::filesystem::path& path, const ImportLimits& limits)
{
    const std::string name = inQuotes(path.string());
    struct stat status { };
    if (::fstat(reply, &status) != 0)
        throw ImportError(
            "cannot import " + name + ": the importer's reply cannot be read: " + systemError());
    const std::uint64_t size = std::uint64_t(status.st_size);
    if (size > kMaxReplyBytes)
        throw ImportError(name + ": the importer sent back more than " + bytesText(kMaxReplyBytes)
            + ", more than any model it may build (the importer is broken)");
    if (::fcntl(reply, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0)
        throw ImportError("cannot import " + name + ": the importer's reply is still in use (" + systemError()
            + "; the importer is broken)");
    if (size == 0)
        return judgeReply({}, path, limits);
    const Mapping mapping(reply, std::size_t(size));
    if (!mapping.valid())
        throw ImportError("cannot import " + name + ": the importer's reply of " + bytesText(size)
            + " cannot be mapped: " + systemError());
    return judgeReply(mapping.bytes(), path, limits);
}

} // namespace

std::optional<std::filesystem::path> findImportWorker()
{
    std::error_code error;
    for (const std::filesystem::path& candidate : importWorkerCandidates())
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate;
    return std::nullopt;
}

std::string importWorkerSearchText()
{
    std::string text;
    for (const std::filesystem::path& candidate : importWorkerCandidates())
        text += (text.empty() ? "" : ", ") + candidate.string();
    return text;
}

Model importModelIsolated(
    const std::filesystem::path& path, const ImportLimits& limits, const std::filesystem::path& worker)
{
    checkModelFormat(path);
    const std::string name = inQuotes(path.string());
    std::filesystem::path program = worker;
    if (program.empty()) {
        const std::optional<std::filesystem::path> found = findImportWorker();
        if (!found)
            throw ImportError("cannot import " + name + ": LumbarLab's importer program " + kImportWorkerName
                + " was not found (looked for " + importWorkerSearchText()
                + "); reinstall LumbarLab, or build the " + kImportWorkerName + " target");
        program = *found;
    }

    // The reply goes to memory, not through a pipe: the caller maps what the importer wrote.
    FileDescriptor reply(::memfd_create("lumbarlab-import-reply", MFD_CLOEXEC | MFD_ALLOW_SEALING));
    if (reply.get() < 0)
        throw ImportError(
            "cannot import " + name + ": no memory file for the importer's reply: " + systemError());

    const ChildProcess::Clock::time_point deadline = ChildProcess::Clock::now() + limits.time;
    std::variant<ChildProcess, int> started = ChildProcess::spawn(program,
        {"--memory-bytes", std::to_string(limits.memoryBytes), "--parent", std::to_string(::getpid()), "--",
            path.string()},
        reply.get(), kImportReplyFd);
    if (const int* error = std::get_if<int>(&started))
        throw ImportError("cannot import " + name + ": the importer program " + inQuotes(program.string())
            + " cannot be started (" + systemError(*error) + "); reinstall LumbarLab, or build the "
            + kImportWorkerName + " target");
    ChildProcess& child = std::get<ChildProcess>(started); // killed and reaped however this leaves

    switch (child.waitUntil(deadline, limits.cancelled)) {
    case ChildProcess::Wait::Cancelled:
        throw ImportError("opening " + name + " was cancelled");
    case ChildProcess::Wait::TimedOut:
        throw ImportError(name + " took longer than " + secondsText(limits.time)
            + " to import, so the importer was stopped: the file is malformed or too big to open here; "
              "try re-exporting or simplifying it");
    case ChildProcess::Wait::Ended:
        break;
    }
    judgeEnd(child.status(), name);
    return readReply(reply.get(), path, limits);
}

} // namespace lumbar
