// Atomic replacement of a file: temporary file, fsync, rename, fsync of the folder (POSIX).
#include "core/atomic_file.hpp"

#include "core/error.hpp"
#include "core/file_descriptor.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace lumbar {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr const char* kTemporaryMarker = ".tmp-";

std::string reason(int error)
{
    return std::strerror(error);
}

[[noreturn]] void fail(
    const std::filesystem::path& path, const std::string& what, int error, const std::string& fix)
{
    throw FileError(
        "cannot save " + inQuotes(path.string()) + ": " + what + ": " + reason(error) + "; " + fix);
}

/// Removes the temporary file unless the rename consumed it.
class TemporaryFile {
public:
    explicit TemporaryFile(std::filesystem::path path) : m_path(std::move(path)) { }
    ~TemporaryFile()
    {
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    std::filesystem::path m_path;
};

std::filesystem::path folderOf(const std::filesystem::path& path)
{
    return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

/// Creates a new temporary file beside `path`; a name left by an earlier killed save is skipped.
int createTemporary(const std::filesystem::path& path, std::filesystem::path& temporary)
{
    const std::string stem
        = "." + path.filename().string() + kTemporaryMarker + std::to_string(::getpid()) + "-";
    for (int attempt = 0;; ++attempt) {
        temporary = folderOf(path) / (stem + std::to_string(attempt));
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST || attempt >= 1000)
            return fd;
    }
}

void writeAll(
    int fd, const std::filesystem::path& path, std::string_view bytes, const AtomicWriteProgress& progress)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const std::size_t chunk = std::min(kChunkBytes, bytes.size() - written);
        const ssize_t result = ::write(fd, bytes.data() + written, chunk);
        if (result < 0) {
            if (errno == EINTR)
                continue;
            fail(path, "writing the temporary file failed", errno, "free some disk space and save again");
        }
        written += static_cast<std::size_t>(result);
        if (progress)
            progress(written);
    }
}

} // namespace

void writeFileAtomically(
    const std::filesystem::path& path, std::string_view bytes, const AtomicWriteProgress& progress)
{
    const std::string fixFolder = "check that the folder " + inQuotes(folderOf(path).string())
        + " exists and is writable, or save somewhere else";
    std::filesystem::path temporaryPath;
    FileDescriptor file(createTemporary(path, temporaryPath));
    if (file.get() < 0)
        fail(path, "cannot create a temporary file beside it", errno, fixFolder);
    TemporaryFile temporary(temporaryPath);

    struct stat existing { };
    if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
        ::fchmod(file.get(), existing.st_mode & 07777); // best effort: keep the file's permissions
    writeAll(file.get(), path, bytes, progress);
    if (::fsync(file.get()) != 0)
        fail(
            path, "flushing the temporary file to disk failed", errno, "free some disk space and save again");
    if (file.close() != 0)
        fail(path, "closing the temporary file failed", errno, "free some disk space and save again");
    if (::rename(temporary.path().c_str(), path.c_str()) != 0)
        fail(path, "replacing it failed", errno,
            "check that it is a file, not a folder, and that " + inQuotes(folderOf(path).string())
                + " is writable");
    temporary.release();

    // The rename is only durable once the folder's entry is on disk too.
    FileDescriptor folder(::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() >= 0 && ::fsync(folder.get()) != 0 && errno != EINVAL && errno != EROFS)
        fail(path, "flushing the folder to disk failed", errno, "check the disk and save again");
}

bool isAtomicWriteTemporary(const std::string& name)
{
    return name.size() > 1 && name.front() == '.' && name.find(kTemporaryMarker) != std::string::npos;
}

} // namespace lumbar
