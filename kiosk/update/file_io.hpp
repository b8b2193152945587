#pragma once
// Small POSIX file helpers for the store and the import: a descriptor closed on scope exit,
// writing everything, and reading a pack on a stranger's stick without ever following a link
// out of it or hanging on a FIFO.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include <unistd.h>

namespace haven::update {

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() { reset(); }
    FileDescriptor(FileDescriptor&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept {
        if (this != &other) {
            reset();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    // Closes now and says whether the kernel reported a late write error.
    bool close() { return ::close(std::exchange(fd_, -1)) == 0; }

private:
    void reset() {
        if (fd_ >= 0) ::close(std::exchange(fd_, -1));
    }
    int fd_ = -1;
};

// Opens `relative` ('/'-separated, already checked safe) under the folder `root`, refusing
// to follow a symlink at any step: a pack can never make the import read outside itself.
// Returns the descriptor or -errno; a non-regular file gives -EINVAL.
int open_beneath(int root, const std::string& relative);

enum class ReadResult { Ok, TooBig, Error };

// Reads a whole small file, at most `cap` bytes.
ReadResult read_capped(int fd, std::int64_t cap, std::string& out);

// Writes everything or returns the errno that stopped it (0: all written).
int write_all(int fd, const void* data, size_t size);

} // namespace haven::update
