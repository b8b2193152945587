#pragma once
// Small POSIX file helpers for the store, the import and the pack: a descriptor closed on
// scope exit, writing everything, reading a pack on a stranger's stick without ever following
// a link out of it, opening a FIFO or a device, and replacing a file in a folder someone else
// controls (a stick) without writing through whatever they left there.

#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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

// Opens the regular file `name` in the folder `folder` for reading. What the name is gets
// checked first (fstatat, not following a link), so a FIFO, a socket or a device node (whose
// mere opening can block, or act) is never opened; then what was opened is checked to be
// that same file, so one swapped in between is refused too. Returns the descriptor (and, in
// `info`, what it is) or -errno: -ELOOP for a link, -EINVAL for anything but a regular file,
// -ESTALE for a file that changed between the check and the opening.
int open_regular_at(int folder, const char* name, struct stat* info = nullptr);

// Opens `relative` ('/'-separated, already checked safe) under the folder `root`, refusing
// to follow a symlink at any step: a pack can never make the import read outside itself.
// The last step is open_regular_at(), with its errors.
int open_beneath(int root, const std::string& relative);

enum class ReadResult { Ok, TooBig, Error };

// Reads a whole small file, at most `cap` bytes.
ReadResult read_capped(int fd, std::int64_t cap, std::string& out);

// Writes everything or returns the errno that stopped it (0: all written).
int write_all(int fd, const void* data, size_t size);

// Replaces the file `name` in the folder `folder` with `text`, atomically: the text goes to a
// new file under an unpredictable name, created with O_EXCL and O_NOFOLLOW (so nothing that
// was there before, a FIFO, a link or a hard link to another file, is ever opened or written
// through), checked with fstat, then renamed over `name`. `durable` adds fsyncs of the file
// and the folder. Returns 0, or the errno that stopped it (the new file is then removed).
int replace_file_at(int folder, std::string_view name, std::string_view text, bool durable);

} // namespace haven::update
