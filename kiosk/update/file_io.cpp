#include "file_io.hpp"

#include <fcntl.h>
#include <sys/random.h>

#include <cerrno>

namespace haven::update {

int open_regular_at(int folder, const char* name, struct stat* info) {
    struct stat before {};
    if (::fstatat(folder, name, &before, AT_SYMLINK_NOFOLLOW) != 0) return -errno;
    if (S_ISLNK(before.st_mode)) return -ELOOP;
    if (!S_ISREG(before.st_mode)) return -EINVAL;
    // O_NOFOLLOW and O_NONBLOCK: should the name have become a link or a FIFO since the
    // check, the open fails or returns at once rather than following it or waiting.
    const int fd = ::openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return -errno;
    struct stat after {};
    int error = 0;
    if (::fstat(fd, &after) != 0) error = -errno;
    else if (!S_ISREG(after.st_mode)) error = -EINVAL;
    else if (after.st_dev != before.st_dev || after.st_ino != before.st_ino) error = -ESTALE;
    if (error != 0) {
        ::close(fd);
        return error;
    }
    if (info != nullptr) *info = after;
    return fd;
}

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
    return open_regular_at(at, relative.c_str() + start);
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

namespace {

// ".NAME.<16 hex digits>.tmp": hidden, and not guessable in advance, so nobody can have put
// a FIFO or a link there; O_EXCL makes sure of it anyway.
std::string temporary_name(std::string_view name) {
    static constexpr char kHex[] = "0123456789abcdef";
    unsigned char random[8] = {};
    size_t got = 0;
    while (got < sizeof random) {
        const ssize_t n = ::getrandom(random + got, sizeof random - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // cannot happen on Linux >= 3.17; O_EXCL still guards the name
        got += static_cast<size_t>(n);
    }
    std::string out = "." + std::string(name) + ".";
    for (const unsigned char byte : random) {
        out += kHex[byte >> 4];
        out += kHex[byte & 15];
    }
    return out + ".tmp";
}

} // namespace

int replace_file_at(int folder, std::string_view name, std::string_view text, bool durable) {
    const std::string temporary = temporary_name(name);
    const std::string target(name);
    const int fd = ::openat(folder, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) return errno;
    FileDescriptor file(fd);
    struct stat info {};
    int error = 0;
    if (::fstat(fd, &info) != 0) error = errno;
    else if (!S_ISREG(info.st_mode) || info.st_nlink != 1) error = EEXIST;  // not the new file it must be
    // Readable by the kiosk's own user whatever the umask of whoever ran the import.
    if (error == 0 && ::fchmod(fd, 0644) != 0) error = errno;
    if (error == 0) error = write_all(fd, text.data(), text.size());
    if (error == 0 && durable && ::fsync(fd) != 0) error = errno;
    if (error == 0 && !file.close()) error = errno;
    if (error == 0 && ::renameat(folder, temporary.c_str(), folder, target.c_str()) != 0) error = errno;
    if (error != 0) {
        ::unlinkat(folder, temporary.c_str(), 0);
        return error;
    }
    if (durable && ::fsync(folder) != 0) return errno;
    return 0;
}

} // namespace haven::update
