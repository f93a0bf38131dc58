// Bounded, non-blocking reading of outside files.
#include "core/text_file.hpp"

#include "core/file_descriptor.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lumbar {
namespace {

std::optional<std::string> refuse(
    TextFileProblem& problem, TextFileProblem::Kind kind, std::string description)
{
    problem = {kind, std::move(description)};
    return std::nullopt;
}

std::string tooLarge(std::uintmax_t bytes, std::uintmax_t maxBytes, bool atLeast)
{
    return std::string("is ") + (atLeast ? "more than " : "") + std::to_string(bytes)
        + " bytes, more than the " + std::to_string(maxBytes) + " such a file may hold";
}

} // namespace

std::optional<std::string> readTextFile(
    const std::filesystem::path& path, std::uintmax_t maxBytes, TextFileProblem& problem)
{
    using Kind = TextFileProblem::Kind;
    // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (file.get() < 0)
        return refuse(problem, Kind::CannotOpen, std::strerror(errno));
    struct stat status { };
    if (::fstat(file.get(), &status) != 0)
        return refuse(problem, Kind::CannotOpen, std::strerror(errno));
    if (S_ISDIR(status.st_mode))
        return refuse(problem, Kind::NotAFile, "is a folder, not a file");
    if (!S_ISREG(status.st_mode))
        return refuse(problem, Kind::NotAFile, "is not a regular file but a pipe, socket or device");
    if (std::uintmax_t(status.st_size) > maxBytes)
        return refuse(problem, Kind::TooLarge, tooLarge(std::uintmax_t(status.st_size), maxBytes, false));
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return refuse(problem, Kind::CannotOpen, std::strerror(errno));
        if (n == 0)
            return text;
        if (text.size() + std::size_t(n) > maxBytes)
            return refuse(problem, Kind::TooLarge, tooLarge(maxBytes, maxBytes, true));
        text.append(buffer, std::size_t(n));
    }
}

} // namespace lumbar
