// An owned POSIX file descriptor, closed once: by close() (whose result a caller that must know
// whether the data reached the file checks) or when it leaves scope.
#pragma once

#include <unistd.h>

namespace lumbar {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) { }
    ~FileDescriptor() { close(); }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    int get() const { return m_fd; }
    /// Closes now (a second call does nothing) and returns close()'s result, 0 when already closed.
    int close()
    {
        if (m_fd < 0)
            return 0;
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

} // namespace lumbar
