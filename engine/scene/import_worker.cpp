// The importer process: limits, import, reply.
#include "scene/import_worker.hpp"

#include "core/error.hpp"
#include "scene/model_bytes.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lumbar {
namespace {

constexpr int kWrongUse = 2;
constexpr int kReplyNotWritten = 3;

/// The address space this process maps now (its VSZ: the program and its libraries), on top of
/// which the import gets its limit. 0 when /proc cannot tell.
std::uint64_t mappedBytes()
{
    std::ifstream statm("/proc/self/statm");
    std::uint64_t pages = 0;
    statm >> pages;
    return statm ? pages * std::uint64_t(::sysconf(_SC_PAGESIZE)) : 0;
}

std::optional<std::uint64_t> number(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

struct Arguments {
    std::uint64_t memoryBytes = 0;
    pid_t parent = 0;
    std::string file;
};

std::optional<Arguments> parseArguments(int argc, char** argv)
{
    if (argc != 7 || std::string_view(argv[1]) != "--memory-bytes" || std::string_view(argv[3]) != "--parent"
        || std::string_view(argv[5]) != "--")
        return std::nullopt;
    const std::optional<std::uint64_t> memory = number(argv[2]);
    const std::optional<std::uint64_t> parent = number(argv[4]);
    if (!memory || !parent || *parent == 0 || *parent > std::uint64_t(INT32_MAX))
        return std::nullopt;
    return Arguments{*memory, pid_t(*parent), argv[6]};
}

void setLimit(int resource, std::uint64_t bytes)
{
    const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    ::setrlimit(resource, &limit);
}

bool writeAll(int fd, const std::byte* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= std::size_t(written);
    }
    return true;
}

/// Gathers writeModel()'s small pieces (counts, names) into whole writes; large arrays go
/// straight to the file.
class ReplyWriter {
public:
    explicit ReplyWriter(int fd) : m_fd(fd) { m_buffer.reserve(kBufferBytes); }

    void add(std::span<const std::byte> piece)
    {
        if (m_buffer.size() + piece.size() > kBufferBytes)
            flush();
        if (piece.size() >= kBufferBytes)
            m_ok = m_ok && writeAll(m_fd, piece.data(), piece.size());
        else
            m_buffer.insert(m_buffer.end(), piece.begin(), piece.end());
    }
    /// Whether every byte reached the file.
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    static constexpr std::size_t kBufferBytes = std::size_t(64) << 10;

    void flush()
    {
        m_ok = m_ok && writeAll(m_fd, m_buffer.data(), m_buffer.size());
        m_buffer.clear();
    }

    int m_fd;
    std::vector<std::byte> m_buffer;
    bool m_ok = true;
};

/// Replaces whatever was written with a reply of `kind` and `message`.
bool writeShortReply(int fd, ImportReply kind, const std::string& message)
{
    if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0)
        return false;
    return writeAll(fd, reinterpret_cast<const std::byte*>(&kind), 1)
        && writeAll(fd, reinterpret_cast<const std::byte*>(message.data()), message.size());
}

} // namespace

int runImportWorker(int argc, char** argv, const ModelImporter& importer)
{
    const std::optional<Arguments> arguments = parseArguments(argc, argv);
    struct stat reply { };
    if (!arguments || ::fstat(kImportReplyFd, &reply) != 0) {
        std::cerr << kImportWorkerName
                  << ": LumbarLab starts this program to import one model file apart from the app; it "
                     "is not meant to be run by hand (usage: "
                  << kImportWorkerName << " --memory-bytes N --parent PID -- FILE, with the reply file as fd "
                  << kImportReplyFd << ")\n";
        return kWrongUse;
    }
    // Ends with the app, even when the app is killed; and not at all if the app is already gone.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != arguments->parent)
        return kReplyNotWritten;
    // A crash must end the program with its signal whatever handlers a sanitizer installed, and a
    // crashed importer must not write a core file of up to the memory limit. A reply past the
    // limit fails its write (EFBIG) instead of killing the program.
    for (int crash : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE})
        std::signal(crash, SIG_DFL);
    std::signal(SIGXFSZ, SIG_IGN);
    setLimit(RLIMIT_CORE, 0);
    if (arguments->memoryBytes > 0) {
        setLimit(RLIMIT_FSIZE, arguments->memoryBytes);
        if (kImportAddressSpaceLimited)
            setLimit(RLIMIT_AS, mappedBytes() + arguments->memoryBytes);
    }

    const std::filesystem::path path = arguments->file;
    ImportReply kind = ImportReply::Model;
    std::string message;
    try {
        const Model model = importer(path);
        const ImportReply modelReply = ImportReply::Model;
        ReplyWriter writer(kImportReplyFd);
        writer.add(std::as_bytes(std::span(&modelReply, 1)));
        writeModel(model, [&](std::span<const std::byte> piece) { writer.add(piece); });
        if (writer.finish())
            return 0;
        // Past the limit on the reply's size (or out of memory for it): the model was too big.
        kind = errno == EFBIG || errno == ENOSPC || errno == ENOMEM ? ImportReply::OutOfMemory
                                                                    : ImportReply::Failure;
        message = "the importer could not hand back the model of " + inQuotes(path.string()) + ": "
            + std::strerror(errno);
    } catch (const std::bad_alloc&) {
        kind = ImportReply::OutOfMemory;
    } catch (const std::exception& failure) {
        kind = ImportReply::Failure;
        message = failure.what();
    } catch (...) {
        kind = ImportReply::Failure;
        message = "the importer of " + inQuotes(path.string()) + " failed without saying why";
    }
    return writeShortReply(kImportReplyFd, kind, message) ? 0 : kReplyNotWritten;
}

} // namespace lumbar
