#include "folder_walk.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace haven::update {
namespace {

using Stop = WalkResult::Stop;

// Closes a DIR* (and with it its descriptor) on scope exit.
struct Folder {
    DIR* dir = nullptr;
    ~Folder() {
        if (dir != nullptr) ::closedir(dir);
    }
};

class Walker {
public:
    Walker(const WalkLimits& limits, const std::function<WalkStep(const WalkEntry&)>& visit)
        : limits_(limits), visit_(visit) {}

    // Walks the folder open as `fd` (taken over), whose entries are `prefix` + name, each
    // path having `parts` names.
    WalkResult walk(int fd, const std::string& prefix, std::size_t parts) {
        Folder folder{::fdopendir(fd)};
        if (folder.dir == nullptr) {
            const int error = errno;
            ::close(fd);
            return {Stop::Error, error, prefix};
        }
        const int at = ::dirfd(folder.dir);
        for (;;) {
            errno = 0;
            const dirent* entry = ::readdir(folder.dir);
            if (entry == nullptr) {
                if (errno != 0) return {Stop::Error, errno, prefix};
                return {};
            }
            const std::string_view name = entry->d_name;
            if (name == "." || name == "..") continue;
            const std::string path = prefix + std::string(name);
            if (++entries_ > limits_.max_entries) return {Stop::TooMany, 0, path};
            if (parts > limits_.max_parts) return {Stop::TooDeep, 0, path};
            if (path.size() > limits_.max_path_bytes) return {Stop::TooLong, 0, path};
            struct stat info {};
            if (::fstatat(at, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) return {Stop::Error, errno, path};
            const WalkStep step = visit_(WalkEntry{path, name, at, info});
            if (!S_ISDIR(info.st_mode) || step == WalkStep::Skip) continue;
            // O_NOFOLLOW: if the folder was swapped for a link since fstatat(), this fails
            // (ELOOP or ENOTDIR) instead of walking wherever the link points.
            const int child = ::openat(at, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) return {Stop::Error, errno, path};
            WalkResult inner = walk(child, path + "/", parts + 1);
            if (inner.stop != Stop::Done) return inner;
        }
    }

private:
    const WalkLimits& limits_;
    const std::function<WalkStep(const WalkEntry&)>& visit_;
    std::int64_t entries_ = 0;
};

} // namespace

WalkResult walk_folder(int root, const WalkLimits& limits, const std::function<WalkStep(const WalkEntry&)>& visit) {
    // A descriptor of our own (a new open file description), so reading the folder never
    // moves the caller's descriptor.
    const int fd = ::openat(root, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return {Stop::Error, errno, ""};
    return Walker(limits, visit).walk(fd, "", 1);
}

} // namespace haven::update
