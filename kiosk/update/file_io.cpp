#include "file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>

namespace haven::update {

int open_beneath(int root, const std::string& relative) {
    FileDescriptor folder;
    int at = root;
    size_t start = 0;
    for (size_t slash; (slash = relative.find('/', start)) != std::string::npos; start = slash + 1) {
        const std::string part = relative.substr(start, slash - start);
        FileDescriptor next(::openat(at, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) return -errno;
        folder = std::move(next);
        at = folder.get();
    }
    // O_NONBLOCK: opening a FIFO someone put on the stick must not hang the import.
    const int fd = ::openat(at, relative.c_str() + start, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return -errno;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return -EINVAL;
    }
    return fd;
}

ReadResult read_capped(int fd, std::int64_t cap, std::string& out) {
    out.clear();
    char buffer[8192];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return ReadResult::Error;
        }
        if (got == 0) return ReadResult::Ok;
        out.append(buffer, static_cast<size_t>(got));
        if (static_cast<std::int64_t>(out.size()) > cap) return ReadResult::TooBig;
    }
}

int write_all(int fd, const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes += written;
        size -= static_cast<size_t>(written);
    }
    return 0;
}

} // namespace haven::update
